package org.herodotus.app;

/** What {@code herodotus analyze} writes per article. */
public enum OutputFormat {
  /** One JSON document (the output contract). */
  JSON,
  /** The quotes as tab-separated lines: article, quote, kind, speaker, role, cue. */
  QUOTES
}
