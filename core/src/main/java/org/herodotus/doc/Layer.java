package org.herodotus.doc;

/** The layers of a {@link Doc} that stages require and provide. */
public enum Layer {
  TEXT,
  METADATA,
  PARAGRAPHS,
  SENTENCES,
  TOKENS,
  DEPENDENCIES,
  MENTIONS,
  ENTITIES,
  TIMES,
  QUOTES,
  ACTORS,
  PLACES,
  EVENTS,
  /** The article's tone in {@link Metadata#tone()}. */
  TONE
}
