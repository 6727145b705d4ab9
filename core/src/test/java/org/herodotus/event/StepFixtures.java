package org.herodotus.event;

import java.util.Optional;
import java.util.Set;
import org.herodotus.doc.EventActor;
import org.herodotus.doc.Span;

/** Small helpers shared by the step tests. */
final class StepFixtures {

  private StepFixtures() {}

  /** A pattern from its lexicon text ("V meet @with"). */
  static EventPattern pattern(String code, String text) {
    return EventPattern.parse(code, text, "test:1");
  }

  /** The draft a trigger starts with. */
  static EventDraft draft(int trigger, String code, String pattern) {
    return EventDraft.of(0, trigger, pattern(code, pattern));
  }

  /** A trigger match with nothing consumed. */
  static SentenceTriggers.Match match(int trigger, String code, String pattern) {
    return new SentenceTriggers.Match(trigger, pattern(code, pattern), Set.of());
  }

  /** An actor of the given code, entity {@code entity} (not a mention), found as {@code role}. */
  static EventArg actor(int token, int entity, String code, String role) {
    return new EventArg(
        token,
        new EventActor(
            new Span(token, token + 1),
            code,
            Optional.empty(),
            Optional.of(entity),
            code,
            Optional.of(code),
            role));
  }

  /** "CODE/role" of an argument, or "-". */
  static String show(Optional<EventArg> arg) {
    return arg.map(a -> a.actor().code().orElse(a.actor().text()) + "/" + a.actor().role())
        .orElse("-");
  }
}
