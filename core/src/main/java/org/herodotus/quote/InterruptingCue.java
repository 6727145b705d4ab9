package org.herodotus.quote;

import java.util.List;
import java.util.Optional;
import org.herodotus.doc.Doc;
import org.herodotus.doc.Span;

/**
 * A quote interrupted by its cue ("“That,” he added, “promises to ...”"): the part before the cue
 * ends in a comma, the cue clause sits alone between the two parts in one paragraph, and both parts
 * take its cue. Both are statements (direct quotes). Rule: {@value #RULE}.
 */
final class InterruptingCue {

  static final String RULE = "cue verb interrupting the quote";

  private InterruptingCue() {}

  /** The cue between {@code m} and the quote after it, else between the one before and it. */
  static Optional<Cue> find(Article a, QuoteMarks.Marked m) {
    List<QuoteMarks.Marked> marks = a.marks;
    int at = marks.indexOf(m);
    if (at + 1 < marks.size()) {
      Optional<Cue> c = between(a, marks.get(at), marks.get(at + 1), false);
      if (c.isPresent()) {
        return c;
      }
    }
    return at > 0 ? between(a, marks.get(at - 1), marks.get(at), true) : Optional.empty();
  }

  /**
   * The speech verb between two quotes that interrupts them ("“...,” she said, “...”"). Where the
   * gap holds two ("“...,” Trump said, adding later, “...”"), the first quote takes the first and
   * the second quote the last ({@code forSecond}).
   */
  static Optional<Cue> between(
      Article a, QuoteMarks.Marked first, QuoteMarks.Marked second, boolean forSecond) {
    Doc doc = a.doc;
    String inner = doc.slice(first.inner());
    if (!(inner.endsWith(",") || inner.endsWith(",\u2019") || inner.endsWith(",'"))
        || second.outer().start() - first.outer().end() > 80
        || second.outer().start() <= first.outer().end()
        || doc.paragraphAt(first.outer().end() - 1) != doc.paragraphAt(second.outer().start())) {
      return Optional.empty();
    }
    String gap = doc.text().substring(first.outer().end(), second.outer().start()).strip();
    if (!gap.endsWith(",") && !gap.endsWith(":")) {
      return Optional.empty();
    }
    int[] range = a.parse.tokensIn(new Span(first.outer().end(), second.outer().start()));
    Cue found = null;
    for (int i = range[0]; i < range[1]; i++) {
      if (a.isSpeechVerb(i, false) && Subjects.of(a, i) >= 0) {
        found = Cue.verb(a.parse, i, RULE);
        if (!forSecond) {
          break;
        }
      }
    }
    return Optional.ofNullable(found);
  }
}
