package org.herodotus.entity;

import java.util.Set;
import org.herodotus.doc.Mention;
import org.herodotus.doc.Span;
import org.herodotus.lexicon.RoleNouns;

/**
 * Step 9 of the {@link EntityResolver}: descriptions by role become mentions of their own ("the
 * official", "Russian peacekeepers"): a common noun of {@code role-nouns.tsv} that no mention
 * covers and that does not modify another noun ("police" in "police station"), with the modifiers
 * before it. Each starts a group of its own; {@link RoleDescriptionLinks} joins them later.
 */
final class RoleDescriptions implements EntityStep {

  private final RoleNouns roleNouns;

  RoleDescriptions(RoleNouns roleNouns) {
    this.roleNouns = roleNouns;
  }

  @Override
  public void apply(EntityDraft draft) {
    Syntax syntax = draft.syntax();
    Set<Integer> covered = draft.coveredTokens();
    for (int t = 0; t < syntax.size(); t++) {
      if (covered.contains(t)
          || !syntax.pos(t).startsWith("NN")
          || syntax.pos(t).startsWith("NNP")) {
        continue;
      }
      if (roleNouns.classOf(syntax.lemma(t)).isEmpty()) {
        continue;
      }
      if (syntax.relation(t).equals("compound") || syntax.relation(t).equals("amod")) {
        continue;
      }
      int first = LeftEdge.of(syntax, t);
      Span span = new Span(syntax.token(first).span().start(), syntax.token(t).span().end());
      DraftMention m = new DraftMention(span, "", Mention.Kind.NOMINAL, draft.newGroup());
      m.head = t;
      draft.mentions().add(m);
    }
  }
}
