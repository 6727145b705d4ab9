package org.herodotus.eval.score;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.herodotus.doc.Span;
import org.herodotus.eval.corpus.GeoCorpus.Article;
import org.herodotus.eval.corpus.GeoCorpus.Dataset;
import org.herodotus.eval.corpus.GeoCorpus.Point;
import org.herodotus.eval.corpus.GeoCorpus.Toponym;
import org.herodotus.eval.score.Metrics.Errors;
import org.herodotus.eval.score.Metrics.Matching;
import org.herodotus.eval.score.Metrics.Prf;
import org.herodotus.place.GazetteerEntry;
import org.herodotus.place.PlaceContext;
import org.herodotus.place.PlaceResolver;
import org.herodotus.place.ResolvedPlace;

/**
 * Geoparsing evaluation on one gold dataset.
 *
 * <p><b>With gold toponyms</b>: the surface text of every gold toponym of an article goes to {@link
 * PlaceResolver#resolveAll} (the article's other toponyms are its context); each gold toponym with
 * coordinates gets the great-circle distance from the chosen entry to the gold point, or {@link
 * Metrics#MAX_ERROR_KM} when the gazetteer has no entry.
 *
 * <p><b>End to end</b>: a {@link Recognizer} finds place names in the article text; they are
 * matched one to one with the gold toponyms (exact spans, then overlaps) for recognition P/R/F1,
 * and resolved together with {@link PlaceResolver#resolveAll}; the errors of the matched gold
 * toponyms give the resolution accuracy, and counting unmatched gold toponyms as misses gives the
 * end-to-end accuracy. A prediction that matches no gold toponym but overlaps an ignored span
 * (GeoWebNews expressions, demonyms) is not counted.
 */
public final class GeoEvaluation {

  /** Finds place names in an article. */
  public interface Recognizer {
    List<Span> recognize(Article article);
  }

  /**
   * With gold toponyms: errors of all gold toponyms with coordinates; how many had no entry; the
   * errors split by what they resolved to, a country or anything else (unresolved included), since
   * a country's point is a convention that differs between gazetteers.
   */
  /**
   * ... and {@code areaElsewhere}: misses resolved to the very country, division or region the gold
   * names (the gold's name, a Wikipedia title or a GeoNames name, is one of the entry's names) but
   * more than 161 km from the gold point: the two gazetteers place that area differently. {@code 1
   * - areaElsewhere / n} bounds the accuracy with these points.
   */
  public record GoldGiven(
      Errors errors, int unresolved, Errors countries, Errors others, int areaElsewhere) {}

  /**
   * End to end.
   *
   * @param overlap recognition counted with overlapping spans
   * @param exact recognition counted with identical spans only
   * @param matched errors of the recognized gold toponyms that have coordinates
   * @param all errors of all gold toponyms with coordinates, unrecognized ones at the maximum
   */
  public record EndToEnd(Prf overlap, Prf exact, Errors matched, Errors all) {}

  /** One dataset's figures. */
  public record Result(
      String dataset,
      int articles,
      int toponyms,
      int withCoordinates,
      int repaired,
      int dropped,
      GoldGiven goldGiven,
      Optional<EndToEnd> endToEnd) {}

  /** One resolved toponym, for error analysis. */
  public record Detail(
      String article,
      String mode,
      String toponym,
      Point gold,
      Optional<ResolvedPlace> resolved,
      double errorKm) {

    String tsv() {
      String entry =
          resolved
              .map(
                  r ->
                      r.entry().id()
                          + "\t"
                          + r.entry().name()
                          + "\t"
                          + r.entry().featureCode()
                          + "\t"
                          + r.entry().country()
                          + "\t"
                          + r.reason()
                          + "\t"
                          + r.candidates())
              .orElse("-\t-\t-\t-\tno entry\t0");
      return String.format(
          Locale.ROOT,
          "%s\t%s\t%s\t%.0f\t%.3f,%.3f\t%s",
          article,
          mode,
          toponym,
          errorKm,
          gold.lat(),
          gold.lon(),
          entry);
    }
  }

  private final PlaceResolver resolver;
  private final Consumer<Detail> details;

  public GeoEvaluation(PlaceResolver resolver, Consumer<Detail> details) {
    this.resolver = resolver;
    this.details = details;
  }

  public GeoEvaluation(PlaceResolver resolver) {
    this(resolver, d -> {});
  }

  /** A detail sink writing TSV lines. */
  public static Consumer<Detail> tsv(PrintWriter out) {
    out.println(
        "article\tmode\ttoponym\terror_km\tgold\tentry\tname\tfcode\tcountry\treason\tcandidates");
    return d -> out.println(d.tsv());
  }

  /** With gold toponyms only. */
  public Result evaluate(Dataset dataset) {
    return evaluate(dataset, Optional.empty(), a -> {});
  }

