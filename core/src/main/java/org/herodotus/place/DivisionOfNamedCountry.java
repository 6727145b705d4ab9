package org.herodotus.place;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A division (state, province, county) of a country the article names, called by its own name, wins
 * over namesakes abroad when that country has no town of the name: "Suffolk" in an article that
 * names the United Kingdom is the English county, not the city in Virginia, although counties carry
 * no population to rank by. Reason: "division of the article's country GB (no place of that name
 * there)".
 */
record DivisionOfNamedCountry(PlaceScore score) implements PlaceRule {

  @Override
  public Optional<ResolvedPlace> apply(Toponym toponym) {
    PlaceContext context = toponym.context();
    Set<String> named = context.countries();
    if (named.isEmpty() || toponym.namesCountry()) {
      return Optional.empty();
    }
    Set<String> setting = context.settingCountries();
    boolean townThere =
        toponym.candidates().stream()
            .anyMatch(
                e ->
                    !e.isCountry()
                        && !e.isRegion()
                        && !e.isDivision()
                        && !e.isCounty()
                        && setting.contains(e.country()));
    if (townThere) {
      return Optional.empty();
    }
    List<GazetteerEntry> divisions =
        toponym.candidates().stream()
            .filter(
                e ->
                    (e.isDivision() || e.isCounty())
                        && named.contains(e.country())
                        && Gazetteer.isPrimaryName(e, toponym.name()))
            .toList();
    if (divisions.isEmpty()) {
      return Optional.empty();
    }
    GazetteerEntry division = score.best(divisions, toponym.name(), context);
    return toponym.as(
        division,
        "division of the article's country "
            + division.country()
            + " (no place of that name there)");
  }
}
