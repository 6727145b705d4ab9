package org.herodotus.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.herodotus.place.KnownPlaces.place;
import static org.herodotus.place.KnownPlaces.toponym;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class DivisionOfNamedCountryTest {

  private static Optional<ResolvedPlace> apply(Toponym toponym) {
    return new DivisionOfNamedCountry(new PlaceScore(KnownPlaces.none())).apply(toponym);
  }

  private static Optional<ResolvedPlace> suffolk(PlaceContext context) {
    return apply(toponym("Suffolk", context, "suffolk-va", "suffolk-gb"));
  }

  @Test
  void theCountyOfTheNamedCountryWinsOverTheCityAbroad() {
    assertThat(suffolk(PlaceContext.ofCountries("GB")))
        .contains(
            new ResolvedPlace(
                "Suffolk",
                place("suffolk-gb"),
                "division of the article's country GB (no place of that name there)",
                2));
  }

  @Test
  void notWhenTheCountryHasATownOfTheName() {
    assertThat(
            apply(
                toponym(
                    "Suffolk",
                    PlaceContext.ofCountries("GB"),
                    "suffolk-va",
                    "suffolk-gb",
                    "suffolk-town-gb")))
        .isEmpty();
  }

  @Test
  void notWithoutANamedCountryOrWithTheWrongOne() {
    assertThat(suffolk(PlaceContext.none())).isEmpty();
    assertThat(suffolk(PlaceContext.ofCountries("FR"))).isEmpty();
  }

  @Test
  void notForAnAlternateName() {
    assertThat(apply(toponym("Suffolk County", PlaceContext.ofCountries("GB"), "suffolk-gb")))
        .isEmpty();
  }
}
