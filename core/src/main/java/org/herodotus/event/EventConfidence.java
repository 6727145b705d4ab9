package org.herodotus.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.herodotus.doc.Event;
import org.herodotus.doc.EventActor;

/**
 * How sure the coder is of an event, 10 to 100: 100 for an event stated by the narrator with its
 * actors read from the parse, less for each inference it took: reported by someone (claimed, −10),
 * intended or negated rather than done (−10), an actor borrowed from another event of the sentence
 * or from a controlling verb (−20). GDELT's Mentions table writes it as {@code Confidence}; {@link
 * EventCoder} drops events below a threshold when asked ({@code --min-confidence}).
 */
public final class EventConfidence {

  private EventConfidence() {}

  /** The confidence of a coded event. */
  public static int of(Event e) {
    return of(Set.copyOf(e.flags()), e.source(), e.target());
  }

  static int of(Set<Event.Flag> flags, Optional<EventActor> source, Optional<EventActor> target) {
    return 100 - penalty(flags, source, target);
  }

  private static int penalty(
      Set<Event.Flag> flags, Optional<EventActor> source, Optional<EventActor> target) {
    int p = 0;
    for (String r : reasons(flags, source, target)) {
      p += r.startsWith("actor") ? 20 : 10;
    }
    return Math.min(90, p);
  }

  /** What lowered the confidence, in words. */
  static List<String> reasons(
      Set<Event.Flag> flags, Optional<EventActor> source, Optional<EventActor> target) {
    List<String> reasons = new ArrayList<>();
    if (flags.contains(Event.Flag.CLAIMED)) {
      reasons.add("claimed");
    }
    if (flags.contains(Event.Flag.INTENT) || flags.contains(Event.Flag.NEGATED)) {
      reasons.add(flags.contains(Event.Flag.INTENT) ? "intent" : "negated");
    }
    if (target.map(a -> a.role().equals("context") || a.role().equals("controller")).orElse(false)
        || source.map(a -> a.role().equals("controller")).orElse(false)) {
      reasons.add("actor borrowed from another event or a controlling verb");
    }
    return reasons;
  }
}
