package org.herodotus.actor;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.herodotus.doc.Doc;
import org.herodotus.doc.Entity;
import org.herodotus.lexicon.ActorLexicon;
import org.herodotus.place.Gazetteer;
import org.herodotus.place.GazetteerEntry;

/**
 * The states an article names, found before any entity is coded: each place entity (GPE or
 * LOCATION) that is a country by name, or a capital (the most populous place of that name is a
 * country's capital, under its primary name), and the state with the most mentions.
 */
final class ArticleStates {

  /** A state an entity names: its CAMEO country, and whether it names it by its capital. */
  record State(String country, boolean capital) {}

  private final Map<Integer, State> byEntity;
  private final String mainState;
  private final int mainStateMentions;
  private final int stateMentions;

  private ArticleStates(
      Map<Integer, State> byEntity, String mainState, int mainStateMentions, int stateMentions) {
    this.byEntity = Map.copyOf(byEntity);
    this.mainState = mainState;
    this.mainStateMentions = mainStateMentions;
    this.stateMentions = stateMentions;
  }

  static ArticleStates find(Doc doc, ActorLexicon lexicon, Gazetteer gazetteer) {
    Map<Integer, State> states = new HashMap<>();
    Map<String, Integer> counts = new LinkedHashMap<>();
    int stateMentions = 0;
    for (Entity entity : doc.entities()) {
      if (!(entity.type().equals("GPE") || entity.type().equals("LOCATION"))) {
        continue;
      }
      Optional<String> country = lexicon.country(entity.name());
      State state = null;
      if (country.isPresent()) {
        state = new State(country.get(), false);
      } else {
        Optional<String> capitalOf = capitalOf(entity.name(), lexicon, gazetteer);
        if (capitalOf.isPresent()) {
          state = new State(capitalOf.get(), true);
        }
      }
      if (state != null) {
        states.put(entity.id(), state);
        counts.merge(state.country(), entity.mentions().size(), Integer::sum);
        stateMentions += entity.mentions().size();
      }
    }
    String mainState = "";
    int mainStateMentions = 0;
    for (Map.Entry<String, Integer> c : counts.entrySet()) {
      if (c.getValue() > mainStateMentions) {
        mainState = c.getKey();
        mainStateMentions = c.getValue();
      }
    }
    return new ArticleStates(states, mainState, mainStateMentions, stateMentions);
  }

  /** The CAMEO country whose capital this name is, when its most populous place is a capital. */
  private static Optional<String> capitalOf(
      String name, ActorLexicon lexicon, Gazetteer gazetteer) {
    for (GazetteerEntry entry : gazetteer.lookup(name)) {
      if (entry.isCountry() || entry.isDivision() || entry.isRegion()) {
        continue;
      }
      if (entry.featureCode().equals("PPLC") && Gazetteer.isPrimaryName(entry, name)) {
        return lexicon.countryOfIso2(entry.country());
      }
      return Optional.empty(); // the most populous place of that name is not a capital
    }
    return Optional.empty();
  }

  /** The state the entity with this id names, if it names one. */
  Optional<State> of(int entity) {
    return Optional.ofNullable(byEntity.get(entity));
  }

  /** The CAMEO country with the most mentions, empty when the article names no state. */
  String mainState() {
    return mainState;
  }

  /** How many mentions {@link #mainState} has. */
  int mainStateMentions() {
    return mainStateMentions;
  }

  /** How many mentions all the states have. */
  int stateMentions() {
    return stateMentions;
  }
}
