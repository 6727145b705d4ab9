package org.herodotus.place;

import java.util.List;
import java.util.Optional;

/**
 * The readings that need no weighing against the others: a country name is the country ("country
 * name"); a name in the regions file is the region ("region from Herodotus regions file"), so that
 * "Karabakh" is the region in Azerbaijan and not Qarah Bagh in Afghanistan, whose alternate name is
 * "Karabagh"; a name with one entry is that entry ("only candidate"). Where a name has several
 * countries or regions, the best scored of them wins.
 */
record PlainReading(PlaceScore score) implements PlaceRule {

  @Override
  public Optional<ResolvedPlace> apply(Toponym toponym) {
    List<GazetteerEntry> countries = toponym.countries();
    if (!countries.isEmpty()) {
      return toponym.as(score.best(countries, toponym.name(), toponym.context()), "country name");
    }
    List<GazetteerEntry> regions =
        toponym.candidates().stream().filter(GazetteerEntry::isRegion).toList();
    if (!regions.isEmpty()) {
      return toponym.as(
          score.best(regions, toponym.name(), toponym.context()),
          "region from Herodotus regions file");
    }
    if (toponym.candidates().size() == 1) {
      return toponym.as(toponym.candidates().get(0), "only candidate");
    }
    return Optional.empty();
  }
}
