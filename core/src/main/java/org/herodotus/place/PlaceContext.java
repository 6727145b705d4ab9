package org.herodotus.place;

import java.util.List;
import java.util.Set;

/**
 * What the article already says about where it is: the ISO2 codes of countries it mentions, the
 * places already resolved in it, and the possible readings (gazetteer candidates) of its other
 * place names, resolved or not.
 */
public record PlaceContext(
    Set<String> countries, List<GazetteerEntry> places, List<GazetteerEntry> namesakes) {

  public PlaceContext {
    countries = Set.copyOf(countries);
    places = List.copyOf(places);
    namesakes = List.copyOf(namesakes);
  }

  /** Context of mentioned countries and resolved places, without the other names' readings. */
  public PlaceContext(Set<String> countries, List<GazetteerEntry> places) {
    this(countries, places, List.of());
  }

  /** No context. */
  public static PlaceContext none() {
    return new PlaceContext(Set.of(), List.of());
  }

  /** Context of mentioned countries only. */
  public static PlaceContext ofCountries(String... iso2) {
    return new PlaceContext(Set.of(iso2), List.of());
  }

  /** This context with one more resolved place. */
  public PlaceContext with(GazetteerEntry place) {
    List<GazetteerEntry> more = new java.util.ArrayList<>(places);
    more.add(place);
    return new PlaceContext(countries, more, namesakes);
  }

  /** The countries the article is set in: those it names and those of its resolved places. */
  Set<String> settingCountries() {
    Set<String> out = new java.util.LinkedHashSet<>(countries);
    for (GazetteerEntry p : places) {
      if (!p.country().isEmpty()) {
        out.add(p.country());
      }
    }
    return out;
  }

  /** This context with the possible readings of the article's other names. */
  public PlaceContext withNamesakes(List<GazetteerEntry> readings) {
    return new PlaceContext(countries, places, readings);
  }
}
