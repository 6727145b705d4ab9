package org.herodotus.write;

import org.herodotus.doc.Doc;
import org.herodotus.doc.Quote;
import org.herodotus.doc.Speaker;

/**
 * The quotes of a document as tab-separated lines: {@code article, quote, kind, speaker, role,
 * cue}. A quote without a speaker has an empty speaker column; tabs and line breaks inside a field
 * become spaces.
 */
public final class QuoteTsv {

  public static final String HEADER = "article\tquote\tkind\tspeaker\trole\tcue";

  private QuoteTsv() {}

  /** One line per quote, each ending in a line break; empty for a document with no quotes. */
  public static String write(Doc doc) {
    StringBuilder out = new StringBuilder();
    for (Quote q : doc.quotes()) {
      out.append(field(doc.id()))
          .append('\t')
          .append(field(doc.slice(q.span())))
          .append('\t')
          .append(q.kind().name().toLowerCase(java.util.Locale.ROOT))
          .append('\t')
          .append(q.speaker().map(Speaker::name).map(QuoteTsv::field).orElse(""))
          .append('\t')
          .append(q.speaker().flatMap(Speaker::role).map(QuoteTsv::field).orElse(""))
          .append('\t')
          .append(q.cue().map(doc::slice).map(QuoteTsv::field).orElse(""))
          .append('\n');
    }
    return out.toString();
  }

  private static String field(String s) {
    return s.replaceAll("[\\t\\r\\n\\u2028\\u2029]+", " ");
  }
}
