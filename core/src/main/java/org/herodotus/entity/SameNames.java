package org.herodotus.entity;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Step 13 of the {@link EntityResolver}: names join earlier names of the same family of types: the
 * same name twice, a person's surname after the full name ("Hajiyev" after "Hikmet Hajiyev"), a
 * group named by its last word after its full name ("Armenians" after "Karabakh Armenians").
 */
final class SameNames implements EntityStep {

  private final Names names;

  SameNames(Names names) {
    this.names = names;
  }

  @Override
  public void apply(EntityDraft draft) {
    draft.sortBySpan();
    Map<String, Integer> byName = new HashMap<>();
    Map<String, Integer> bySurname = new HashMap<>();
    Map<String, Integer> byGroupWord = new HashMap<>();
    for (DraftMention m : draft.mentions()) {
      if (m.name == null) {
        continue;
      }
      String name = names.clean(draft.doc().slice(m.name));
      String family = Names.typeFamily(m.type);
      String key = family + "|" + name.toLowerCase(Locale.ROOT);
      String[] words = name.split("\\s+");
      String last = words[words.length - 1].toLowerCase(Locale.ROOT);
      Integer same = byName.get(key);
      if (same != null) {
        draft.union(same, m.group);
      } else if (family.equals("PERSON") && words.length == 1 && bySurname.containsKey(last)) {
        draft.union(bySurname.get(last), m.group);
      } else if (family.equals("NORP") && byGroupWord.containsKey(last)) {
        draft.union(byGroupWord.get(last), m.group);
      }
      byName.putIfAbsent(key, m.group);
      if (family.equals("PERSON") && words.length > 1) {
        bySurname.putIfAbsent(last, m.group);
      }
      if (family.equals("NORP")) {
        byGroupWord.putIfAbsent(last, m.group);
      }
    }
  }
}
