package org.herodotus.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.herodotus.place.TinyGazetteer.capital;
import static org.herodotus.place.TinyGazetteer.county;
import static org.herodotus.place.TinyGazetteer.division;
import static org.herodotus.place.TinyGazetteer.town;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlaceScoreTest {

  private static final GazetteerEntry PARIS_FR =
      town("1", "Paris", "FR", "Ile-de-France", 48.85, 2.35, 2_000_000);
  private static final GazetteerEntry PARIS_TX =
      town("2", "Paris", "US", "Texas", 33.66, -95.55, 25_000);

  private final PlaceScore score = new PlaceScore(TinyGazetteer.empty());

  private ResolvedPlace paris(PlaceContext context) {
    return score.apply(new Toponym("Paris", List.of(PARIS_FR, PARIS_TX), context)).orElseThrow();
  }

  @Test
  void theLargestWinsWithoutContext() {
    ResolvedPlace r = paris(PlaceContext.none());
    assertThat(r.entry()).isEqualTo(PARIS_FR);
    assertThat(r.reason()).isEqualTo("largest population");
    assertThat(r.candidates()).isEqualTo(2);
  }

  @Test
  void theReasonNamesWhatBeatTheLargest() {
    ResolvedPlace r = paris(PlaceContext.ofCountries("US"));
    assertThat(r.entry()).isEqualTo(PARIS_TX);
    assertThat(r.reason()).isEqualTo("in article's country US");
  }

  @Test
  void aSharedFirstOrderDivisionCountsWhereBothShareTheCountry() {
    GazetteerEntry illinois = town("3", "Springfield", "US", "Illinois", 39.80, -89.64, 100_000);
    GazetteerEntry massachusetts =
        town("4", "Springfield", "US", "Massachusetts", 42.10, -72.59, 150_000);
    GazetteerEntry chicago = town("5", "Chicago", "US", "Illinois", 41.88, -87.63, 2_700_000);
    ResolvedPlace r =
        score
            .apply(
                new Toponym(
                    "Springfield",
                    List.of(massachusetts, illinois),
                    new PlaceContext(Set.of(), List.of(chicago))))
            .orElseThrow();
    assertThat(r.entry()).isEqualTo(illinois);
    assertThat(r.reason()).isEqualTo("same admin1 as Chicago (Illinois)");
  }

  @Test
  void theFactorsOfACapital() {
    GazetteerEntry baku = capital("6", "Baku", "AZ", 40.38, 49.89, 2_000_000);
    assertThat(score.factors(baku, "Baku", PlaceContext.ofCountries("AZ")))
        .containsExactly(
            entry("population", Math.log10(2_000_001.0)),
            entry("in article's country AZ", PlaceScore.ARTICLE_COUNTRY),
            entry("capital", PlaceScore.CAPITAL),
            entry("primary name", PlaceScore.PRIMARY_NAME));
    assertThat(score.factors(baku, "Bakou", PlaceContext.none())).doesNotContainKey("primary name");
  }

  @Test
  void aPlaceNearACountyThatReadsAnotherNameOfTheArticle() {
    GazetteerEntry parisTn = town("7", "Paris", "US", "Tennessee", 36.30, -88.33, 10_000);
    GazetteerEntry henry = county("TN.079", "Henry County", "US", "Tennessee", 36.33, -88.30);
    PlaceContext context = new PlaceContext(Set.of(), List.of(), List.of(henry));
    assertThat(score.factors(parisTn, "Paris", context))
        .containsEntry("near Henry County (Tennessee), a reading of another name", 3.0);
    assertThat(score.factors(parisTn, "Paris", PlaceContext.none()))
        .doesNotContainKey("near Henry County (Tennessee), a reading of another name");
  }

  @Test
  void aStateNamedAmongOtherStates() {
    GazetteerEntry idaho = division("ID", "Idaho", "US", 44.5, -114.5);
    PlaceContext states =
        new PlaceContext(
            Set.of(),
            List.of(
                division("CO", "Colorado", "US", 39.0, -105.5),
                division("ME", "Maine", "US", 45.5, -69.0)));
    assertThat(score.factors(idaho, "Idaho", states))
        .containsEntry("named with other first-order divisions (Colorado, Maine)", 2.0)
        .containsEntry("first-order division", -1.0);
  }

  @Test
  void aNameOfACapitalAmongStatesStaysTheCapital(@TempDir Path dir) {
    GazetteerEntry state = division("WA", "Washington", "US", 47.5, -120.5);
    PlaceScore withCapital =
        new PlaceScore(
            TinyGazetteer.of(dir, capital("8", "Washington", "US", 38.9, -77.04, 700_000), state));
    PlaceContext states =
        new PlaceContext(
            Set.of(),
            List.of(
                division("CO", "Colorado", "US", 39.0, -105.5),
                division("ME", "Maine", "US", 45.5, -69.0)));
    assertThat(withCapital.factors(state, "Washington", states).keySet())
        .noneMatch(k -> k.startsWith("named with other first-order divisions"));
  }

  @Test
  void bestPrefersTheLargerOnATie() {
    GazetteerEntry a = town("9", "Lagos", "NG", "Lagos", 6.45, 3.39, 1_000);
    GazetteerEntry b = town("10", "Lagos", "PT", "Faro", 37.1, -8.67, 1_000);
    assertThat(score.best(List.of(a, b), "Lagos", PlaceContext.none())).isEqualTo(a);
  }
}
