package org.herodotus.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShingleOverlapTest {

  @Test
  void tokensAreRunsOfWordCharacters() {
    assertThat(ShingleOverlap.tokens("Don't stop—now_ok 3.5 Kraków 서울"))
        .containsExactly("Don", "t", "stop", "now_ok", "3", "5", "Kraków", "서울");
  }

  @Test
  void countsAreMultisetOverlapOfFourTokenShinglesNormalizedBySum() {
    // gold shingles: (a b c d), (b c d e); predicted: (a b c d)
    ShingleOverlap.Counts c = ShingleOverlap.match("a b c d e", "a b, c d");
    assertThat(c.tp()).isEqualTo(0.5);
    assertThat(c.fp()).isZero();
    assertThat(c.fn()).isEqualTo(0.5);
    // a repeated shingle counts as often as it occurs: gold 1, predicted 2
    ShingleOverlap.Counts twice = ShingleOverlap.match("a b c d", "a b c d a b c d");
    // predicted shingles: abcd, bcda, cdab, dabc, abcd -> tp 1, fp 4
    assertThat(twice.tp()).isCloseTo(0.2, within(1e-12));
    assertThat(twice.fp()).isCloseTo(0.8, within(1e-12));
  }

  @Test
  void shortTextIsOneShingleOfAllItsTokens() {
    assertThat(ShingleOverlap.shingles("x y")).containsOnlyKeys(List.of(List.of("x", "y")));
    assertThat(ShingleOverlap.shingles("")).isEmpty();
  }

  @Test
  void scoresAreMeansOverDocumentsAndF1OfTheMeans() {
    ShingleOverlap.Scores s =
        ShingleOverlap.score(
            List.of(
                ShingleOverlap.match("a b c d e", "a b c d"), // P 1, R 0.5
                ShingleOverlap.match("x y", "x y"), // P 1, R 1
                ShingleOverlap.match("one two three four", ""))); // no precision, R 0
    assertThat(s.n()).isEqualTo(3);
    assertThat(s.precision()).isEqualTo(1.0);
    assertThat(s.recall()).isCloseTo(0.5, within(1e-12));
    assertThat(s.f1()).isCloseTo(2 / 3.0, within(1e-12));
  }

  @Test
  void extraTextLowersPrecisionOnly() {
    ShingleOverlap.Scores s =
        ShingleOverlap.score(
            List.of(ShingleOverlap.match("a b c d e f g h", "a b c d e f g h i j k l")));
    // gold 5 shingles all found; predicted 9 -> tp 5, fp 4
    assertThat(s.recall()).isEqualTo(1.0);
    assertThat(s.precision()).isCloseTo(5 / 9.0, within(1e-12));
  }
}
