package org.herodotus.entity;

import java.util.HashMap;
import java.util.Map;
import org.herodotus.doc.Mention;

/**
 * Step 5 of the {@link EntityResolver}: a nationality adjective ("Russian" in "Russian
 * peacekeepers") describes what it modifies; alone in its group, it is not an entity.
 */
final class ModifierAdjectives implements EntityStep {

  @Override
  public void apply(EntityDraft draft) {
    Syntax syntax = draft.syntax();
    Map<Integer, Integer> groupSizes = new HashMap<>();
    draft.mentions().forEach(m -> groupSizes.merge(m.group, 1, Integer::sum));
    draft
        .mentions()
        .removeIf(
            m -> {
              if (m.kind != Mention.Kind.NAME
                  || !(m.type.equals("NORP") || m.type.equals("MISC"))) {
                return false;
              }
              int[] r = syntax.tokenRange(m.span);
              if (r[1] - r[0] != 1) {
                return false;
              }
              String pos = syntax.pos(r[0]);
              String rel = syntax.relation(r[0]);
              return groupSizes.get(m.group) == 1
                  && (pos.startsWith("JJ") || rel.equals("amod") || rel.equals("compound"));
            });
  }
}
