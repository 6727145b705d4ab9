package org.herodotus.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.herodotus.doc.Event;
import org.herodotus.doc.EventActor;

/**
 * Step 12 of the {@link EventCoder}: the drafts that become events. One without a source actor is
 * dropped; so is one whose {@link EventConfidence} is below the threshold, with the reasons.
 */
final class ConfidenceThreshold {

  private final int minConfidence;

  /** Keeps drafts of confidence {@code minConfidence} or more (0 keeps every one). */
  ConfidenceThreshold(int minConfidence) {
    this.minConfidence = minConfidence;
  }

  List<EventDraft> keep(List<EventDraft> drafts, DroppedEvents dropped) {
    List<EventDraft> kept = new ArrayList<>();
    for (EventDraft d : drafts) {
      if (d.source().isEmpty()) {
        dropped.drop(d, "no source actor");
        continue;
      }
      Optional<EventActor> source = d.source().map(EventArg::actor);
      Optional<EventActor> target = d.target().map(EventArg::actor);
      Set<Event.Flag> flags = Set.copyOf(d.flags());
      int confidence = EventConfidence.of(flags, source, target);
      if (confidence < minConfidence) {
        dropped.drop(
            d,
            "below threshold: confidence "
                + confidence
                + " < "
                + minConfidence
                + " ("
                + String.join(", ", EventConfidence.reasons(flags, source, target))
                + ")");
      } else {
        kept.add(d);
      }
    }
    return kept;
  }
}
