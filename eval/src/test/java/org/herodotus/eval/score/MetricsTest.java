package org.herodotus.eval.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.herodotus.doc.Span;
import org.herodotus.eval.score.Metrics.Errors;
import org.herodotus.eval.score.Metrics.Matching;
import org.herodotus.eval.score.Metrics.Prf;
import org.junit.jupiter.api.Test;

class MetricsTest {

  @Test
  void greatCircleDistances() {
    assertThat(Metrics.distanceKm(51.5074, -0.1278, 48.8566, 2.3522)).isCloseTo(344, within(2.0));
    assertThat(Metrics.distanceKm(10, 20, 10, 20)).isZero();
    // one degree of latitude is about 111 km
    assertThat(Metrics.distanceKm(0, 0, 1, 0)).isCloseTo(111.2, within(0.2));
    // antipodes: half the circumference
    assertThat(Metrics.distanceKm(0, 0, 0, 180)).isCloseTo(20015, within(5.0));
  }

  @Test
  void accuracyWithin161KmMedianAndMean() {
    Errors e = Errors.of(List.of(0.0, 100.0, 161.0, 162.0, 1000.0));
    assertThat(e.n()).isEqualTo(5);
    assertThat(e.accuracy()).isCloseTo(0.6, within(1e-9));
    assertThat(e.medianKm()).isEqualTo(161.0);
    assertThat(e.meanKm()).isCloseTo(284.6, within(1e-9));
    assertThat(Errors.of(List.of(10.0, 30.0, 500.0, 20.0)).medianKm()).isEqualTo(25.0);
    assertThat(Errors.of(List.of()).n()).isZero();
  }

  @Test
  void aucIsZeroForPerfectAndOneForWorstErrors() {
    assertThat(Errors.of(List.of(0.0, 0.0, 0.0)).auc()).isZero();
    assertThat(Errors.of(List.of(Metrics.MAX_ERROR_KM, Metrics.MAX_ERROR_KM)).auc())
        .isCloseTo(1.0, within(1e-4));
  }

  @Test
  void prf() {
    Prf p = new Prf(8, 2, 8);
    assertThat(p.precision()).isCloseTo(0.8, within(1e-9));
    assertThat(p.recall()).isCloseTo(0.5, within(1e-9));
    assertThat(p.f1()).isCloseTo(2 * 0.8 * 0.5 / 1.3, within(1e-9));
    assertThat(Prf.zero().f1()).isZero();
    assertThat(p.plus(new Prf(1, 1, 1))).isEqualTo(new Prf(9, 3, 9));
  }

  @Test
  void matchingIsOneToOneExactFirstThenLargestOverlap() {
    List<Span> gold = List.of(Span.of(0, 10), Span.of(20, 25), Span.of(30, 40));
    List<Span> pred = List.of(Span.of(0, 4), Span.of(0, 10), Span.of(22, 28), Span.of(50, 55));
    Matching exact = Metrics.match(gold, pred, false);
    assertThat(exact.matched()).isEqualTo(1);
    Matching overlap = Metrics.match(gold, pred, true);
    assertThat(overlap.matched()).isEqualTo(2); // [0,10) exact, [20,25)~[22,28); [0,4) is spare
    assertThat(overlap.goldMatched()).containsExactly(true, true, false);
    assertThat(overlap.predictedMatched()).containsExactly(false, true, true, false);
  }

  @Test
  void onePredictionCoversOnlyOneGoldSpan() {
    List<Span> gold = List.of(Span.of(0, 5), Span.of(6, 12));
    Matching m = Metrics.match(gold, List.of(Span.of(0, 12)), true);
    assertThat(m.matched()).isEqualTo(1);
    assertThat(m.goldMatched()).containsExactly(false, true); // larger overlap wins
  }
}
