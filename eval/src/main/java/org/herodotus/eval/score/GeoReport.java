package org.herodotus.eval.score;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.herodotus.eval.score.GeoEvaluation.Result;
import org.herodotus.eval.score.Metrics.Errors;
import org.herodotus.eval.score.Metrics.Prf;

/** Tables and JSON for geoparsing results. */
public final class GeoReport {

  private GeoReport() {}

  /** A plain-text table, one row per dataset and mode. */
  public static String table(List<Result> results) {
    StringBuilder b = new StringBuilder();
    b.append("With gold toponyms (resolution only)\n");
    b.append(
        String.format(
            Locale.ROOT,
            "%-11s %5s %6s %6s %7s %9s %9s %6s %8s %6s %7s %6s %7s %9s %7s%n",
            "dataset",
            "docs",
            "gold",
            "coords",
            "acc161",
            "median",
            "mean",
            "AUC",
            "no-entry",
            "ctry-n",
            "ctryAcc",
            "oth-n",
            "othAcc",
            "area-else",
            "ceiling"));
    for (Result r : results) {
      Errors e = r.goldGiven().errors();
      b.append(
          String.format(
              Locale.ROOT,
              "%-11s %5d %6d %6d %7.3f %9.1f %9.1f %6.3f %8d %6d %7.3f %6d %7.3f %9d %7.3f%n",
              r.dataset(),
              r.articles(),
              r.toponyms(),
              r.withCoordinates(),
              e.accuracy(),
              e.medianKm(),
              e.meanKm(),
              e.auc(),
              r.goldGiven().unresolved(),
              r.goldGiven().countries().n(),
              r.goldGiven().countries().accuracy(),
              r.goldGiven().others().n(),
              r.goldGiven().others().accuracy(),
              r.goldGiven().areaElsewhere(),
              e.n() == 0 ? 0.0 : 1.0 - (double) r.goldGiven().areaElsewhere() / e.n()));
    }
    b.append(
        "ctry: gold toponyms resolved to a country (whose point is a gazetteer convention);"
            + " oth: all others, unresolved included.\n"
            + "area-else: misses resolved to the very country, division or region the gold names"
            + " (its Wikipedia title or GeoNames name is a name of the entry), placed more than"
            + " 161 km from the gold's point; ceiling: the accuracy if every other toponym were"
            + " right.\n");
    if (results.stream().anyMatch(r -> r.endToEnd().isPresent())) {
      b.append("\nEnd to end (pipeline recognition + resolution)\n");
      b.append(
          String.format(
              Locale.ROOT,
              "%-11s %5s %6s %6s %6s %6s %6s %6s %6s %7s %9s %8s%n",
              "dataset",
              "docs",
              "P",
              "R",
              "F1",
              "exP",
              "exR",
              "exF1",
              "n",
              "acc161",
              "median",
              "e2eAcc"));
      for (Result r : results) {
        if (r.endToEnd().isEmpty()) {
          continue;
        }
        GeoEvaluation.EndToEnd e = r.endToEnd().get();
        b.append(
            String.format(
                Locale.ROOT,
                "%-11s %5d %6.3f %6.3f %6.3f %6.3f %6.3f %6.3f %6d %7.3f %9.1f %8.3f%n",
                r.dataset(),
                r.articles(),
                e.overlap().precision(),
                e.overlap().recall(),
                e.overlap().f1(),
                e.exact().precision(),
                e.exact().recall(),
                e.exact().f1(),
                e.matched().n(),
                e.matched().accuracy(),
                e.matched().medianKm(),
                e.all().accuracy()));
      }
      b.append(
          "\nP/R/F1: one-to-one overlap matching; exP/exR/exF1: identical spans. n, acc161, median:"
              + " recognized gold toponyms with coordinates. e2eAcc: acc161 over all gold"
              + " toponyms with coordinates (unrecognized = miss).\n");
    }
    return b.toString();
  }

  /** The results as JSON-ready maps. */
  public static List<Map<String, Object>> json(List<Result> results) {
    return results.stream().map(GeoReport::json).toList();
  }

  static Map<String, Object> json(Result r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("dataset", r.dataset());
    m.put("articles", r.articles());
    m.put("goldToponyms", r.toponyms());
    m.put("withCoordinates", r.withCoordinates());
    m.put("offsetsRepaired", r.repaired());
    m.put("toponymsDropped", r.dropped());
    Map<String, Object> g = errors(r.goldGiven().errors());
    g.put("noEntry", r.goldGiven().unresolved());
    g.put("resolvedToCountry", errors(r.goldGiven().countries()));
    g.put("resolvedToOther", errors(r.goldGiven().others()));
    g.put("sameAreaElsewhere", r.goldGiven().areaElsewhere());
    m.put("goldToponyms_resolution", g);
    r.endToEnd()
        .ifPresent(
            e -> {
              Map<String, Object> x = new LinkedHashMap<>();
              x.put("recognitionOverlap", prf(e.overlap()));
              x.put("recognitionExact", prf(e.exact()));
              x.put("resolutionOfRecognized", errors(e.matched()));
              x.put("resolutionOfAllGold", errors(e.all()));
              m.put("endToEnd", x);
            });
    return m;
  }

  public static Map<String, Object> prf(Prf p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("tp", p.tp());
    m.put("fp", p.fp());
    m.put("fn", p.fn());
    m.put("precision", round(p.precision()));
    m.put("recall", round(p.recall()));
    m.put("f1", round(p.f1()));
    return m;
  }

  static Map<String, Object> errors(Errors e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("n", e.n());
    m.put("accuracy161km", round(e.accuracy()));
    m.put("medianKm", Math.round(e.medianKm() * 10) / 10.0);
    m.put("meanKm", Math.round(e.meanKm() * 10) / 10.0);
    m.put("auc", round(e.auc()));
    return m;
  }

  static double round(double x) {
    return Math.round(x * 10000) / 10000.0;
  }
}
