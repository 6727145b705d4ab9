package org.herodotus.event;

import java.util.Optional;
import java.util.Set;
import org.herodotus.doc.Event;
import org.herodotus.lexicon.WordLists;

/**
 * Step 5 of the {@link EventCoder}: intent and the future. An event with a future auxiliary
 * ("France <em>would</em> provide aid") or governed by a word of intent ("<em>agreed</em> to hold
 * talks", "<em>ready</em> for talks") is intended, not done: flagged, and recoded as its "express
 * intent" code where CAMEO has one ({@link Transforms#intent}: "would provide aid" 07 → 033).
 */
final class Intent {

  private final Set<String> future;
  private final Set<String> intent;
  private final Set<String> assertionVerbs;
  private final boolean recode;

  /** With {@code recode} false, intent is flagged but the code stays the pattern's. */
  Intent(WordLists words, boolean recode) {
    this.future = words.get("future-auxiliaries");
    this.intent = words.get("intent-words");
    this.assertionVerbs = words.get("assertion-verbs");
    this.recode = recode;
  }

  EventDraft apply(EventParse parse, EventDraft draft) {
    Optional<String> word = intent(parse.graph(), draft.trigger());
    if (word.isEmpty()) {
      return draft;
    }
    String code = draft.code();
    String coded = recode ? Transforms.intent(code) : code;
    return draft
        .withFlag(Event.Flag.INTENT)
        .withRule(
            "intent: " + word.get() + (coded.equals(code) ? "" : " (" + code + " → " + coded + ")"))
        .withCode(coded);
  }

  /** The word that makes the event at {@code t} intended, if any. */
  private Optional<String> intent(DependencyGraph g, int t) {
    for (int d : g.dependents(t)) {
      if (g.relation(d).equals("aux") && future.contains(g.lemma(d))) {
        return Optional.of(g.token(d).text());
      }
    }
    int node = t;
    for (int step = 0; step < 3; step++) {
      int h = g.head(node);
      if (h < 0) {
        break;
      }
      String rel = g.relation(node);
      if (assertionVerbs.contains(g.lemma(h))
          || rel.equals("ccomp") && !intent.contains(g.lemma(h))) {
        break;
      }
      if (intent.contains(g.lemma(h))
          && (rel.equals("xcomp")
              || rel.equals("obj")
              || rel.startsWith("obl")
              || rel.startsWith("nmod")
              || rel.equals("ccomp")
              || rel.equals("amod"))) {
        return Optional.of(g.token(h).text());
      }
      if (!(rel.equals("conj")
          || rel.equals("compound")
          || rel.startsWith("nmod")
          || rel.equals("obj")
          || rel.equals("xcomp"))) {
        break;
      }
      node = h;
    }
    return Optional.empty();
  }
}
