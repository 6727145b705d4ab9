package org.herodotus.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.herodotus.place.KnownPlaces.near;
import static org.herodotus.place.KnownPlaces.place;
import static org.herodotus.place.KnownPlaces.toponym;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class DivisionNamedLikeCountryTest {

  private static Optional<ResolvedPlace> georgia(PlaceContext context) {
    return new DivisionNamedLikeCountry()
        .apply(toponym("Georgia", context, "georgia", "georgia-us"));
  }

  @Test
  void theStateWhenTheArticleIsSetInItsCountry() {
    assertThat(georgia(near("atlanta")))
        .contains(
            new ResolvedPlace(
                "Georgia", place("georgia-us"), "first-order division in article's country US", 2));
    assertThat(georgia(PlaceContext.ofCountries("US")).map(ResolvedPlace::entry))
        .contains(place("georgia-us"));
  }

  @Test
  void notWhenTheArticleNamesAPlaceInTheCountry() {
    assertThat(georgia(near("atlanta", "tbilisi"))).isEmpty();
  }

  @Test
  void notWithoutContextNorWithoutACountryAmongTheCandidates() {
    assertThat(georgia(PlaceContext.none())).isEmpty();
    assertThat(
            new DivisionNamedLikeCountry().apply(toponym("Georgia", near("atlanta"), "georgia-us")))
        .isEmpty();
  }
}
