package org.herodotus.quote;

import java.util.Optional;

/**
 * A speech verb outside a quoted statement that hangs from a word inside it ("“...,” he said", the
 * parser making the quote the root). Rule: {@value #RULE}.
 */
final class AttachedCue {

  static final String RULE = "cue verb attached to the quote";

  private AttachedCue() {}

  static Optional<Cue> find(Article a, QuotedWords q) {
    Parse parse = a.parse;
    var sentence = parse.sentenceOf(q.first());
    for (int i = sentence.firstToken(); i < sentence.endToken(); i++) {
      if (!q.holds(i) && a.isSpeechVerb(i, false) && !a.insideMarks(i) && q.holds(parse.head[i])) {
        return Optional.of(Cue.verb(parse, i, RULE));
      }
    }
    return Optional.empty();
  }
}
