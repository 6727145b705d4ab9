package org.herodotus.quote;

import java.util.Optional;

/**
 * The speech verb with a subject nearest a quoted statement in the quote's own sentences, outside
 * any quote marks. Rule: {@value #RULE}.
 */
final class NearbyCue {

  static final String RULE = "cue verb in the quote's sentence";

  private NearbyCue() {}

  static Optional<Cue> find(Article a, QuotedWords q) {
    Parse parse = a.parse;
    int firstSentence = parse.token(q.first()).sentence();
    int lastSentence = parse.token(q.end() - 1).sentence();
    int best = -1;
    int bestDistance = Integer.MAX_VALUE;
    for (int s = firstSentence; s <= lastSentence; s++) {
      var sentence = a.doc.sentences().get(s);
      for (int i = sentence.firstToken(); i < sentence.endToken(); i++) {
        if (q.holds(i) || a.insideMarks(i) || !a.isSpeechVerb(i, false)) {
          continue;
        }
        if (Subjects.of(a, i) < 0) {
          continue;
        }
        int distance = i < q.first() ? q.first() - i : i - q.end();
        if (distance < bestDistance) {
          best = i;
          bestDistance = distance;
        }
      }
    }
    return best < 0 ? Optional.empty() : Optional.of(Cue.verb(parse, best, RULE));
  }
}
