package org.herodotus.event;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Step 10 of the {@link EventCoder}: a sentence codes an event once. A later draft with the code,
 * source and target of an earlier one (two triggers for one event, or the same conjunct twice) is
 * dropped.
 */
final class SameEventOnce {

  List<EventDraft> keep(List<EventDraft> drafts, DroppedEvents dropped) {
    Set<String> seen = new HashSet<>();
    List<EventDraft> unique = new ArrayList<>();
    for (EventDraft d : drafts) {
      String key =
          d.code()
              + "|"
              + d.source().map(EventArg::key).orElse("")
              + "|"
              + d.target().map(EventArg::key).orElse("");
      if (seen.add(key)) {
        unique.add(d);
      } else {
        dropped.drop(d, "same event already coded in this sentence");
      }
    }
    return unique;
  }
}