  /** With gold toponyms and, when a recognizer is given, end to end. */
  public Result evaluate(
      Dataset dataset, Optional<Recognizer> recognizer, Consumer<Article> progress) {
    List<Double> gold = new ArrayList<>();
    List<Double> countries = new ArrayList<>();
    List<Double> others = new ArrayList<>();
    int unresolved = 0;
    int areaElsewhere = 0;
    Prf overlap = Prf.zero();
    Prf exact = Prf.zero();
    List<Double> matched = new ArrayList<>();
    List<Double> all = new ArrayList<>();
    int withCoordinates = 0;
    for (Article article : dataset.articles()) {
      List<String> names = new ArrayList<>();
      for (Toponym t : article.toponyms()) {
        names.add(t.span().slice(article.text()));
      }
      List<Optional<ResolvedPlace>> resolved = resolver.resolveAll(names, PlaceContext.none());
      for (int i = 0; i < names.size(); i++) {
        Toponym t = article.toponyms().get(i);
        if (t.point().isEmpty()) {
          continue;
        }
        withCoordinates++;
        double e = error(t.point().get(), resolved.get(i));
        unresolved += resolved.get(i).isEmpty() ? 1 : 0;
        gold.add(e);
        boolean country = resolved.get(i).map(r -> r.entry().isCountry()).orElse(false);
        (country ? countries : others).add(e);
        if (e > Metrics.TOLERANCE_KM && sameAreaByName(t, resolved.get(i))) {
          areaElsewhere++;
        }
        details.accept(
            new Detail(article.id(), "gold", names.get(i), t.point().get(), resolved.get(i), e));
      }
      if (recognizer.isPresent()) {
        EndToEndCounts c = endToEnd(article, recognizer.get().recognize(article));
        overlap = overlap.plus(c.overlap);
        exact = exact.plus(c.exact);
        matched.addAll(c.matched);
        all.addAll(c.all);
      }
      progress.accept(article);
    }
    Optional<EndToEnd> e2e =
        recognizer.isPresent()
            ? Optional.of(new EndToEnd(overlap, exact, Errors.of(matched), Errors.of(all)))
            : Optional.empty();
    return new Result(
        dataset.name().label,
        dataset.articles().size(),
        dataset.toponyms(),
        withCoordinates,
        dataset.repaired(),
        dataset.dropped(),
        new GoldGiven(
            Errors.of(gold), unresolved, Errors.of(countries), Errors.of(others), areaElsewhere),
        e2e);
  }

  /** The entry is an area (country, division, region) and the gold's name is one of its names. */
  boolean sameAreaByName(Toponym t, Optional<ResolvedPlace> resolved) {
    if (t.goldName().isEmpty() || resolved.isEmpty()) {
      return false;
    }
    GazetteerEntry entry = resolved.get().entry();
    boolean area = entry.featureClass().equals("A") || entry.isRegion();
    return area
        && resolver.gazetteer().lookup(t.goldName().get()).stream()
            .anyMatch(e -> e.id().equals(entry.id()));
  }

  record EndToEndCounts(Prf overlap, Prf exact, List<Double> matched, List<Double> all) {}

  /** Scores one article's predicted place spans against its gold. */
  EndToEndCounts endToEnd(Article article, List<Span> predictedRaw) {
    List<Span> goldSpans = article.toponyms().stream().map(Toponym::span).toList();
    // Predictions that match no gold toponym but overlap an ignored span do not count.
    Matching first = Metrics.match(goldSpans, predictedRaw, true);
    List<Span> predicted = new ArrayList<>();
    for (int j = 0; j < predictedRaw.size(); j++) {
      Span p = predictedRaw.get(j);
      if (!first.predictedMatched()[j] && article.ignored().stream().anyMatch(p::overlaps)) {
        continue;
      }
      predicted.add(p);
    }
    Matching m = Metrics.match(goldSpans, predicted, true);
    Prf overlap =
        new Prf(m.matched(), predicted.size() - m.matched(), goldSpans.size() - m.matched());
    int same = 0;
    for (int[] pair : m.pairs()) {
      same += goldSpans.get(pair[0]).equals(predicted.get(pair[1])) ? 1 : 0;
    }
    Prf exact = new Prf(same, predicted.size() - same, goldSpans.size() - same);
    List<String> names = predicted.stream().map(s -> s.slice(article.text())).toList();
    List<Optional<ResolvedPlace>> resolved = resolver.resolveAll(names, PlaceContext.none());
    Integer[] predictionOf = new Integer[goldSpans.size()];
    for (int[] pair : m.pairs()) {
      predictionOf[pair[0]] = pair[1];
    }
    List<Double> matched = new ArrayList<>();
    List<Double> all = new ArrayList<>();
    for (int i = 0; i < goldSpans.size(); i++) {
      Toponym t = article.toponyms().get(i);
      if (t.point().isEmpty()) {
        continue;
      }
      if (predictionOf[i] == null) {
        all.add(Metrics.MAX_ERROR_KM);
        continue;
      }
      Optional<ResolvedPlace> r = resolved.get(predictionOf[i]);
      double e = error(t.point().get(), r);
      matched.add(e);
      all.add(e);
      details.accept(
          new Detail(article.id(), "e2e", names.get(predictionOf[i]), t.point().get(), r, e));
    }
    return new EndToEndCounts(overlap, exact, matched, all);
  }

  static double error(Point gold, Optional<ResolvedPlace> resolved) {
    return resolved
        .map(r -> Metrics.distanceKm(gold.lat(), gold.lon(), r.entry().lat(), r.entry().lon()))
        .orElse(Metrics.MAX_ERROR_KM);
  }
}
