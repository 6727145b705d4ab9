package org.herodotus.place;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The article's focus place: the entry its resolved toponyms name most often. Countries count a
 * quarter and capitals half, because news names governments by their capitals ("Baku said") and
 * mentions countries in passing; ties go to the place mentioned first. Reason: "most mentioned
 * place (3 of 7 place mentions)", "country" or "capital" for those.
 */
final class FocusPlace {

  private FocusPlace() {}

  /** The focus of {@code mentions}; empty without places. */
  static Optional<PlaceResolver.Focus> of(List<ResolvedPlace> mentions) {
    Map<String, Double> weight = new LinkedHashMap<>();
    Map<String, Integer> count = new LinkedHashMap<>();
    Map<String, GazetteerEntry> byId = new LinkedHashMap<>();
    for (ResolvedPlace mention : mentions) {
      GazetteerEntry e = mention.entry();
      double w = e.isCountry() ? 0.25 : isCapital(e) ? 0.5 : 1.0;
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
    String kind = e.isCountry() ? "country" : isCapital(e) ? "capital" : "place";
    return Optional.of(
        new PlaceResolver.Focus(
            e,
            "most mentioned "
                + kind
                + " ("
                + count.get(best)
                + " of "
                + mentions.size()
                + " place mentions)"));
  }

  private static boolean isCapital(GazetteerEntry e) {
    return e.featureCode().equals("PPLC");
  }
}
