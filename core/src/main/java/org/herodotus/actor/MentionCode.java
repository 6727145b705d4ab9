package org.herodotus.actor;

import java.util.ArrayList;
import java.util.List;
import org.herodotus.doc.Entity;
import org.herodotus.doc.Span;

/**
 * One mention's actor code, with the rule that gave it and the text that supports it: what the
 * rules of the {@link ActorCoder} hand to {@link ActorsByCode}.
 *
 * @param mention index of the mention in the document
 * @param code the CAMEO actor code
 * @param rule the rule that fired, as the actor's evidence shows it
 * @param evidence the text that supports the code
 */
record MentionCode(int mention, String code, String rule, Span evidence) {

  /** The same code, rule and evidence for every mention of the entity. */
  static List<MentionCode> all(Entity entity, String code, String rule, Span evidence) {
    List<MentionCode> out = new ArrayList<>();
    for (int m : entity.mentions()) {
      out.add(new MentionCode(m, code, rule, evidence));
    }
    return out;
  }
}
