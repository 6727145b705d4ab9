package org.herodotus.place;

import java.util.List;
import java.util.Optional;

/**
 * A place that shares its name with a country ("Jordan", Minnesota; "Palestine", Texas; "Columbia",
 * South Carolina) wins over the country when the article's other places are local to it: the
 * article names no place in the country nor the country itself, and the namesake lies within
 * {@value #LOCAL_KM} km of a place the article names. Local news names its towns without their
 * state. Reason: "namesake of a country in the article's area (Minnesota, US)".
 */
final class TownNamedLikeCountry implements PlaceRule {

  static final double LOCAL_KM = 100;

  @Override
  public Optional<ResolvedPlace> apply(Toponym toponym) {
    List<GazetteerEntry> countries = toponym.countries();
    if (countries.isEmpty()) {
      return Optional.empty();
    }
    PlaceContext context = toponym.context();
    List<GazetteerEntry> local =
        context.places().stream()
            .filter(p -> !p.isCountry() && !p.isRegion() && !p.country().isEmpty())
            .toList();
    if (local.isEmpty()) {
      return Optional.empty();
    }
    for (GazetteerEntry country : countries) {
      if (context.countries().contains(country.country())
          || local.stream().anyMatch(p -> p.country().equals(country.country()))) {
        return Optional.empty();
      }
    }
    for (GazetteerEntry candidate : toponym.candidates()) { // largest first
      if (candidate.isCountry()
          || candidate.isRegion()
          || candidate.isDivision()
          || !candidate.name().equalsIgnoreCase(toponym.name().trim())) {
        continue;
      }
      boolean near =
          local.stream()
              .anyMatch(
                  p ->
                      p.country().equals(candidate.country())
                          && p.distanceKm(candidate) <= LOCAL_KM);
      if (near) {
        return toponym.as(
            candidate,
            "namesake of a country in the article's area ("
                + (candidate.admin1().isEmpty()
                    ? candidate.country()
                    : candidate.admin1() + ", " + candidate.country())
                + ")");
      }
    }
    return Optional.empty();
  }
}
