package org.herodotus.eval.score;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.herodotus.doc.Span;

/** The measures the evaluations share: counts to P/R/F1, span matching, geocoding errors. */
public final class Metrics {

  /** Mean Earth radius, km. */
  static final double EARTH_RADIUS_KM = 6371.0;

  /** Half the Earth's circumference: the error charged for a toponym left unresolved. */
  public static final double MAX_ERROR_KM = 20039.0;

  /** The usual tolerance of geocoding evaluations (100 miles). */
  public static final double TOLERANCE_KM = 161.0;

  private Metrics() {}

  /** True positives, false positives and false negatives, with the ratios they give. */
  public record Prf(int tp, int fp, int fn) {
    public double precision() {
      return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    }

    public double recall() {
      return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public Prf plus(Prf o) {
      return new Prf(tp + o.tp, fp + o.fp, fn + o.fn);
    }

    public static Prf zero() {
      return new Prf(0, 0, 0);
    }
  }

  /** Great-circle distance between two points given in degrees, km (haversine). */
  public static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
    double p1 = Math.toRadians(lat1);
    double p2 = Math.toRadians(lat2);
    double dp = p2 - p1;
    double dl = Math.toRadians(lon2 - lon1);
    double h =
        Math.sin(dp / 2) * Math.sin(dp / 2)
            + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
  }

  /**
   * Summary of geocoding errors (km).
   *
   * @param n number of errors
   * @param accuracy share of errors within {@link #TOLERANCE_KM}
   * @param auc area under the curve of sorted ln(1 + km), normalised by ln(20039) and the number of
   *     steps, as in Gritta et al. (0 perfect, 1 worst)
   */
  public record Errors(int n, double accuracy, double medianKm, double meanKm, double auc) {

    public static Errors of(List<Double> errorsKm) {
      int n = errorsKm.size();
      if (n == 0) {
        return new Errors(0, 0, 0, 0, 0);
      }
      double[] e = errorsKm.stream().mapToDouble(Double::doubleValue).sorted().toArray();
      int within = 0;
      double sum = 0;
      for (double x : e) {
        within += x <= TOLERANCE_KM ? 1 : 0;
        sum += x;
      }
      double median = n % 2 == 1 ? e[n / 2] : (e[n / 2 - 1] + e[n / 2]) / 2;
      return new Errors(n, (double) within / n, median, sum / n, auc(e));
    }

    static double auc(double[] sortedKm) {
      int n = sortedKm.length;
      double[] y = Arrays.stream(sortedKm).map(Math::log1p).toArray();
      if (n == 1) {
        return y[0] / Math.log(MAX_ERROR_KM);
      }
      double area = 0;
      for (int i = 0; i + 1 < n; i++) {
        area += (y[i] + y[i + 1]) / 2;
      }
      return area / (Math.log(MAX_ERROR_KM) * (n - 1));
    }
  }

  /** A one-to-one pairing of gold and predicted spans: index pairs into the two lists. */
  public record Matching(List<int[]> pairs, boolean[] goldMatched, boolean[] predictedMatched) {
    public int matched() {
      return pairs.size();
    }
  }

  /**
   * Pairs gold and predicted spans one to one: identical spans first, then overlapping ones, larger
   * overlaps first (ties to the earlier gold, then the earlier prediction).
   */
  public static Matching match(List<Span> gold, List<Span> predicted, boolean overlap) {
    boolean[] g = new boolean[gold.size()];
    boolean[] p = new boolean[predicted.size()];
    List<int[]> pairs = new ArrayList<>();
    for (int i = 0; i < gold.size(); i++) {
      for (int j = 0; j < predicted.size(); j++) {
        if (!p[j] && gold.get(i).equals(predicted.get(j))) {
          g[i] = true;
          p[j] = true;
          pairs.add(new int[] {i, j});
          break;
        }
      }
    }
    if (overlap) {
      List<int[]> candidates = new ArrayList<>();
      for (int i = 0; i < gold.size(); i++) {
        if (g[i]) {
          continue;
        }
        for (int j = 0; j < predicted.size(); j++) {
          if (!p[j] && gold.get(i).overlaps(predicted.get(j))) {
            Span a = gold.get(i);
            Span b = predicted.get(j);
            int common = Math.min(a.end(), b.end()) - Math.max(a.start(), b.start());
            candidates.add(new int[] {i, j, common});
          }
        }
      }
      candidates.sort(
          Comparator.<int[]>comparingInt(c -> -c[2])
              .thenComparingInt(c -> c[0])
              .thenComparingInt(c -> c[1]));
      for (int[] c : candidates) {
        if (!g[c[0]] && !p[c[1]]) {
          g[c[0]] = true;
          p[c[1]] = true;
          pairs.add(new int[] {c[0], c[1]});
        }
      }
    }
    return new Matching(pairs, g, p);
  }
}
