package org.herodotus.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The quotes in quote marks, each through a chain of steps, the first that applies winning.
 *
 * <ol>
 *   <li>{@link QuotedWords}: a statement (direct) or a fragment (partial); a nickname is skipped.
 *   <li>The cue: {@link InterruptingCue} (which makes it a statement), else {@link GoverningCue}; a
 *       fragment with a cue that is a whole utterance becomes a statement. A statement without one
 *       tries {@link AccordingTo} after it, {@link AttachedCue}, {@link NearbyCue} and {@link
 *       FollowingCue}. A cue's subject is the speaker ({@link Speakers}).
 *   <li>A statement without a cue: {@link DashSignature}, {@link InvertedLead}, {@link ColonCue},
 *       {@link Continuation}; a fragment: {@link Echoes}; else {@link Uncued}.
 * </ol>
 */
final class MarkedQuotes {

  private MarkedQuotes() {}

  /** The quotes of the article's quote marks, but those {@code skip} accepts. */
  static List<Draft> find(Article a, java.util.function.Predicate<QuoteMarks.Marked> skip) {
    List<Draft> found = new ArrayList<>();
    for (QuoteMarks.Marked m : a.marks) {
      if (skip.test(m)) {
        continue;
      }
      QuotedWords.read(a, m).map(q -> quote(a, q, found)).ifPresent(found::add);
    }
    return found;
  }

  /** The quote of the words {@code q}, the quotes found before it {@code earlier}. */
  static Draft quote(Article a, QuotedWords q, List<Draft> earlier) {
    Optional<Cue> interrupting = InterruptingCue.find(a, q.marked());
    Optional<Cue> governing = interrupting.isPresent() ? interrupting : GoverningCue.find(a, q);
    boolean statement =
        q.clausal() || interrupting.isPresent() || (governing.isPresent() && q.utterance(a));
    QuotedWords words = statement ? q.asStatement() : q;
    Optional<Cue> cue =
        governing.isPresent() || !statement
            ? governing
            : AccordingTo.after(a, words.marked())
                .or(() -> AttachedCue.find(a, words))
                .or(() -> NearbyCue.find(a, words))
                .or(() -> FollowingCue.find(a, words.marked()));
    Draft d = words.draft();
    if (cue.isPresent()) {
      return d.cued(cue.get(), a.speakers.of(cue.get(), d.kind(), d.span()));
    }
    Optional<Draft> found =
        statement
            ? DashSignature.find(a, words, d)
                .or(() -> InvertedLead.find(a, words, d))
                .or(() -> ColonCue.find(a, words, d))
                .or(() -> Continuation.find(a, words, d, earlier))
            : Echoes.find(a, words, d, earlier);
    return found.orElseGet(() -> Uncued.of(d));
  }
}
