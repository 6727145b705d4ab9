package org.herodotus.event;

import java.util.ArrayList;
import java.util.List;
import org.herodotus.doc.Doc;
import org.herodotus.doc.Event;
import org.herodotus.doc.EventEvidence;

/**
 * Step 15 of the {@link EventCoder}: a planned event the article names twice ("agreed to hold talks
 * with Azerbaijan" ... "talks with the separatists due on Thursday") is one event: where only one
 * mention is dated by a time expression, the other takes its date (and its background flag).
 */
final class PlannedEventDates {

  List<Event> apply(Doc doc, List<Event> events) {
    List<Event> before = List.copyOf(events);
    List<Event> result = new ArrayList<>(events);
    for (int i = 0; i < before.size(); i++) {
      Event e = before.get(i);
      if (!e.dateFrom().equals("publication") || !e.has(Event.Flag.INTENT)) {
        continue;
      }
      for (int j = 0; j < before.size(); j++) {
        Event other = before.get(j);
        if (j == i
            || !other.dateFrom().equals("time")
            || !other.has(Event.Flag.INTENT)
            || !EventPlaces.sameEvent(e, other)) {
          continue;
        }
        List<Event.Flag> flags = new ArrayList<>(e.flags());
        if (other.has(Event.Flag.BACKGROUND) && !flags.contains(Event.Flag.BACKGROUND)) {
          flags.add(Event.Flag.BACKGROUND);
        }
        EventEvidence why =
            e.evidence()
                .withRule(
                    "date of the same planned event at '"
                        + doc.slice(other.evidence().trigger())
                        + "' (sentence "
                        + other.evidence().sentence()
                        + ")")
                .withTime(other.evidence().time());
        result.set(i, e.withDate(other.date(), "time", flags, why));
        break;
      }
    }
    return result;
  }
}
