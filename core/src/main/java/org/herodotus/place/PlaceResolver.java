package org.herodotus.place;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Picks one gazetteer entry for a toponym, with the reason for the choice.
 *
 * <p>Rules, in order: a first-order division named like a country resolves to the division when the
 * article is set in its country ("Georgia" with Atlanta); a place named like a country resolves to
 * the place when it lies near the article's other places and the article names nothing in the
 * country ("Jordan" with Shakopee, Minnesota); a country name resolves to the country ("country
 * name"); a name in the regions file resolves to the region ("region from Herodotus regions file"),
 * so that "Karabakh" is the region in Azerbaijan and not Qarah Bagh in Afghanistan, whose alternate
 * name is "Karabagh"; a name with one entry resolves to it ("only candidate"); otherwise the entry
 * with the best score wins, the score being log10(population) plus bonuses for the article's
 * countries, for sharing country, first-order division or neighbourhood with places already
 * resolved, for a place and a county within 50 km of each other that are readings of two of the
 * article's names ("Paris" and "Henry County": Tennessee), for capitals and for matching the
 * primary name rather than an alternate one. The reason names what made the winner beat the most
 * populous candidate ("in article's country US", "same admin1 as Dallas (Texas)"), or says "largest
 * population" when it is the most populous.
 */
public final class PlaceResolver {

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

  private final Gazetteer gazetteer;

  public PlaceResolver(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** A resolver over the bundled gazetteer. */
  /** The gazetteer this resolver reads. */
  public Gazetteer gazetteer() {
    return gazetteer;
  }

  public static PlaceResolver bundled() {
    return new PlaceResolver(Gazetteer.bundled());
  }

  /** The entry the toponym most likely names in this context; empty when the gazetteer has none. */
  public Optional<ResolvedPlace> resolve(String toponym, PlaceContext context) {
    List<GazetteerEntry> candidates = gazetteer.lookup(toponym);
    if (candidates.isEmpty()) {
      return resolveDivisionByStem(toponym, context);
    }
    int n = candidates.size();
    List<GazetteerEntry> countries = candidates.stream().filter(GazetteerEntry::isCountry).toList();
    Optional<GazetteerEntry> division = divisionInContext(candidates, context);
    if (division.isPresent()) {
      return Optional.of(
          new ResolvedPlace(
              toponym,
              division.get(),
              "first-order division in article's country " + division.get().country(),
              n));
    }
    Optional<GazetteerEntry> named = divisionOfNamedCountry(candidates, toponym, context);
    if (named.isPresent()) {
      return Optional.of(
          new ResolvedPlace(
              toponym,
              named.get(),
              "division of the article's country "
                  + named.get().country()
                  + " (no place of that name there)",
              n));
    }
    Optional<GazetteerEntry> local = namesakeInArticleArea(candidates, toponym, context);
    if (local.isPresent()) {
      GazetteerEntry e = local.get();
      return Optional.of(
          new ResolvedPlace(
              toponym,
              e,
              "namesake of a country in the article's area ("
                  + (e.admin1().isEmpty() ? e.country() : e.admin1() + ", " + e.country())
                  + ")",
              n));
    }
    if (!countries.isEmpty()) {
      return Optional.of(
          new ResolvedPlace(toponym, best(countries, toponym, context), "country name", n));
    }
    List<GazetteerEntry> regions = candidates.stream().filter(GazetteerEntry::isRegion).toList();
    if (!regions.isEmpty()) {
      return Optional.of(
          new ResolvedPlace(
              toponym, best(regions, toponym, context), "region from Herodotus regions file", n));
    }
    if (n == 1) {
      return Optional.of(new ResolvedPlace(toponym, candidates.get(0), "only candidate", n));
    }
    GazetteerEntry winner = best(candidates, toponym, context);
    GazetteerEntry largest = candidates.get(0); // lookup sorts by population
    if (winner == largest) {
      return Optional.of(new ResolvedPlace(toponym, winner, "largest population", n));
    }
    Map<String, Double> won = factors(winner, toponym, context);
    Map<String, Double> lost = factors(largest, toponym, context);
    List<String> why = new ArrayList<>();
    for (String factor : won.keySet()) {
      if (!lost.containsKey(factor) && !factor.equals("population")) {
        why.add(factor);
      }
    }
    String reason = why.isEmpty() ? "best score" : String.join(", ", why);
    return Optional.of(new ResolvedPlace(toponym, winner, reason, n));
  }

  /**
   * Resolves the toponyms of one article together and returns one result per toponym, in input
   * order. Names that need no context go first (countries, regions, names with one candidate); the
   * countries among them join the article's countries and the places join the resolved places. The
   * other names are then resolved in text order, each in the context of everything resolved before
   * it. A name repeated in the article gets the same entry each time.
   */
  public List<Optional<ResolvedPlace>> resolveAll(List<String> toponyms, PlaceContext context) {
    Map<String, Optional<ResolvedPlace>> byName = new HashMap<>();
    Map<String, List<GazetteerEntry>> readings = new LinkedHashMap<>();
    for (String toponym : toponyms) {
      readings.computeIfAbsent(Gazetteer.key(toponym), k -> readingsOf(toponym));
    }
    Set<String> countries = new LinkedHashSet<>(context.countries());
    List<GazetteerEntry> places = new ArrayList<>(context.places());
    for (String toponym : toponyms) {
      String name = Gazetteer.key(toponym);
      if (byName.containsKey(name)) {
        continue;
      }
      List<GazetteerEntry> candidates = gazetteer.lookup(toponym);
      if (candidates.isEmpty()) {
        continue; // perhaps a county named after a place: read with context in the second pass
      }
      boolean settled =
          candidates.size() == 1
              || (candidates.stream().anyMatch(e -> e.isCountry() || e.isRegion())
                  && candidates.stream().noneMatch(GazetteerEntry::isDivision));
      if (settled) {
        Optional<ResolvedPlace> r = resolve(toponym, context);
        byName.put(name, r);
        r.ifPresent(p -> remember(p.entry(), countries, places));
      }
    }
    for (String toponym : toponyms) {
      String name = Gazetteer.key(toponym);
      if (byName.containsKey(name)) {
        continue;
      }
      Optional<ResolvedPlace> r =
          resolve(
              toponym,
              new PlaceContext(countries, places, othersReadings(readings, name, context)));
      byName.put(name, r);
      r.ifPresent(p -> remember(p.entry(), countries, places));
    }
    // Once every name has a first reading, ambiguous names are read again in the context of all
    // the others, so that a place named early in the text also profits from what comes later.
    Set<String> settledNames = new java.util.HashSet<>();
    for (String toponym : toponyms) {
      String name = Gazetteer.key(toponym);
      Optional<ResolvedPlace> r = byName.get(name);
      if (r.isEmpty() || r.get().candidates() <= 1 || r.get().entry().isRegion()) {
        settledNames.add(name);
      }
    }
    for (String toponym : toponyms) {
      String name = Gazetteer.key(toponym);
      if (settledNames.contains(name) || !byName.containsKey(name)) {
        continue;
      }
      GazetteerEntry current = byName.get(name).get().entry();
      Set<String> others = new LinkedHashSet<>(context.countries());
      List<GazetteerEntry> otherPlaces = new ArrayList<>(context.places());
      for (Map.Entry<String, Optional<ResolvedPlace>> e : byName.entrySet()) {
        if (!e.getKey().equals(name) && e.getValue().isPresent()) {
          remember(e.getValue().get().entry(), others, otherPlaces);
        }
      }
      otherPlaces.remove(current);
      Optional<ResolvedPlace> again =
          resolve(
              toponym,
              new PlaceContext(others, otherPlaces, othersReadings(readings, name, context)));
      if (again.isPresent()) {
        byName.put(name, again);
      }
      settledNames.add(name);
    }
    List<Optional<ResolvedPlace>> out = new ArrayList<>(toponyms.size());
    for (String toponym : toponyms) {
      out.add(
          byName
              .get(Gazetteer.key(toponym))
              .map(r -> new ResolvedPlace(toponym, r.entry(), r.reason(), r.candidates())));
    }
    return out;
  }

  /**
   * The gazetteer entries a name may stand for: its candidates, or for "X County" that the
   * gazetteer lacks, none.
   */
  private List<GazetteerEntry> readingsOf(String toponym) {
    return gazetteer.lookup(toponym);
  }

  /** The readings of every name of the article but one, after those the caller already had. */
  private static List<GazetteerEntry> othersReadings(
      Map<String, List<GazetteerEntry>> readings, String name, PlaceContext context) {
    List<GazetteerEntry> out = new ArrayList<>(context.namesakes());
    for (Map.Entry<String, List<GazetteerEntry>> e : readings.entrySet()) {
      if (!e.getKey().equals(name)) {
        out.addAll(e.getValue());
      }
    }
    return out;
  }

  private static void remember(
      GazetteerEntry entry, Set<String> countries, List<GazetteerEntry> places) {
    if (entry.isCountry()) {
      countries.add(entry.country());
    } else {
      places.add(entry);
    }
  }

  /**
   * A first-order division that shares its name with a country ("Georgia") wins over the country
   * when the article is set in the division's country and does not otherwise name the other
   * country.
   */
  private static Optional<GazetteerEntry> divisionInContext(
      List<GazetteerEntry> candidates, PlaceContext context) {
    if (candidates.stream().noneMatch(GazetteerEntry::isCountry)) {
      return Optional.empty();
    }
    Set<String> countries = articleCountries(context);
    for (GazetteerEntry country : candidates) {
      if (country.isCountry()
          && context.places().stream()
              .anyMatch(p -> p.country().equals(country.country()) && !p.isCountry())) {
        return Optional.empty();
      }
    }
    return candidates.stream()
        .filter(
            e ->
                e.isDivision()
                    && countries.contains(e.country())
                    && candidates.stream()
                        .filter(GazetteerEntry::isCountry)
                        .anyMatch(c -> Gazetteer.key(c.name()).equals(Gazetteer.key(e.name()))))
        .findFirst();
  }

  /**
   * A division (state, province, county) of a country the article names, called by its own name,
   * wins over namesakes abroad when that country has no town of the name: "Suffolk" in an article
   * that names the United Kingdom is the English county, not the city in Virginia, although
   * counties carry no population to rank by.
   */
  private Optional<GazetteerEntry> divisionOfNamedCountry(
      List<GazetteerEntry> candidates, String toponym, PlaceContext context) {
    Set<String> named = context.countries();
    if (named.isEmpty() || candidates.stream().anyMatch(GazetteerEntry::isCountry)) {
      return Optional.empty();
    }
    Set<String> countries = articleCountries(context);
    boolean townThere =
        candidates.stream()
            .anyMatch(
                e ->
                    !e.isCountry()
                        && !e.isRegion()
                        && !e.isDivision()
                        && !e.isCounty()
                        && countries.contains(e.country()));
    if (townThere) {
      return Optional.empty();
    }
    List<GazetteerEntry> divisions =
        candidates.stream()
            .filter(
                e ->
                    (e.isDivision() || e.isCounty())
                        && named.contains(e.country())
                        && Gazetteer.isPrimaryName(e, toponym))
            .toList();
    return divisions.isEmpty() ? Optional.empty() : Optional.of(best(divisions, toponym, context));
  }

  /**
   * A place that shares its name with a country ("Jordan", Minnesota; "Palestine", Texas;
   * "Columbia", South Carolina) wins over the country when the article's other places are local to
   * it: the article names no place in the country nor the country itself, and the namesake lies
   * within {@value #LOCAL_KM} km of a place the article names. Local news names its towns without
   * their state.
   */
  private static Optional<GazetteerEntry> namesakeInArticleArea(
      List<GazetteerEntry> candidates, String toponym, PlaceContext context) {
    List<GazetteerEntry> countries = candidates.stream().filter(GazetteerEntry::isCountry).toList();
    if (countries.isEmpty()) {
      return Optional.empty();
    }
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
    GazetteerEntry best = null;
    for (GazetteerEntry candidate : candidates) { // largest first
      if (candidate.isCountry()
          || candidate.isRegion()
          || candidate.isDivision()
          || !candidate.name().equalsIgnoreCase(toponym.trim())) {
        continue;
      }
      boolean near =
          local.stream()
              .anyMatch(
                  p ->
                      p.country().equals(candidate.country())
                          && p.distanceKm(candidate) <= LOCAL_KM);
      if (near) {
        best = candidate;
        break;
      }
    }
    return Optional.ofNullable(best);
  }

  static final double LOCAL_KM = 100;

  /** The countries an article is set in: those it names and those of its resolved places. */
  private static Set<String> articleCountries(PlaceContext context) {
    Set<String> out = new LinkedHashSet<>(context.countries());
    for (GazetteerEntry p : context.places()) {
      if (!p.country().isEmpty()) {
        out.add(p.country());
      }
    }
    return out;
  }

  /** Words that name an administrative unit after its main place ("Laurel County"). */
  private static final List<String> DIVISION_WORDS =
      List.of(
          " county",
          " parish",
          " province",
          " district",
          " borough",
          " township",
          " prefecture",
          " governorate",
          " region",
          " state",
          " oblast",
          " department");

  /**
   * A county, parish or district the gazetteer lacks ("Laurel County") resolves to the place its
   * name is taken from, but only to one in a country the article is set in: counties are commonly
   * named after their seat or a town in them.
   */
  private Optional<ResolvedPlace> resolveDivisionByStem(String toponym, PlaceContext context) {
    String lower = toponym.toLowerCase(java.util.Locale.ROOT).trim();
    for (String word : DIVISION_WORDS) {
      if (lower.endsWith(word) && lower.length() > word.length() + 1) {
        String stem = toponym.trim().substring(0, lower.length() - word.length()).trim();
        Set<String> countries = articleCountries(context);
        // "Akita Prefecture", "Oaxaca State": the division the gazetteer has by its bare name.
        boolean divisionWord =
            !List.of(" parish", " borough", " township", " district").contains(word);
        List<GazetteerEntry> divisions =
            (divisionWord ? gazetteer.lookup(stem) : List.<GazetteerEntry>of())
                .stream()
                    .filter(
                        e ->
                            (e.isDivision() || e.isCounty() || e.featureCode().equals("ADM1"))
                                && Gazetteer.isPrimaryName(e, stem))
                    .toList();
        if (!divisions.isEmpty()) {
          GazetteerEntry winner =
              divisions.stream()
                  .filter(e -> countries.contains(e.country()))
                  .findFirst()
                  .orElse(divisions.get(0));
          return Optional.of(
              new ResolvedPlace(
                  toponym,
                  winner,
                  "division " + winner.name() + " by its bare name",
                  divisions.size()));
        }
        List<GazetteerEntry> candidates =
            gazetteer.lookup(stem).stream()
                .filter(e -> !e.isCountry() && !e.isRegion() && countries.contains(e.country()))
                .toList();
        if (candidates.isEmpty()) {
          return Optional.empty();
        }
        GazetteerEntry winner = best(candidates, stem, context);
        return Optional.of(
            new ResolvedPlace(
                toponym,
                winner,
                "division named after " + winner.name() + " (division not in gazetteer)",
                candidates.size()));
      }
    }
    return Optional.empty();
  }

  /** Resolves without context. */
  public Optional<ResolvedPlace> resolve(String toponym) {
    return resolve(toponym, PlaceContext.none());
  }

  /** The place an article is mainly about, with the reason. */
  public record Focus(GazetteerEntry entry, String reason) {}

  /**
   * The article's focus place: the entry its resolved toponyms name most often. Countries count a
   * quarter and capitals half, because news names governments by their capitals ("Baku said") and
   * mentions countries in passing; ties go to the place mentioned first. Empty without places.
   */
  public static Optional<Focus> focus(List<ResolvedPlace> mentions) {
    Map<String, Double> weight = new LinkedHashMap<>();
    Map<String, Integer> count = new LinkedHashMap<>();
    Map<String, GazetteerEntry> byId = new LinkedHashMap<>();
    for (ResolvedPlace mention : mentions) {
      GazetteerEntry e = mention.entry();
      double w = e.isCountry() ? 0.25 : e.featureCode().equals("PPLC") ? 0.5 : 1.0;
      weight.merge(e.id(), w, Double::sum);
      count.merge(e.id(), 1, Integer::sum);
      byId.putIfAbsent(e.id(), e);
    }
    String best = null;
    for (Map.Entry<String, Double> w : weight.entrySet()) {
      if (best == null || w.getValue() > weight.get(best)) {
        best = w.getKey();
      }
    }
    if (best == null) {
      return Optional.empty();
    }
    GazetteerEntry e = byId.get(best);
    String kind = e.isCountry() ? "country" : e.featureCode().equals("PPLC") ? "capital" : "place";
    return Optional.of(
        new Focus(
            e,
            "most mentioned "
                + kind
                + " ("
                + count.get(best)
                + " of "
                + mentions.size()
                + " place mentions)"));
  }

  private GazetteerEntry best(
      List<GazetteerEntry> candidates, String toponym, PlaceContext context) {
    GazetteerEntry best = candidates.get(0);
    double bestScore = Double.NEGATIVE_INFINITY;
    for (GazetteerEntry candidate : candidates) { // largest first: ties go to the larger place
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

  /** Whether the name is the primary name of a national capital ("Washington"). */
  private boolean namesCapital(String toponym) {
    return gazetteer.lookup(toponym).stream()
        .anyMatch(e -> e.featureCode().equals("PPLC") && Gazetteer.isPrimaryName(e, toponym));
  }

  /** The named parts of an entry's score, in the words the reason uses. */
  private Map<String, Double> factors(GazetteerEntry entry, String toponym, PlaceContext context) {
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
    if (!entry.isCountry()
        && !entry.isRegion()
        && !entry.isDivision()
        && Gazetteer.isPrimaryName(entry, toponym)) {
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
          break;
        }
      }
    }
    if (entry.featureCode().equals("ADM1") && !country.isEmpty()) {
      // A list of states ("Colorado, Idaho and Maine"): a name among them is a state too, not the
      // town that has it as an alternate name (Idaho Springs) or shares it (Florida, New York).
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
}
