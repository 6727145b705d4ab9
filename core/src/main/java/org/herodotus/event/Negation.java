package org.herodotus.event;

import java.util.Optional;
import java.util.Set;
import org.herodotus.doc.Event;
import org.herodotus.lexicon.WordLists;

/**
 * Step 6 of the {@link EventCoder}: negation. An event negated by a negator on it ("did
 * <em>not</em> meet"), on a word governing it ("<em>no</em> need to convene") or by a verb of
 * refusal ("<em>refused</em> to meet") is flagged and recoded as its rejection where CAMEO has one
 * ({@link Transforms#negated}: meet 04 → 125); where CAMEO has none, or the negation is of its
 * object ("gave <em>no</em> detail"), the draft is dropped. A negation on a governing noun in
 * reported speech is the speaker's rejection: the speaker becomes the source, the negated event's
 * actor the target.
 */
final class Negation {

  private final Set<String> negators;
  private final Set<String> refusal;
  private final Subjects subjects;
  private final boolean recode;

  /** With {@code recode} false, negation is flagged but the code stays the pattern's. */
  Negation(WordLists words, boolean recode) {
    this.negators = words.get("negators");
    this.refusal = words.get("refusal-verbs");
    this.subjects = new Subjects(words);
    this.recode = recode;
  }

  /**
   * A negation: its words; whether it sits on a governing noun ("no need for ... to convene");
   * whether it negates the object ("gave no detail"), which leaves nothing to code.
   */
  record Found(String word, boolean governor, boolean object) {}

  /** The draft, negated where it is; empty (and recorded in {@code dropped}) where it cannot be. */
  Optional<EventDraft> apply(EventParse parse, EventDraft draft, DroppedEvents dropped) {
    Optional<Found> negation = find(parse.graph(), draft.trigger());
    if (negation.isEmpty()) {
      return Optional.of(draft);
    }
    EventDraft d = draft.withFlag(Event.Flag.NEGATED);
    Optional<String> rejected =
        negation.get().object()
            ? Optional.empty()
            : recode ? Transforms.negated(d.code()) : Optional.of(d.code());
    if (rejected.isEmpty()) {
      dropped.drop(d, "negated (" + negation.get().word() + ") and CAMEO has no rejection for it");
      return Optional.empty();
    }
    d =
        d.withRule(
                "negated: "
                    + negation.get().word()
                    + " ("
                    + d.code()
                    + " → "
                    + rejected.get()
                    + ")")
            .withCode(rejected.get());
    if (negation.get().governor() && d.speechVerb() >= 0) {
      Optional<EventArg> speaker =
          subjects.of(parse, d.speechVerb()).map(a -> a.withRole("speaker"));
      if (speaker.isPresent()) {
        d =
            d.withTarget(d.source())
                .withSource(speaker)
                .withRule("rejected by the speaker; the negated event's actor is the target");
      }
    }
    return Optional.of(d);
  }

  /** The negation of the event at {@code t}, if any. */
  Optional<Found> find(DependencyGraph g, int t) {
    for (int d : g.dependents(t)) {
      String rel = g.relation(d);
      if ((rel.equals("advmod") || rel.equals("det") || rel.equals("neg"))
          && negators.contains(g.lemma(d))) {
        return Optional.of(new Found(g.token(d).text(), false, false));
      }
    }
    for (int o : g.children(t, "obj")) {
      for (int d : g.children(o, "det")) {
        if (g.lemma(d).equals("no")) {
          return Optional.of(new Found(g.token(d).text() + " " + g.token(o).text(), false, true));
        }
      }
    }
    int node = t;
    for (int step = 0; step < 2; step++) {
      int h = g.head(node);
      if (h < 0) {
        break;
      }
      String rel = g.relation(node);
      if (!(rel.equals("acl")
          || rel.startsWith("nmod")
          || rel.equals("xcomp")
          || rel.equals("conj"))) {
        break;
      }
      if (refusal.contains(g.lemma(h)) && rel.equals("xcomp")) {
        return Optional.of(new Found(g.token(h).text(), false, false));
      }
      for (int d : g.dependents(h)) {
        String r = g.relation(d);
        if ((r.equals("det") || r.equals("advmod")) && negators.contains(g.lemma(d))) {
          return Optional.of(
              new Found(g.token(d).text() + " " + g.token(h).text(), g.isNoun(h), false));
        }
      }
      node = h;
    }
    return Optional.empty();
  }
}
