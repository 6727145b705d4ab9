package org.herodotus.event;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Step 8 of the {@link EventCoder}: one event per conjunct of a coordinated source or target
 * ("Gondor and Osgiliath postponed their meeting" is two events). Coordinated sources of a
 * cooperative event without a target ("Gondor and Osgiliath renewed ties") act with each other.
 */
final class Conjuncts {

  /** Roots of cooperation, where coordinated actors without a target act with each other. */
  private static final Set<String> MUTUAL_ROOTS = Set.of("03", "04", "05", "06");

  List<EventDraft> expand(EventParse parse, List<EventDraft> drafts) {
    List<EventDraft> result = new ArrayList<>();
    for (EventDraft d : drafts) {
      List<Optional<EventArg>> sources = conjuncts(parse, d.source());
      List<Optional<EventArg>> targets = conjuncts(parse, d.target());
      if (d.target().isEmpty()
          && sources.size() > 1
          && (d.mutual() || MUTUAL_ROOTS.contains(d.root()))) {
        for (Optional<EventArg> source : sources) {
          for (Optional<EventArg> target : sources) {
            if (source.get().key().equals(target.get().key())) {
              continue;
            }
            result.add(
                d.withSource(source)
                    .withTarget(target)
                    .withRule("coordinated actors act with each other"));
          }
        }
        continue;
      }
      for (int i = 0; i < sources.size(); i++) {
        for (int j = 0; j < targets.size(); j++) {
          Optional<EventArg> source = sources.get(i);
          Optional<EventArg> target = targets.get(j);
          if (source.isPresent()
              && target.isPresent()
              && source.get().key().equals(target.get().key())) {
            continue;
          }
          EventDraft copy = d.withSource(source).withTarget(target);
          // the first of each list is the draft's own argument
          result.add(i > 0 || j > 0 ? copy.withRule("coordinated actor") : copy);
        }
      }
    }
    return result;
  }

  /** An argument and the arguments of its conjuncts ("Gondor and Osgiliath"), each once. */
  private static List<Optional<EventArg>> conjuncts(EventParse parse, Optional<EventArg> arg) {
    List<Optional<EventArg>> all = new ArrayList<>();
    all.add(arg);
    if (arg.isEmpty()) {
      return all;
    }
    Set<String> seen = new HashSet<>();
    seen.add(arg.get().key());
    for (int c : parse.graph().children(arg.get().token(), "conj")) {
      Optional<EventArg> a = parse.actors().arg(c, arg.get().actor().role());
      if (a.isPresent() && seen.add(a.get().key())) {
        all.add(a);
      }
    }
    return all;
  }
}
