package org.herodotus.read;

import java.util.Locale;

/**
 * The formats Herodotus reads. {@link ArticleReader} tells them apart by content (see {@link
 * #detect}); a user may force one.
 */
public enum InputFormat {
  /** Plain scraped text, as a news page reads when copied. */
  TEXT,
  /** JSON Lines: one article per line, a JSON object with {@code text}. */
  JSONL,
  /** A news page. */
  HTML,
  /** A web archive (WARC 1.0/1.1), plain or gzip'd record by record. */
  WARC,
  /** An RSS or Atom feed: a list of links, read by {@code herodotus ingest}. */
  FEED;

  /** How many bytes {@link #detect} looks at. */
  public static final int SNIFF_BYTES = 8192;

  /** The lower-case name, as on the command line. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The format of an input from its first bytes (at least {@link #SNIFF_BYTES} of them when the
   * input is that long; gzip'd input must already be decompressed, except for WARC, which is
   * recognized from the gzip magic and the decompressed start by {@link WarcReader#looksLikeWarc}):
   * WARC when it starts with {@code WARC/1.}; a feed when the first element is {@code <rss>},
   * {@code <feed>} or {@code <rdf:RDF>}; HTML as {@link HtmlReader#looksLikeHtml} says; otherwise
   * {@link #TEXT}. JSON Lines is told from text after decoding, by {@link ArticleReader}.
   */
  public static InputFormat detect(byte[] head) {
    if (WarcReader.looksLikeWarc(head)) {
      return WARC;
    }
    if (FeedReader.looksLikeFeed(head)) {
      return FEED;
    }
    if (HtmlReader.looksLikeHtml(head)) {
      return HTML;
    }
    return TEXT;
  }
}
