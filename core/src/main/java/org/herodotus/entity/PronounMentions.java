package org.herodotus.entity;

import java.util.Set;
import org.herodotus.doc.Mention;

/**
 * Step 11 of the {@link EntityResolver}: third-person pronouns no mention covers (all of them,
 * without the engine's coreference) become mentions, each in a group of its own until {@link
 * PronounAntecedents} finds what they refer to.
 */
final class PronounMentions implements EntityStep {

  private final Pronouns pronouns;

  PronounMentions(Pronouns pronouns) {
    this.pronouns = pronouns;
  }

  @Override
  public void apply(EntityDraft draft) {
    Syntax syntax = draft.syntax();
    Set<Integer> covered = draft.coveredTokens();
    for (int t = 0; t < syntax.size(); t++) {
      if (!covered.contains(t) && pronouns.categoryOf(syntax.token(t).text()).isPresent()) {
        DraftMention m =
            new DraftMention(syntax.token(t).span(), "", Mention.Kind.PRONOUN, draft.newGroup());
        m.head = t;
        draft.mentions().add(m);
      }
    }
  }
}
