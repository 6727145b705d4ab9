package org.herodotus.entity;

import org.herodotus.doc.Caption;
import org.herodotus.doc.Mention;

/**
 * Step 10 of the {@link EntityResolver}: the credit of a photo caption ("Reuters", "Getty Images")
 * is an organization, each in a group of its own.
 */
final class PhotoCredits implements EntityStep {

  @Override
  public void apply(EntityDraft draft) {
    for (Caption caption : draft.doc().metadata().captions()) {
      caption
          .creditSpan()
          .ifPresent(
              span -> {
                DraftMention m =
                    new DraftMention(span, "ORGANIZATION", Mention.Kind.NAME, draft.newGroup());
                m.head = -1;
                draft.mentions().add(m);
              });
    }
  }
}
