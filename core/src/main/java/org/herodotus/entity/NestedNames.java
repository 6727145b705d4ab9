package org.herodotus.entity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.herodotus.doc.Mention;
import org.herodotus.doc.Span;

/**
 * Step 4 of the {@link EntityResolver}: a mention inside a longer mention of the same entity is the
 * same mention: the longer one stays and takes the inner one's name ("Hikmet Hajiyev" inside
 * "presidential advisor Hikmet Hajiyev"); of two mentions of the same span (a name and its
 * coreference mention) one stays, the name.
 */
final class NestedNames implements EntityStep {

  @Override
  public void apply(EntityDraft draft) {
    draft.sortBySpan();
    List<DraftMention> mentions = draft.mentions();
    List<DraftMention> drop = new ArrayList<>();
    for (DraftMention inner : mentions) {
      for (DraftMention outer : mentions) {
        if (outer != inner
            && outer.group == inner.group
            && outer.span.contains(inner.span)
            && !outer.span.equals(inner.span)) {
          if (inner.name != null
              && (outer.name == null || outer.name.length() > inner.name.length())) {
            outer.name = inner.name;
            if (outer.type.isEmpty() || outer.kind != Mention.Kind.NAME) {
              outer.type = inner.type;
              outer.kind = Mention.Kind.NAME;
            }
          }
          drop.add(inner);
          break;
        }
      }
    }
    mentions.removeAll(drop);
    Map<Span, DraftMention> bySpan = new LinkedHashMap<>();
    for (DraftMention m : mentions) {
      DraftMention seen = bySpan.get(m.span);
      if (seen == null || (seen.name == null && m.name != null)) {
        bySpan.put(m.span, m);
      }
    }
    mentions.retainAll(bySpan.values());
  }
}
