package org.herodotus.entity;

/** Step 7 of the {@link EntityResolver}: each mention's head token, which later steps read. */
final class MentionHeads implements EntityStep {

  @Override
  public void apply(EntityDraft draft) {
    for (DraftMention m : draft.mentions()) {
      m.head = draft.syntax().headOf(m.span);
    }
  }
}
