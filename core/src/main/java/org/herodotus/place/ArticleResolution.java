package org.herodotus.place;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves the toponyms of one article together, in three passes of {@link PlaceResolver#resolve}:
 *
 * <ol>
 *   <li>names that need no context (countries, regions, names with one candidate); the countries
 *       among them join the article's countries and the places join the resolved places;
 *   <li>the other names in text order, each in the context of everything resolved before it and of
 *       the readings of the article's other names;
 *   <li>the ambiguous names again, each in the context of all the others, so that a place named
 *       early in the text also profits from what comes later.
 * </ol>
 *
 * A name repeated in the article gets the same entry each time.
 */
final class ArticleResolution {

  private final PlaceResolver resolver;

  ArticleResolution(PlaceResolver resolver) {
    this.resolver = resolver;
  }

  /** One result per toponym, in input order. */
  List<Optional<ResolvedPlace>> resolveAll(List<String> toponyms, PlaceContext context) {
    Gazetteer gazetteer = resolver.gazetteer();
    Map<String, Optional<ResolvedPlace>> byName = new HashMap<>();
    Map<String, List<GazetteerEntry>> readings = new LinkedHashMap<>();
    for (String toponym : toponyms) {
      readings.computeIfAbsent(Gazetteer.key(toponym), k -> gazetteer.lookup(toponym));
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
        Optional<ResolvedPlace> r = resolver.resolve(toponym, context);
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
          resolver.resolve(
              toponym,
              new PlaceContext(countries, places, othersReadings(readings, name, context)));
      byName.put(name, r);
      r.ifPresent(p -> remember(p.entry(), countries, places));
    }
    readAgain(toponyms, context, byName, readings);
    List<Optional<ResolvedPlace>> out = new ArrayList<>(toponyms.size());
    for (String toponym : toponyms) {
      out.add(
          byName
              .get(Gazetteer.key(toponym))
              .map(r -> new ResolvedPlace(toponym, r.entry(), r.reason(), r.candidates())));
    }
    return out;
  }

  /** The third pass: each ambiguous name in the context of all the others' readings. */
  private void readAgain(
      List<String> toponyms,
      PlaceContext context,
      Map<String, Optional<ResolvedPlace>> byName,
      Map<String, List<GazetteerEntry>> readings) {
    Set<String> settledNames = new HashSet<>();
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
          resolver.resolve(
              toponym,
              new PlaceContext(others, otherPlaces, othersReadings(readings, name, context)));
      if (again.isPresent()) {
        byName.put(name, again);
      }
      settledNames.add(name);
    }
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
}
