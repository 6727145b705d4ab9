package org.herodotus.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.herodotus.place.KnownPlaces.near;
import static org.herodotus.place.KnownPlaces.place;
import static org.herodotus.place.KnownPlaces.places;
import static org.herodotus.place.KnownPlaces.toponym;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TownNamedLikeCountryTest {

  private static Optional<ResolvedPlace> jordan(String town, PlaceContext context) {
    return new TownNamedLikeCountry().apply(toponym("Jordan", context, "jordan", town));
  }

  @Test
  void theTownWhenItLiesNearThePlacesOfTheArticle() {
    assertThat(jordan("jordan-mn", near("shakopee")))
        .contains(
            new ResolvedPlace(
                "Jordan",
                place("jordan-mn"),
                "namesake of a country in the article's area (Minnesota, US)",
                2));
  }

  @Test
  void theReasonNamesTheCountryAloneWithoutAFirstOrderDivision() {
    assertThat(jordan("jordan-us", near("shakopee")).map(ResolvedPlace::reason))
        .contains("namesake of a country in the article's area (US)");
  }

  @Test
  void notWhenThePlacesAreFarAway() {
    assertThat(jordan("jordan-mn", near("duluth"))).isEmpty(); // about 270 km
    assertThat(TownNamedLikeCountry.LOCAL_KM).isEqualTo(100);
  }

  @Test
  void notWhenTheArticleNamesTheCountryOrAPlaceInIt() {
    assertThat(jordan("jordan-mn", new PlaceContext(Set.of("JO"), places("shakopee")))).isEmpty();
    assertThat(jordan("jordan-mn", near("shakopee", "amman"))).isEmpty();
  }

  @Test
  void notWithoutLocalPlaces() {
    assertThat(jordan("jordan-mn", PlaceContext.ofCountries("US"))).isEmpty();
  }
}
