package org.herodotus.corpus;

/** A corpus that cannot be opened, read or written, with a message a user can act on. */
public final class CorpusException extends RuntimeException {

  public CorpusException(String message) {
    super(message);
  }

  public CorpusException(String message, Throwable cause) {
    super(message, cause);
  }
}
