package org.herodotus.event;

import java.util.Optional;
import org.herodotus.doc.EventActor;

/**
 * A source or target of an event under construction: the token the parse gave and the actor it
 * denotes.
 */
record EventArg(int token, EventActor actor) {

  /** What makes two arguments one actor: the same entity, else the same span. */
  String key() {
    return actor.entity().map(e -> "e" + e).orElse("t" + actor.span());
  }

  /** This argument found another way ({@link EventActor#role()}). */
  EventArg withRole(String role) {
    EventActor x = actor;
    return new EventArg(
        token,
        new EventActor(x.span(), x.text(), x.mention(), x.entity(), x.name(), x.code(), role));
  }

  /** This argument with another actor code. */
  EventArg withCode(Optional<String> code) {
    EventActor x = actor;
    return new EventArg(
        token,
        new EventActor(x.span(), x.text(), x.mention(), x.entity(), x.name(), code, x.role()));
  }
}
