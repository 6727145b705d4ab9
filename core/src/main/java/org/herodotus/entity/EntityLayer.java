package org.herodotus.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.herodotus.doc.Doc;
import org.herodotus.doc.Entity;
import org.herodotus.doc.Mention;

/**
 * The last step of the {@link EntityResolver}: the draft's groups become the entity layer, in the
 * order of their first mentions, each named and typed by {@link CanonicalNames}; the mentions of a
 * group with no name or role are left out.
 */
final class EntityLayer {

  private final CanonicalNames canonicalNames;

  EntityLayer(CanonicalNames canonicalNames) {
    this.canonicalNames = canonicalNames;
  }

  Doc build(EntityDraft draft) {
    Doc doc = draft.doc();
    draft.sortBySpan();
    Map<Integer, List<DraftMention>> byGroup = new LinkedHashMap<>();
    for (DraftMention m : draft.mentions()) {
      byGroup.computeIfAbsent(draft.find(m.group), g -> new ArrayList<>()).add(m);
    }
    Map<Integer, CanonicalNames.NameAndType> described = new HashMap<>();
    for (Map.Entry<Integer, List<DraftMention>> e : byGroup.entrySet()) {
      canonicalNames.of(draft, e.getValue()).ifPresent(n -> described.put(e.getKey(), n));
    }
    List<Mention> mentions = new ArrayList<>();
    Map<Integer, Integer> entityOf = new HashMap<>();
    List<List<Integer>> mentionLists = new ArrayList<>();
    List<CanonicalNames.NameAndType> entityInfo = new ArrayList<>();
    for (DraftMention m : draft.mentions()) {
      int group = draft.find(m.group);
      CanonicalNames.NameAndType info = described.get(group);
      if (info == null) {
        continue;
      }
      Integer entity = entityOf.get(group);
      if (entity == null) {
        entity = entityInfo.size();
        entityOf.put(group, entity);
        entityInfo.add(info);
        mentionLists.add(new ArrayList<>());
      }
      mentionLists.get(entity).add(mentions.size());
      mentions.add(new Mention(m.span, doc.slice(m.span), info.type(), m.kind, entity));
    }
    List<Entity> entities = new ArrayList<>();
    for (int i = 0; i < entityInfo.size(); i++) {
      entities.add(
          new Entity(i, entityInfo.get(i).name(), entityInfo.get(i).type(), mentionLists.get(i)));
    }
    return doc.withEntities(mentions, entities);
  }
}
