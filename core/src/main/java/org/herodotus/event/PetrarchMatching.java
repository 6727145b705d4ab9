package org.herodotus.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.herodotus.doc.Sentence;

/**
 * PETRARCH pattern matching, part of {@link TriggerMatching} when PETRARCH verb dictionaries are
 * loaded in full: the patterns of a verb (by lemma and by form) and the longest one that matches
 * ({@link PetrarchMatcher}); of equal length, one that places actors, then one with words around
 * the verb, then the earlier in the file.
 */
final class PetrarchMatching {

  private final EventLexicon lexicon;

  PetrarchMatching(EventLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The full PETRARCH patterns of verb {@code t}: by its lemma, then by its form. */
  List<PetrarchVerbPattern> patterns(EventParse parse, int t) {
    DependencyGraph g = parse.graph();
    List<PetrarchVerbPattern> all = new ArrayList<>(lexicon.petrarchVerb(g.lemma(t)));
    String text = g.token(t).text().toLowerCase(Locale.ROOT);
    for (PetrarchVerbPattern p : lexicon.petrarchVerb(text)) {
      if (!all.contains(p)) {
        all.add(p);
      }
    }
    return all;
  }

  /** The longest PETRARCH pattern that matches at verb {@code t} (file order breaks ties). */
  Optional<PetrarchMatch> best(
      EventParse parse, int t, List<PetrarchVerbPattern> patterns, Sentence sentence) {
    PetrarchMatch best = null;
    for (PetrarchVerbPattern p : patterns) {
      Optional<PetrarchMatch> m = new PetrarchMatcher(parse, p, t, sentence).match();
      if (m.isEmpty()) {
        continue;
      }
      if (best == null
          || p.length() > best.pattern().length()
          || (p.length() == best.pattern().length()
              && (p.placesActors() && !best.pattern().placesActors()
                  || p.placesActors() == best.pattern().placesActors()
                      && best.pattern().before().isEmpty()
                      && best.pattern().after().isEmpty()
                      && !(p.before().isEmpty() && p.after().isEmpty())))) {
        best = m.get();
      }
    }
    return Optional.ofNullable(best);
  }
}
