package org.herodotus.quote;

import java.util.List;
import java.util.Optional;
import org.herodotus.doc.Doc;
import org.herodotus.doc.Quote;
import org.herodotus.doc.Sentence;
import org.herodotus.doc.Span;

/**
 * A quoted statement with no cue that goes on from the quote right before it (in the same or the
 * next paragraph, nothing said in between) takes its speaker. Rules: {@value #CONTINUES} after a
 * direct quote, {@value #GOES_ON} after a fragment its speaker was just reported saying.
 */
final class Continuation {

  static final String CONTINUES = "continues the quote before it";
  static final String GOES_ON = "goes on from the fragment before it";

  private Continuation() {}

  /** The quote {@code d} going on from one of {@code earlier}, if it does. */
  static Optional<Draft> find(Article a, QuotedWords q, Draft d, List<Draft> earlier) {
    return previous(a, earlier, q)
        .map(
            before ->
                d.uncued(
                    before.speaker(),
                    before.reason(),
                    before.kind() == Quote.Kind.PARTIAL ? GOES_ON : CONTINUES));
  }

  /** The direct quote that ends right before this one (same or previous paragraph). */
  static Optional<Draft> previous(Article a, List<Draft> earlier, QuotedWords q) {
    Parse parse = a.parse;
    Doc doc = a.doc;
    if (earlier.isEmpty()) {
      return Optional.empty();
    }
    // A title or nickname in quote marks between the two ("said on “Fox and Friends.” “...”")
    // does not end the quote before it.
    int at = earlier.size() - 1;
    while (at > 0
        && earlier.get(at).kind() != Quote.Kind.DIRECT
        && earlier.get(at).span().length() < 40) {
      at--;
    }
    Draft latest = earlier.get(earlier.size() - 1);
    if (latest.kind() == Quote.Kind.PARTIAL
        && latest.cue().isPresent()
        && latest.speaker().isPresent()
        && latest.cueVerb() >= 0
        && parse.head[latest.cueVerb()] == -1) {
      // "Howard described it as “very important”. “This is from an insider ...”": the quote
      // goes on from the fragment its speaker was just reported saying, when the fragment's
      // cue is the main verb of its sentence (not "said the “bonfire” Labour had promised").
      at = earlier.size() - 1;
    }
    Draft last = earlier.get(at);
    if (last.kind() != Quote.Kind.DIRECT && last != latest) {
      return Optional.empty();
    }
    int lastSentence = doc.sentenceAt(last.span().end() - 1);
    if (last.cueVerb() >= 0) {
      // "“...?” she asked. “...”": the cue's own sentence sits between the two.
      lastSentence = Math.max(lastSentence, parse.token(last.cueVerb()).sentence());
    }
    // A piece the sentence splitter cut off after an abbreviation ("said Rep. Jane Roe (D-Ore.)
    // | , head of the caucus.") belongs to the sentence before it.
    while (lastSentence >= 0
        && lastSentence + 1 < doc.sentences().size()
        && startsWithContinuation(doc, doc.sentences().get(lastSentence + 1))) {
      lastSentence++;
    }
    int sentence = parse.token(q.first()).sentence();
    if (lastSentence < 0 || sentence - lastSentence > 1) {
      return Optional.empty();
    }
    // Words of a sentence of their own between the two ("“...” She became upset, and I had to
    // change my answer: “...”") make the second a new statement, not a continuation.
    int start = parse.token(q.first()).span().start();
    int[] gap = parse.tokensIn(new Span(last.span().end(), start));
    for (int i = gap[0]; i < gap[1]; i++) {
      if (parse.token(i).sentence() > lastSentence && !parse.isPunct(i)) {
        return Optional.empty();
      }
    }
    int paragraphGap = doc.paragraphAt(start) - doc.paragraphAt(last.span().start());
    return paragraphGap <= 1 ? Optional.of(last) : Optional.empty();
  }

  /** A sentence that starts with a comma, semicolon or closing bracket, as no sentence does. */
  private static boolean startsWithContinuation(Doc doc, Sentence s) {
    String text = doc.slice(s.span()).stripLeading();
    return !text.isEmpty() && ",;)]".indexOf(text.charAt(0)) >= 0;
  }
}
