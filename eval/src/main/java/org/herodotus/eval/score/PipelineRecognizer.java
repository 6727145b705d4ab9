package org.herodotus.eval.score;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.herodotus.Analyzer;
import org.herodotus.doc.Doc;
import org.herodotus.doc.Mention;
import org.herodotus.doc.Metadata;
import org.herodotus.doc.Paragraph;
import org.herodotus.doc.Span;

/**
 * Runs the Herodotus pipeline on a gold text, kept exactly as given so that offsets stay
 * comparable: each non-blank line is one body paragraph.
 */
public final class PipelineRecognizer {

  private final Analyzer analyzer;

  public PipelineRecognizer(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  /** The analyzed document of {@code text}, offsets into {@code text}. */
  public Doc analyze(String id, String text) {
    return analyzer.analyze(Doc.of(id, text, Metadata.empty(), paragraphs(text)));
  }

  /** The named mentions of the given types, deduplicated by span, in text order. */
  public static List<Span> names(Doc doc, Set<String> types) {
    List<Span> out = new ArrayList<>();
    for (Mention m : doc.mentions()) {
      if (m.kind() == Mention.Kind.NAME && types.contains(m.type()) && !out.contains(m.span())) {
        out.add(m.span());
      }
    }
    out.sort(null);
    return out;
  }

  /** One body paragraph per non-blank line, trimmed of surrounding whitespace. */
  static List<Paragraph> paragraphs(String text) {
    List<Paragraph> out = new ArrayList<>();
    int start = 0;
    while (start <= text.length()) {
      int nl = text.indexOf('\n', start);
      int end = nl < 0 ? text.length() : nl;
      int a = start;
      int b = end;
      while (a < b && Character.isWhitespace(text.charAt(a))) {
        a++;
      }
      while (b > a && Character.isWhitespace(text.charAt(b - 1))) {
        b--;
      }
      if (b > a) {
        out.add(Paragraph.of(Span.of(a, b), Paragraph.Kind.BODY));
      }
      if (nl < 0) {
        break;
      }
      start = nl + 1;
    }
    return out;
  }
}
