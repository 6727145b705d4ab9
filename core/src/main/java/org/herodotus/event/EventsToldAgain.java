package org.herodotus.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.herodotus.doc.Doc;
import org.herodotus.doc.Event;
import org.herodotus.doc.EventActor;

/**
 * Step 16 of the {@link EventCoder}: an event named again by a noun without its target ("following
 * its operation", after "its one-day offensive in Karabakh ... with the separatists") is the event
 * told before: same code, same source, in an earlier sentence. It takes that event's target.
 */
final class EventsToldAgain {

  List<Event> apply(Doc doc, List<Event> events) {
    List<Event> result = new ArrayList<>(events);
    for (int i = 0; i < result.size(); i++) {
      Event e = result.get(i);
      if (!e.has(Event.Flag.NOMINAL)
          || e.target().isPresent()
          || e.source().flatMap(EventActor::code).isEmpty()
          || e.rootCode().equals("01")) {
        continue;
      }
      String source = e.source().flatMap(EventActor::code).get();
      for (int j = 0; j < i; j++) {
        Event before = result.get(j);
        Optional<String> otherSource = before.source().flatMap(EventActor::code);
        if (!before.code().equals(e.code())
            || before.evidence().sentence() == e.evidence().sentence()
            || before.target().flatMap(EventActor::code).isEmpty()
            || otherSource.isEmpty()
            || !EventPlaces.same(source, otherSource.get())
            || before.has(Event.Flag.BACKGROUND) != e.has(Event.Flag.BACKGROUND)) {
          continue;
        }
        EventActor t = before.target().get();
        EventActor target =
            new EventActor(
                t.span(), t.text(), t.mention(), t.entity(), t.name(), t.code(), "context");
        result.set(
            i,
            e.withTarget(
                Optional.of(target),
                e.evidence()
                    .withRule(
                        "target of the same event told before at '"
                            + doc.slice(before.evidence().trigger())
                            + "' (sentence "
                            + before.evidence().sentence()
                            + ")")));
        break;
      }
    }
    return result;
  }
}
