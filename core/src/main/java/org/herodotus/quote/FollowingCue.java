package org.herodotus.quote;

import java.util.Optional;

/**
 * A speech verb opening the sentence right after a quoted statement, in the same paragraph, when
 * the sentence splitter cut after the quote's question or exclamation mark ("“...?” Graham
 * asked."). Rule: {@value #RULE}.
 */
final class FollowingCue {

  static final String RULE = "cue verb in the sentence after the quote";

  private FollowingCue() {}

  static Optional<Cue> find(Article a, QuoteMarks.Marked m) {
    Parse parse = a.parse;
    int end = m.outer().end();
    int next = -1;
    for (int i = 0; i < parse.tokens.size(); i++) {
      if (parse.token(i).span().start() >= end) {
        next = i;
        break;
      }
    }
    if (next < 0
        || a.doc.paragraphAt(parse.token(next).span().start()) != a.doc.paragraphAt(end - 1)
        || parse.token(next).span().start() - end > 1) {
      return Optional.empty();
    }
    var sentence = parse.sentenceOf(next);
    if (sentence.firstToken() != next) {
      return Optional.empty();
    }
    for (int i = next; i < Math.min(next + 6, sentence.endToken()); i++) {
      if (a.insideMarks(i)) {
        return Optional.empty();
      }
      if (a.isSpeechVerb(i, false)
          && parse.child(i, "ccomp") < 0
          && (parse.child(i, "obj") < 0 || Subjects.inverted(a, i) >= 0)
          && Subjects.of(a, i) >= 0) {
        return Optional.of(Cue.verb(parse, i, RULE));
      }
    }
    // A long speaker before the verb ("“...!” Smith's niece, state Del. Jane Roe, shouted to the
    // crowd."): the sentence's root is the speech verb, its subject opens the sentence and it
    // says nothing else.
    for (int i = next; i < sentence.endToken(); i++) {
      if (parse.head[i] == -1) {
        int subject = Subjects.direct(a, i);
        if (a.isSpeechVerb(i, false)
            && !a.insideMarks(i)
            && subject >= 0
            && subject < i
            && parse.leftmost(subject) == next
            && parse.child(i, "ccomp") < 0
            && parse.child(i, "obj") < 0) {
          return Optional.of(Cue.verb(parse, i, RULE));
        }
        break;
      }
    }
    return Optional.empty();
  }
}
