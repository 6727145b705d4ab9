package org.herodotus.quote;

import java.util.Optional;
import java.util.Set;
import org.herodotus.doc.Mention;
import org.herodotus.doc.Sentence;

/**
 * A quoted statement after a colon that ends its sentence, or the sentence before it: a speech verb
 * there ("She told the crowd: “...”"), else the verb of a clause whose subject can speak ("Lind
 * disagreed: “...”") is the cue. Rule: {@value #RULE}.
 */
final class ColonCue {

  static final String RULE = "cue in the sentence before, ending in a colon";

  /** Mention types that can say something. */
  private static final Set<String> SPEAKING_TYPES =
      Set.of("PERSON", "ORGANIZATION", "GROUP", "GPE");

  private ColonCue() {}

  /** The quote {@code d} of the words {@code q} with the cue before its colon, if there is one. */
  static Optional<Draft> find(Article a, QuotedWords q, Draft d) {
    return cue(a, q).map(cue -> d.cued(cue, a.speakers.of(cue, d.kind(), d.span())));
  }

  /** A speech verb in the sentence just before the quote, when that sentence ends in a colon. */
  static Optional<Cue> cue(Article a, QuotedWords q) {
    Parse parse = a.parse;
    int s = parse.token(q.first()).sentence();
    Sentence sentence = a.doc.sentences().get(s);
    int before = q.first() - 1;
    while (before >= sentence.firstToken() && parse.isPunct(before)) {
      if (parse.token(before).text().equals(":")) {
        int colon = before;
        return speechVerbIn(a, sentence.firstToken(), colon)
            .or(() -> clauseVerbIn(a, sentence.firstToken(), colon));
      }
      before--;
    }
    if (s == 0 || q.first() != parse.firstNonPunct(sentence)) {
      return Optional.empty();
    }
    Sentence previous = a.doc.sentences().get(s - 1);
    int last = previous.endToken() - 1;
    while (last >= previous.firstToken() && QuoteMarks.isQuoteChar(parse.lastChar(last))) {
      last--;
    }
    if (last >= previous.firstToken() && parse.token(last).text().equals(":")) {
      int colon = last;
      return speechVerbIn(a, previous.firstToken(), colon)
          .or(() -> clauseVerbIn(a, previous.firstToken(), colon));
    }
    return Optional.empty();
  }

  /** The last speech verb from {@code from} to before {@code to}, outside quote marks. */
  private static Optional<Cue> speechVerbIn(Article a, int from, int to) {
    for (int i = to - 1; i >= from; i--) {
      if (a.isSpeechVerb(i, false) && !a.insideMarks(i)) {
        return Optional.of(Cue.verb(a.parse, i, RULE));
      }
    }
    return Optional.empty();
  }

  /**
   * "Lind disagreed: “...”", "He put it bluntly: “...”": a clause ending in the colon before the
   * quote, its verb no speech verb but its subject someone who can speak (a person, a group, an
   * organization, a state or a pronoun): the verb is the cue, its subject the speaker.
   */
  private static Optional<Cue> clauseVerbIn(Article a, int from, int colon) {
    Parse parse = a.parse;
    for (int i = from; i < colon; i++) {
      if (parse.head[i] != -1 || !parse.token(i).pos().startsWith("VB") || a.insideMarks(i)) {
        continue;
      }
      int subject = Subjects.direct(a, i);
      if (subject < 0) {
        return Optional.empty();
      }
      boolean speaker = parse.token(subject).pos().startsWith("PRP");
      for (Mention m : a.doc.mentions()) {
        speaker |=
            m.span().contains(parse.token(subject).span()) && SPEAKING_TYPES.contains(m.type());
      }
      return speaker ? Optional.of(Cue.verb(parse, i, RULE)) : Optional.empty();
    }
    return Optional.empty();
  }
}
