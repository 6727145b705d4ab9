package org.herodotus.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Test helpers: a draft run through some steps, and what its mentions say. */
final class Drafts {

  private Drafts() {}

  /** A draft of the document, run through the steps in order. */
  static EntityDraft run(org.herodotus.doc.Doc doc, EntityStep... steps) {
    EntityDraft draft = new EntityDraft(doc);
    for (EntityStep step : steps) {
      step.apply(draft);
    }
    return draft;
  }

  /** The texts of the draft's mentions, in their order. */
  static List<String> texts(EntityDraft draft) {
    return draft.mentions().stream().map(m -> draft.doc().slice(m.span)).toList();
  }

  /** The texts of the mentions of each group, by group, groups in the order of their numbers. */
  static List<List<String>> groups(EntityDraft draft) {
    Map<Integer, List<String>> byGroup = new TreeMap<>();
    draft.sortBySpan();
    for (DraftMention m : draft.mentions()) {
      byGroup
          .computeIfAbsent(draft.find(m.group), g -> new ArrayList<>())
          .add(draft.doc().slice(m.span));
    }
    return List.copyOf(byGroup.values());
  }

  /** The mention with this text. */
  static DraftMention mention(EntityDraft draft, String text) {
    return draft.mentions().stream()
        .filter(m -> draft.doc().slice(m.span).equals(text))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no mention " + text + " in " + texts(draft)));
  }
}
