package org.herodotus.entity;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Step 14 of the {@link EntityResolver}: a surname before the full name ("Berg: We Are Ready" in
 * the headline, "Defense Minister Karl Berg" in the body) joins it when the article has one full
 * name with that surname only.
 */
final class SurnamesBeforeFullNames implements EntityStep {

  private final Names names;

  SurnamesBeforeFullNames(Names names) {
    this.names = names;
  }

  @Override
  public void apply(EntityDraft draft) {
    Map<String, Set<String>> fullNames = new HashMap<>();
    Map<String, Integer> groups = new HashMap<>();
    for (DraftMention m : draft.mentions()) {
      if (m.name == null || !Names.typeFamily(m.type).equals("PERSON")) {
        continue;
      }
      String name = names.clean(draft.doc().slice(m.name)).toLowerCase(Locale.ROOT);
      String[] words = name.split("\\s+");
      if (words.length > 1) {
        String last = words[words.length - 1];
        fullNames.computeIfAbsent(last, k -> new HashSet<>()).add(name);
        groups.putIfAbsent(last, m.group);
      }
    }
    for (DraftMention m : draft.mentions()) {
      if (m.name == null || !Names.typeFamily(m.type).equals("PERSON")) {
        continue;
      }
      String name = names.clean(draft.doc().slice(m.name)).toLowerCase(Locale.ROOT);
      Set<String> full = fullNames.get(name);
      if (name.split("\\s+").length == 1 && full != null && full.size() == 1) {
        draft.union(groups.get(name), m.group);
      }
    }
  }
}
