package org.herodotus.entity;

import org.herodotus.lexicon.Countries;

/**
 * Step 6 of the {@link EntityResolver}: a country's name is a GPE whatever the engine called it
 * (LOCATION, MISC, ORGANIZATION); a MISC name ending in a plural proper noun ("Karabakh Armenians")
 * is a group of people (NORP).
 */
final class NameTypes implements EntityStep {

  private final Countries countries;
  private final Names names;

  NameTypes(Countries countries, Names names) {
    this.countries = countries;
    this.names = names;
  }

  @Override
  public void apply(EntityDraft draft) {
    Syntax syntax = draft.syntax();
    for (DraftMention m : draft.mentions()) {
      if (m.name == null) {
        continue;
      }
      String name = names.clean(draft.doc().slice(m.name));
      if (countries.byName(name).isPresent()
          && (m.type.equals("LOCATION")
              || m.type.equals("MISC")
              || m.type.equals("ORGANIZATION"))) {
        m.type = "GPE";
      } else if (m.type.equals("MISC")) {
        int[] r = syntax.tokenRange(m.name);
        if (r[1] > r[0] && syntax.pos(r[1] - 1).equals("NNPS")) {
          m.type = "NORP";
        }
      }
    }
  }
}
