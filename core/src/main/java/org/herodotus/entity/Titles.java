package org.herodotus.entity;

import org.herodotus.doc.Span;
import org.herodotus.lexicon.RoleNouns;

/**
 * Step 8 of the {@link EntityResolver}: a person's name with a title or role before it is one
 * mention ("presidential foreign policy advisor Hikmet Hajiyev", "President Aliyev"): the mention
 * takes in the run of modifiers before the name when a role noun is among them, without a leading
 * determiner.
 */
final class Titles implements EntityStep {

  private final RoleNouns roleNouns;

  Titles(RoleNouns roleNouns) {
    this.roleNouns = roleNouns;
  }

  @Override
  public void apply(EntityDraft draft) {
    Syntax syntax = draft.syntax();
    for (DraftMention m : draft.mentions()) {
      if (m.name == null || !m.type.equals("PERSON") || m.head < 0) {
        continue;
      }
      int[] r = syntax.tokenRange(m.span);
      int first = LeftEdge.of(syntax, m.head);
      if (first >= r[0]) {
        continue;
      }
      boolean titled = false;
      for (int t = first; t < r[0]; t++) {
        titled |= roleNouns.classOf(syntax.lemma(t)).isPresent();
      }
      if (titled) {
        while (first < r[0] && syntax.pos(first).equals("DT")) {
          first++;
        }
        m.span = new Span(syntax.token(first).span().start(), m.span.end());
      }
    }
  }
}
