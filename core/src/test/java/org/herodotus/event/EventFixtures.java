package org.herodotus.event;

import java.util.List;
import java.util.Optional;
import org.herodotus.doc.Event;
import org.herodotus.doc.EventActor;
import org.herodotus.doc.EventEvidence;
import org.herodotus.doc.Span;

/** Coded events made by hand, for the steps that work on events. */
final class EventFixtures {

  private EventFixtures() {}

  /** An actor with a code. */
  static EventActor actor(String code) {
    return new EventActor(
        new Span(0, 1), code, Optional.empty(), Optional.empty(), code, Optional.of(code), "nsubj");
  }

  /**
   * An event of {@code code} between {@code source} and {@code target} (null: none), triggered at
   * {@code trigger} in sentence {@code sentence}, dated as given.
   */
  static Event event(
      String code,
      String source,
      String target,
      int sentence,
      Span trigger,
      Optional<String> date,
      String dateFrom,
      Optional<Span> time,
      Event.Flag... flags) {
    return new Event(
        code,
        code.length() > 3 ? code.substring(0, 3) : code,
        code.substring(0, 2),
        0,
        0.0,
        Optional.empty(),
        Optional.ofNullable(source).map(EventFixtures::actor),
        Optional.ofNullable(target).map(EventFixtures::actor),
        date,
        dateFrom,
        Optional.empty(),
        List.of(flags),
        Optional.empty(),
        new EventEvidence(
            sentence, trigger, trigger, "test", code, "test:1", List.of("a rule"), time));
  }
}
