package org.herodotus.quote;

import java.util.Optional;
import org.herodotus.doc.Span;

/**
 * A quoted statement signed with a dash and a name that ends its paragraph ("“...” ― Jane Doe"):
 * the dash is the cue, the name the speaker. Rule: {@value #RULE}.
 */
final class DashSignature {

  static final String RULE = "signed with a dash and a name";

  private DashSignature() {}

  static Optional<Draft> find(Article a, QuotedWords q, Draft d) {
    String text = a.text();
    QuoteMarks.Marked m = q.marked();
    int i = m.outer().end();
    while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\u00A0')) {
      i++;
    }
    if (i >= text.length() || "\u2015\u2014\u2013".indexOf(text.charAt(i)) < 0) {
      return Optional.empty();
    }
    int dash = i;
    int end = text.indexOf('\n', dash);
    end = end < 0 ? text.length() : end;
    int start = dash + 1;
    // A no-break space often follows the dash ("” ―\u00A0Jane Doe").
    while (start < end && blank(text.charAt(start))) {
      start++;
    }
    while (end > start && blank(text.charAt(end - 1))) {
      end--;
    }
    if (end <= start || end - start > 80 || !Character.isUpperCase(text.charAt(start))) {
      return Optional.empty();
    }
    Span name = new Span(start, end);
    return Optional.of(d.named(new Span(dash, dash + 1), a.speakers.named(name), RULE));
  }

  /** White space, the no-break space included (Java's isWhitespace leaves it out). */
  private static boolean blank(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }
}
