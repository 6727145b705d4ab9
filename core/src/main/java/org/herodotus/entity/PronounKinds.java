package org.herodotus.entity;

import org.herodotus.doc.Mention;

/**
 * Step 2 of the {@link EntityResolver}: a one-token mention tagged as a pronoun ("he", "its",
 * "who") is a pronoun, with no type or name of its own, whatever the engine called it.
 */
final class PronounKinds implements EntityStep {

  @Override
  public void apply(EntityDraft draft) {
    Syntax syntax = draft.syntax();
    for (DraftMention m : draft.mentions()) {
      int[] r = syntax.tokenRange(m.span);
      if (r[1] - r[0] == 1 && ParseLabels.PRONOUN_TAGS.contains(syntax.pos(r[0]))) {
        m.kind = Mention.Kind.PRONOUN;
        m.type = "";
        m.name = null;
      }
    }
  }
}
