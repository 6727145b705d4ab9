package org.herodotus.event;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Step 3 of the {@link EventCoder}, for PETRARCH dictionaries: a pattern matched in full gives the
 * source ({@code $}), the target ({@code +}) or a compound actor ({@code %}, whose members act with
 * each other) it found, and shows as {@code PETRARCH verb: pattern} in the evidence. With patterns
 * that code intent and negation themselves (the coder does not recode), PETRARCH's own target rules
 * apply: no actor is its own target, and a verb without one takes the first actor after it in its
 * own phrase, else the subject of the clause it governs.
 */
final class PetrarchArguments {

  private final boolean petrarchTargets;

  /** With {@code petrarchTargets}, PETRARCH's own target rules apply. */
  PetrarchArguments(boolean petrarchTargets) {
    this.petrarchTargets = petrarchTargets;
  }

  EventDraft apply(EventParse parse, SentenceTriggers sentence, EventDraft draft) {
    ArgumentActors actors = parse.actors();
    EventDraft d = draft;
    PetrarchMatch pm = sentence.petrarch().get(d.trigger());
    if (pm != null) {
      d = d.withPetrarchText("PETRARCH " + pm.pattern().verb() + ": " + pm.pattern().text());
      if (pm.source() >= 0) {
        d = d.withSource(actors.actorPhrase(pm.source()).map(x -> x.withRole("pattern $")));
      }
      if (pm.target() >= 0) {
        d = d.withTarget(actors.actorPhrase(pm.target()).map(x -> x.withRole("pattern +")));
      }
      if (pm.compound() >= 0) {
        d = d.withSource(actors.actorPhrase(pm.compound()).map(x -> x.withRole("pattern %")));
        d = d.withTarget(Optional.empty());
        d = d.withMutual(true);
      }
    }
    if (petrarchTargets && d.selfTargeted()) {
      d = d.withTarget(Optional.empty());
    }
    if (petrarchTargets && d.target().isEmpty() && !d.noun() && !d.mutual()) {
      d = d.withTarget(firstActorAfter(parse, d.trigger(), d.source()));
    }
    return d;
  }

  /**
   * PETRARCH's target when nothing else gave one: the first actor after the verb in its own phrase
   * (its objects and obliques, not its subject or the clauses it governs).
   */
  private Optional<EventArg> firstActorAfter(EventParse parse, int t, Optional<EventArg> source) {
    DependencyGraph g = parse.graph();
    ArgumentActors actors = parse.actors();
    Set<Integer> inside = new HashSet<>();
    collect(g, t, inside, 0);
    for (int i = t + 1; i < g.size() && g.token(i).sentence() == g.token(t).sentence(); i++) {
      if (!inside.contains(i)) {
        continue;
      }
      Optional<EventArg> a = actors.actorPhrase(i);
      if (a.isPresent() && (source.isEmpty() || !a.get().key().equals(source.get().key()))) {
        return a.map(x -> x.withRole("after the verb"));
      }
    }
    // then the clause it governs: "allowed that Mordor isn't a pleasant place"
    for (int c : g.dependents(t)) {
      if (!g.relation(c).equals("ccomp") || c < t) {
        continue;
      }
      Optional<Integer> subject = g.child(c, "nsubj", "nsubj:pass");
      if (subject.isPresent()) {
        Optional<EventArg> a = actors.actorPhrase(subject.get());
        if (a.isPresent() && (source.isEmpty() || !a.get().key().equals(source.get().key()))) {
          return a.map(x -> x.withRole("subject of the clause after the verb"));
        }
      }
    }
    return Optional.empty();
  }

  /** The tokens of a verb's own phrase: its dependents, not its subject or its clauses. */
  private static void collect(DependencyGraph g, int token, Set<Integer> into, int depth) {
    if (depth > 8) {
      return;
    }
    for (int d : g.dependents(token)) {
      String rel = g.relation(d);
      if (depth == 0
          && (rel.startsWith("nsubj")
              || rel.startsWith("csubj")
              || rel.equals("ccomp")
              || rel.equals("parataxis")
              || rel.equals("advcl")
              || rel.equals("conj")
              || rel.equals("xcomp"))) {
        continue;
      }
      if (rel.startsWith("acl") || rel.equals("ccomp") || rel.equals("parataxis")) {
        continue;
      }
      into.add(d);
      collect(g, d, into, depth + 1);
    }
  }
}
