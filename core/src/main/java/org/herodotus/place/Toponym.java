package org.herodotus.place;

import java.util.List;
import java.util.Optional;

/**
 * A place name being resolved, as {@link PlaceResolver} hands it from rule to rule: the name as
 * written, its gazetteer candidates (largest population first) and what the article already says
 * about where it is.
 */
record Toponym(String name, List<GazetteerEntry> candidates, PlaceContext context) {

  Toponym {
    candidates = List.copyOf(candidates);
  }

  /** The candidates that are countries. */
  List<GazetteerEntry> countries() {
    return candidates.stream().filter(GazetteerEntry::isCountry).toList();
  }

  /** Whether one of the candidates is a country. */
  boolean namesCountry() {
    return candidates.stream().anyMatch(GazetteerEntry::isCountry);
  }

  /** The name resolved to {@code entry} for {@code reason}, out of all its candidates. */
  Optional<ResolvedPlace> as(GazetteerEntry entry, String reason) {
    return Optional.of(new ResolvedPlace(name, entry, reason, candidates.size()));
  }
}
