package org.herodotus.place;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The last rule of {@link PlaceResolver}: the entry with the best score wins. The score is
 * log10(population) plus bonuses for the article's countries, for sharing country, first-order
 * division or neighbourhood with places already resolved, for a place and a county within {@value
 * #COUNTY_KM} km of each other that are readings of two of the article's names ("Paris" and "Henry
 * County": Tennessee), for a state named among other states, for capitals and for matching the
 * primary name rather than an alternate one; a first-order division loses a point. The reason names
 * what made the winner beat the most populous candidate ("in article's country US", "same admin1 as
 * Dallas (Texas)"), or says "largest population" when it is the most populous and "best score" when
 * no named part tells them apart.
 *
 * <p>The other rules use {@link #best} to choose among the entries they keep.
 */
record PlaceScore(Gazetteer gazetteer) implements PlaceRule {

  static final double ARTICLE_COUNTRY = 3.0;
  static final double PLACE_COUNTRY = 2.0;
  static final double SAME_ADMIN1 = 2.0;
  static final double NEARBY = 1.0;
  static final double NEARBY_KM = 150;
  static final double CAPITAL = 0.5;
  static final double PRIMARY_NAME = 1.0;
  static final double DIVISION = -1.0;
  static final double COUNTY_PAIR = 3.0;
  static final double COUNTY_KM = 50;
  static final double SIBLING_DIVISIONS = 2.0;

  @Override
  public Optional<ResolvedPlace> apply(Toponym toponym) {
    if (toponym.candidates().isEmpty()) {
      return Optional.empty();
    }
    List<GazetteerEntry> candidates = toponym.candidates();
    GazetteerEntry winner = best(candidates, toponym.name(), toponym.context());
    GazetteerEntry largest = candidates.get(0); // lookup sorts by population
    if (winner == largest) {
      return toponym.as(winner, "largest population");
    }
    Map<String, Double> won = factors(winner, toponym.name(), toponym.context());
    Map<String, Double> lost = factors(largest, toponym.name(), toponym.context());
    List<String> why = new ArrayList<>();
    for (String factor : won.keySet()) {
      if (!lost.containsKey(factor) && !factor.equals("population")) {
        why.add(factor);
      }
    }
    return toponym.as(winner, why.isEmpty() ? "best score" : String.join(", ", why));
  }

  /** The best scored of {@code candidates} (largest first: ties go to the larger place). */
  GazetteerEntry best(List<GazetteerEntry> candidates, String toponym, PlaceContext context) {
    GazetteerEntry best = candidates.get(0);
    double bestScore = Double.NEGATIVE_INFINITY;
    for (GazetteerEntry candidate : candidates) {
      double score = score(candidate, toponym, context);
      if (score > bestScore) {
        best = candidate;
        bestScore = score;
      }
    }
    return best;
  }

  double score(GazetteerEntry entry, String toponym, PlaceContext context) {
    double score = 0;
    for (double v : factors(entry, toponym, context).values()) {
      score += v;
    }
    return score;
  }

  /** The named parts of an entry's score, in the words the reason uses. */
  Map<String, Double> factors(GazetteerEntry entry, String toponym, PlaceContext context) {
    Map<String, Double> f = new LinkedHashMap<>();
    f.put("population", Math.log10(entry.population() + 1.0));
    String country = entry.country();
    if (!country.isEmpty() && context.countries().contains(country)) {
      f.put("in article's country " + country, ARTICLE_COUNTRY);
    }
    GazetteerEntry sameCountry = null;
    GazetteerEntry sameAdmin1 = null;
    GazetteerEntry nearby = null;
    for (GazetteerEntry place : context.places()) {
      if (place.id().equals(entry.id())) {
        continue;
      }
      if (!country.isEmpty() && place.country().equals(country)) {
        sameCountry = sameCountry == null ? place : sameCountry;
        if (!entry.admin1().isEmpty() && place.admin1().equals(entry.admin1())) {
          sameAdmin1 = sameAdmin1 == null ? place : sameAdmin1;
        }
      }
      if (!place.isCountry() && entry.distanceKm(place) <= NEARBY_KM) {
        nearby = nearby == null ? place : nearby;
      }
    }
    if (sameCountry != null && !f.containsKey("in article's country " + country)) {
      f.put("same country as " + sameCountry.name() + " (" + country + ")", PLACE_COUNTRY);
    }
    if (sameAdmin1 != null) {
      f.put("same admin1 as " + sameAdmin1.name() + " (" + entry.admin1() + ")", SAME_ADMIN1);
    }
    if (nearby != null) {
      f.put("near " + nearby.name(), NEARBY);
    }
    countyPair(entry, toponym, context, f);
    siblingDivisions(entry, toponym, context, f);
    if (entry.featureCode().equals("PPLC")) {
      f.put("capital", CAPITAL);
    }
    if (entry.isDivision()) {
      // A state or province shares its name with its main city (Tehran, Donetsk); news names the
      // city more often, so the division must be ten times as populous to win.
      f.put("first-order division", DIVISION);
    }
    if (Gazetteer.isPrimaryName(entry, toponym)) {
      f.put("primary name", PRIMARY_NAME);
    }
    return f;
  }

  /** A place and a county near each other that are readings of two of the article's names. */
  private static void countyPair(
      GazetteerEntry entry, String toponym, PlaceContext context, Map<String, Double> f) {
    if (entry.isCountry()
        || entry.isRegion()
        || entry.isDivision()
        || !Gazetteer.isPrimaryName(entry, toponym)) {
      return;
    }
    for (GazetteerEntry other : context.namesakes()) {
      if ((entry.isCounty() != other.isCounty())
          && !other.isCountry()
          && !other.isRegion()
          && !other.isDivision()
          && entry.distanceKm(other) <= COUNTY_KM) {
        f.put(
            "near "
                + other.name()
                + (other.admin1().isEmpty() ? "" : " (" + other.admin1() + ")")
                + ", a reading of another name",
            COUNTY_PAIR);
        return;
      }
    }
  }

  /**
   * A list of states ("Colorado, Idaho and Maine"): a name among them is a state too, not the town
   * that has it as an alternate name (Idaho Springs) or shares it (Florida, New York).
   */
  private void siblingDivisions(
      GazetteerEntry entry, String toponym, PlaceContext context, Map<String, Double> f) {
    String country = entry.country();
    if (!entry.featureCode().equals("ADM1") || country.isEmpty()) {
      return;
    }
    List<String> siblings =
        context.places().stream()
            .filter(
                p ->
                    p.featureCode().equals("ADM1")
                        && p.country().equals(country)
                        && !p.id().equals(entry.id()))
            .map(GazetteerEntry::name)
            .distinct()
            .toList();
    // ... but "Washington" among states is still most often the capital.
    if (siblings.size() >= 2 && !namesCapital(toponym)) {
      f.put(
          "named with other first-order divisions ("
              + siblings.get(0)
              + ", "
              + siblings.get(1)
              + ")",
          SIBLING_DIVISIONS);
    }
  }

  /** Whether the name is the primary name of a national capital ("Washington"). */
  private boolean namesCapital(String toponym) {
    return gazetteer.lookup(toponym).stream()
        .anyMatch(e -> e.featureCode().equals("PPLC") && Gazetteer.isPrimaryName(e, toponym));
  }
}
