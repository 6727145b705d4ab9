package org.herodotus.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.herodotus.doc.Event;

/**
 * Step 9 of the {@link EventCoder}: an event without a target takes the target of another event of
 * the same clause and source ("Baku announced an end to its offensive after reaching a deal
 * <em>with the separatists</em>"); not from a statement, a demand, a rejection or a threat (aimed
 * at its target, not at what the actor does), nor a negated event, nor a place.
 */
final class BorrowedTargets {

  /** Roots of statements, demands, disapproval, rejections and threats: their target is theirs. */
  private static final Set<String> AIMED_ROOTS = Set.of("10", "11", "12", "13", "14");

  List<EventDraft> apply(EventParse parse, List<EventDraft> drafts) {
    DependencyGraph g = parse.graph();
    List<EventDraft> result = new ArrayList<>(drafts);
    for (int i = 0; i < result.size(); i++) {
      EventDraft d = result.get(i);
      if (d.target().isPresent() || d.source().isEmpty() || d.code().startsWith("01")) {
        continue;
      }
      for (int j = 0; j < result.size(); j++) {
        EventDraft other = result.get(j);
        if (j == i
            || other.target().isEmpty()
            || other.source().isEmpty()
            || other.code().startsWith("01")
            || AIMED_ROOTS.contains(other.root())
            || other.has(Event.Flag.NEGATED)
            || !sameActor(other.source().get(), d.source().get())
            || sameActor(other.target().get(), d.source().get())
            || clause(g, other.trigger()) != clause(g, d.trigger())
            || isPlace(parse, other.target().get())) {
          continue;
        }
        result.set(
            i,
            d.withTarget(Optional.of(other.target().get().withRole("context")))
                .withRule(
                    "target from the sentence's other event at '"
                        + g.token(other.trigger()).text()
                        + "'"));
        break;
      }
    }
    return result;
  }

  /** The head of the clause a trigger belongs to: up the parse until a ccomp, parataxis or root. */
  private static int clause(DependencyGraph g, int t) {
    int node = t;
    for (int step = 0; step < 12; step++) {
      String rel = g.relation(node);
      int h = g.head(node);
      if (h < 0 || rel.equals("ccomp") || rel.equals("parataxis") || rel.equals("root")) {
        return node;
      }
      node = h;
    }
    return node;
  }

  /** A place mention with no actor code: where, not whom. */
  private static boolean isPlace(EventParse parse, EventArg a) {
    return a.actor()
            .mention()
            .map(m -> parse.doc().mentions().get(m).type().equals("LOCATION"))
            .orElse(false)
        && a.actor().code().isEmpty();
  }

  /** One actor: the same entity or words, or codes of the same country or block. */
  private static boolean sameActor(EventArg a, EventArg b) {
    if (a.key().equals(b.key())) {
      return true;
    }
    Optional<String> ca = a.actor().code();
    Optional<String> cb = b.actor().code();
    return ca.isPresent()
        && cb.isPresent()
        && ca.get().length() >= 3
        && cb.get().length() >= 3
        && ca.get().substring(0, 3).equals(cb.get().substring(0, 3));
  }
}
