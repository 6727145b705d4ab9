package org.herodotus.place;

import java.util.List;
import java.util.Set;

/**
 * What the article already says about where it is: the ISO2 codes of countries it mentions and the
 * places already resolved in it.
 */
public record PlaceContext(Set<String> countries, List<GazetteerEntry> places) {

  public PlaceContext {
    countries = Set.copyOf(countries);
    places = List.copyOf(places);
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
    return new PlaceContext(countries, more);
  }
}
