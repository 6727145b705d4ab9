package org.herodotus.place;

import java.util.Optional;
import java.util.Set;

/**
 * A first-order division that shares its name with a country ("Georgia" with Atlanta) is the
 * division when the article is set in the division's country and names no place in the other
 * country. Reason: "first-order division in article's country US".
 */
final class DivisionNamedLikeCountry implements PlaceRule {

  @Override
  public Optional<ResolvedPlace> apply(Toponym toponym) {
    if (!toponym.namesCountry()) {
      return Optional.empty();
    }
    PlaceContext context = toponym.context();
    for (GazetteerEntry country : toponym.countries()) {
      if (context.places().stream()
          .anyMatch(p -> p.country().equals(country.country()) && !p.isCountry())) {
        return Optional.empty();
      }
    }
    Set<String> setting = context.settingCountries();
    return toponym.candidates().stream()
        .filter(
            e ->
                e.isDivision()
                    && setting.contains(e.country())
                    && toponym.countries().stream()
                        .anyMatch(c -> Gazetteer.key(c.name()).equals(Gazetteer.key(e.name()))))
        .findFirst()
        .flatMap(e -> toponym.as(e, "first-order division in article's country " + e.country()));
  }
}
