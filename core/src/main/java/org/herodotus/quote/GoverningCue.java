package org.herodotus.quote;

import java.util.Optional;
import org.herodotus.doc.Span;

/**
 * A speech verb on the head path of the quoted words, outside them ("He said “...”", "slammed the
 * plan as “a disaster”"), or "according to X" there ({@link AccordingTo}). A title in quote marks
 * that names where or to whom something was said ("said on CNN's “State of the Union”") has no cue:
 * it is not what was said. Rule: {@value #RULE}.
 */
final class GoverningCue {

  static final String RULE = "cue verb governs the quote";

  /** Prepositions that give where something was said ("on", "in" a program), not what. */
  static final String VENUE_PREPOSITIONS = "venue-prepositions";

  private GoverningCue() {}

  static Optional<Cue> find(Article a, QuotedWords q) {
    Parse parse = a.parse;
    for (int top : q.tops()) {
      // "According to X, “...”": the phrase hangs from the quote's own top.
      Optional<Cue> own = AccordingTo.under(parse, top);
      if (own.isPresent() && !q.textSpan(parse).contains(own.get().span())) {
        return own;
      }
      int cur = parse.head[top];
      int steps = 0;
      while (cur >= 0 && steps++ < 50) {
        if (!q.holds(cur)) {
          Optional<Cue> according = AccordingTo.under(parse, cur);
          if (according.isPresent()) {
            return according;
          }
          if (a.isSpeechVerb(cur, false)) {
            if (venueTitle(a, cur, top, q)) {
              return Optional.empty();
            }
            return Optional.of(new Cue(cueSpan(parse, cur, top, q), cur, RULE, cur));
          }
        }
        cur = parse.head[cur];
      }
    }
    return Optional.empty();
  }

  /**
   * A title in quote marks naming where or to whom something was said ("said on CNN's “State of the
   * Union,”", "told “Morning Joe”"): the program, not the words said.
   */
  private static boolean venueTitle(Article a, int verb, int top, QuotedWords q) {
    Parse parse = a.parse;
    if (parse.head[top] != verb || !TitleCase.isTitle(a, q.first(), q.end())) {
      return false;
    }
    if (parse.rel[top].equals("iobj")
        || (parse.rel[top].equals("obj") && parse.token(verb).lemma().equals("tell"))) {
      return true;
    }
    for (int c : parse.children.get(top)) {
      if (parse.rel[c].equals("case")
          && c < q.first()
          && a.words.get(VENUE_PREPOSITIONS).contains(parse.lower(c))) {
        return true;
      }
    }
    return false;
  }

  /** "slammed ... as": the verb, stretched to a case word standing right before the quote. */
  private static Span cueSpan(Parse parse, int verb, int top, QuotedWords q) {
    Span v = parse.token(verb).span();
    if (parse.head[top] != verb) {
      return v;
    }
    for (int c : parse.children.get(top)) {
      if (parse.rel[c].equals("case") && c < q.first() && c > verb) {
        return new Span(v.start(), parse.token(c).span().end());
      }
    }
    return v;
  }
}
