package org.herodotus.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.herodotus.place.KnownPlaces.near;
import static org.herodotus.place.KnownPlaces.place;
import static org.herodotus.place.KnownPlaces.places;
import static org.herodotus.place.KnownPlaces.toponym;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlaceScoreTest {

  private static final String COUNTY_PAIR =
      "near Henry County (Tennessee), a reading of another name";

  /** An article that has named two states of the United States. */
  private static final PlaceContext TWO_STATES = near("colorado", "maine");

  private final PlaceScore score = new PlaceScore(KnownPlaces.none());

  private ResolvedPlace paris(PlaceContext context) {
    return score.apply(toponym("Paris", context, "paris-fr", "paris-tx")).orElseThrow();
  }

  @Test
  void theLargestWinsWithoutContext() {
    assertThat(paris(PlaceContext.none()))
        .isEqualTo(new ResolvedPlace("Paris", place("paris-fr"), "largest population", 2));
  }

  @Test
  void theReasonNamesWhatBeatTheLargest() {
    assertThat(paris(PlaceContext.ofCountries("US")))
        .isEqualTo(new ResolvedPlace("Paris", place("paris-tx"), "in article's country US", 2));
  }

  @Test
  void aSharedFirstOrderDivisionCountsWhereBothShareTheCountry() {
    Toponym springfield =
        toponym("Springfield", near("chicago"), "springfield-ma", "springfield-il");
    assertThat(score.apply(springfield).map(ResolvedPlace::reason))
        .contains("same admin1 as Chicago (Illinois)");
  }

  @Test
  void theFactorsOfACapital() {
    assertThat(score.factors(place("baku"), "Baku", PlaceContext.ofCountries("AZ")))
        .containsExactly(
            entry("population", Math.log10(2_000_001.0)),
            entry("in article's country AZ", PlaceScore.ARTICLE_COUNTRY),
            entry("capital", PlaceScore.CAPITAL),
            entry("primary name", PlaceScore.PRIMARY_NAME));
    assertThat(score.factors(place("baku"), "Bakou", PlaceContext.none()))
        .doesNotContainKey("primary name");
  }

  @Test
  void aPlaceNearACountyThatReadsAnotherNameOfTheArticle() {
    PlaceContext context = new PlaceContext(Set.of(), List.of(), places("henry-county"));
    assertThat(score.factors(place("paris-tn"), "Paris", context)).containsEntry(COUNTY_PAIR, 3.0);
    assertThat(score.factors(place("paris-tn"), "Paris", PlaceContext.none()))
        .doesNotContainKey(COUNTY_PAIR);
  }

  @Test
  void aStateNamedAmongOtherStates() {
    assertThat(score.factors(place("idaho"), "Idaho", TWO_STATES))
        .containsEntry("named with other first-order divisions (Colorado, Maine)", 2.0)
        .containsEntry("first-order division", -1.0);
  }

  @Test
  void aNameOfACapitalAmongStatesStaysTheCapital(@TempDir Path dir) {
    PlaceScore withCapital =
        new PlaceScore(KnownPlaces.gazetteer(dir, "washington", "washington-state"));
    assertThat(withCapital.factors(place("washington-state"), "Washington", TWO_STATES).keySet())
        .noneMatch(k -> k.startsWith("named with other first-order divisions"));
  }

  @Test
  void bestPrefersTheLargerOnATie() {
    assertThat(score.best(places("lagos-ng", "lagos-pt"), "Lagos", PlaceContext.none()))
        .isEqualTo(place("lagos-ng"));
  }
}
