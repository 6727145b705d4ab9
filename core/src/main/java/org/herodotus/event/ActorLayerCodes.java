package org.herodotus.event;

import java.util.Optional;
import org.herodotus.doc.Actor;
import org.herodotus.doc.Doc;
import org.herodotus.doc.Span;

/**
 * Actor codes from the document's actor layer (the code the actor coder gave the mention, such as
 * {@code AZEGOV} for "Baku announced"), falling back to another source for mentions the layer does
 * not code.
 */
public final class ActorLayerCodes implements ActorCodes {

  private final ActorCodes fallback;

  public ActorLayerCodes(ActorCodes fallback) {
    this.fallback = fallback;
  }

  @Override
  public Optional<String> codeOf(Doc doc, int mention) {
    for (Actor actor : doc.actors()) {
      if (actor.mentions().contains(mention)) {
        return Optional.of(actor.code());
      }
    }
    return fallback.codeOf(doc, mention);
  }

  @Override
  public Optional<String> codeOfPhrase(Doc doc, Span span) {
    return fallback.codeOfPhrase(doc, span);
  }
}
