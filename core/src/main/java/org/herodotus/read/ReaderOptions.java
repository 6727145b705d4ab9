package org.herodotus.read;

/**
 * Limits for reading input. {@code maxBytes} bounds one input file (and one JSON Lines record);
 * larger inputs are refused with a message rather than risking memory and time.
 */
public record ReaderOptions(long maxBytes) {

  /** 2 MB: about 50 times the length of a long news article. */
  public static final long DEFAULT_MAX_BYTES = 2L * 1024 * 1024;

  public ReaderOptions {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive, got " + maxBytes);
    }
  }

  public static ReaderOptions defaults() {
    return new ReaderOptions(DEFAULT_MAX_BYTES);
  }
}
