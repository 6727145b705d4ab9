package org.herodotus.quote;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.herodotus.doc.Quote;
import org.herodotus.doc.Span;

/**
 * "according to X": the cue of a quote ("According to X, “...”", "“...,” according to X.") and of
 * reported speech (the rest of a sentence that has it), X the speaker. Rule: {@value #RULE}.
 */
final class AccordingTo {

  static final String RULE = "according to";

  /** ", according to" right after a quote's closing mark. */
  private static final Pattern AFTER = Pattern.compile("[ \u00A0]*,?[ \u00A0]*(according)\\s");

  private AccordingTo() {}

  /** "according to X" on token {@code v}: the cue and X. */
  static Optional<Cue> at(Parse parse, int v) {
    if (!parse.lower(v).equals("according")) {
      return Optional.empty();
    }
    int next = v + 1;
    if (next >= parse.tokens.size() || !parse.lower(next).equals("to")) {
      return Optional.empty();
    }
    int source = parse.head[v];
    if (source < 0 || source == next) {
      source = parse.head[next];
    }
    if (source < 0) {
      return Optional.empty();
    }
    Span cue = new Span(parse.token(v).span().start(), parse.token(next).span().end());
    return Optional.of(new Cue(cue, -1, RULE, source));
  }

  /** "according to X" among the grandchildren of {@code token} (its phrase hangs from it). */
  static Optional<Cue> under(Parse parse, int token) {
    for (int c : parse.children.get(token)) {
      for (int g : parse.children.get(c)) {
        Optional<Cue> cue = at(parse, g);
        if (cue.isPresent()) {
          return cue;
        }
      }
    }
    return Optional.empty();
  }

  /** "“...,” according to the minister.": the cue and source right after the closing mark. */
  static Optional<Cue> after(Article a, QuoteMarks.Marked m) {
    Parse parse = a.parse;
    Matcher after = AFTER.matcher(a.text()).region(m.outer().end(), a.text().length());
    if (!after.lookingAt()) {
      return Optional.empty();
    }
    int at = after.start(1);
    for (int v = 0; v < parse.tokens.size(); v++) {
      if (parse.token(v).span().start() == at && parse.lower(v).equals("according")) {
        return at(parse, v);
      }
    }
    return Optional.empty();
  }

  /**
   * Reported speech with "according to X" on token {@code v}: the rest of its sentence, before the
   * phrase or, when the phrase opens the sentence, after it; none where a direct quote ({@code
   * marked}) overlaps it.
   */
  static Optional<Draft> reported(Article a, int v, Cue cue, List<Draft> marked) {
    Parse parse = a.parse;
    var sentence = parse.sentenceOf(v);
    int source = cue.sourceToken();
    List<Integer> phrase = parse.subtree(source, c -> false);
    int phraseFirst = Math.min(v, phrase.get(0));
    int phraseLast = Math.max(v + 1, phrase.get(phrase.size() - 1));
    int first = sentence.firstToken();
    int last = sentence.endToken() - 1;
    if (phraseFirst - first <= 1) {
      first = phraseLast + 1;
    } else {
      last = phraseFirst - 1;
    }
    while (first < last && parse.isPunct(first)) {
      first++;
    }
    while (last > first && parse.isPunct(last) && !QuoteMarks.isQuoteChar(parse.lastChar(last))) {
      last--;
    }
    if (first > last || first >= sentence.endToken()) {
      return Optional.empty();
    }
    Span content = parse.textSpan(first, last + 1);
    for (Draft d : marked) {
      if (d.kind() == Quote.Kind.DIRECT && d.span().overlaps(content)) {
        return Optional.empty();
      }
    }
    Draft d = Draft.of(content, content, Quote.Kind.INDIRECT);
    return Optional.of(d.cued(cue, a.speakers.of(cue, Quote.Kind.INDIRECT, content)));
  }
}
