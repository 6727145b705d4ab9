package org.herodotus.server;

import java.util.Optional;

/**
 * An article sent to {@code POST /api/analyze}: its text or its page (HTML), the id to give it, and
 * what the client knows about it that the text may not say (address, publication date, title).
 */
public record ArticleInput(
    String id,
    Kind kind,
    String content,
    Optional<String> url,
    Optional<String> date,
    Optional<String> title) {

  /** How to read {@link #content}. */
  public enum Kind {
    /** Plain text, as scraped from a page. */
    TEXT,
    /** A news page. */
    HTML
  }

  /** Plain text with an id and nothing else known. */
  public static ArticleInput text(String id, String text) {
    return new ArticleInput(
        id, Kind.TEXT, text, Optional.empty(), Optional.empty(), Optional.empty());
  }
}
