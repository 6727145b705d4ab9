package org.herodotus.event;

import java.util.Optional;

/**
 * Step 7 of the {@link EventCoder}: no actor is its own target. Where the source and the target
 * found are one actor (the same entity, or the same words), the draft keeps the source alone.
 */
final class DistinctActors {

  EventDraft apply(EventDraft draft) {
    return draft.selfTargeted() ? draft.withTarget(Optional.empty()) : draft;
  }
}
