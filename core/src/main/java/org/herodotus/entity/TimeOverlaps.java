package org.herodotus.entity;

import org.herodotus.doc.Doc;

/**
 * Step 1 of the {@link EntityResolver}: a mention inside a time expression ("Thursday" in "on
 * Thursday", "the week") is part of the time, not an entity, unless it is a name.
 */
final class TimeOverlaps implements EntityStep {

  @Override
  public void apply(EntityDraft draft) {
    Doc doc = draft.doc();
    draft
        .mentions()
        .removeIf(
            m -> m.name == null && doc.times().stream().anyMatch(t -> t.span().contains(m.span)));
  }
}
