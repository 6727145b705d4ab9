package org.herodotus.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.herodotus.place.TinyGazetteer.country;
import static org.herodotus.place.TinyGazetteer.town;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TownNamedLikeCountryTest {

  private static final GazetteerEntry KINGDOM = country("JO", "Jordan", 31.0, 36.0, 10_000_000);
  private static final GazetteerEntry TOWN =
      town("1", "Jordan", "US", "Minnesota", 44.67, -93.63, 6_000);
  private static final GazetteerEntry SHAKOPEE =
      town("2", "Shakopee", "US", "Minnesota", 44.80, -93.53, 40_000);
  private static final GazetteerEntry DULUTH =
      town("3", "Duluth", "US", "Minnesota", 46.78, -92.10, 86_000);

  private final TownNamedLikeCountry rule = new TownNamedLikeCountry();

  private static Toponym jordan(Set<String> countries, GazetteerEntry... places) {
    return new Toponym(
        "Jordan", List.of(KINGDOM, TOWN), new PlaceContext(countries, List.of(places)));
  }

  @Test
  void theTownWhenItLiesNearThePlacesOfTheArticle() {
    ResolvedPlace r = rule.apply(jordan(Set.of(), SHAKOPEE)).orElseThrow();
    assertThat(r.entry()).isEqualTo(TOWN);
    assertThat(r.reason()).isEqualTo("namesake of a country in the article's area (Minnesota, US)");
    assertThat(r.candidates()).isEqualTo(2);
  }

  @Test
  void theReasonNamesTheCountryAloneWithoutAFirstOrderDivision() {
    GazetteerEntry town = town("4", "Jordan", "US", "", 44.67, -93.63, 6_000);
    Toponym name =
        new Toponym(
            "Jordan", List.of(KINGDOM, town), new PlaceContext(Set.of(), List.of(SHAKOPEE)));
    assertThat(rule.apply(name).map(ResolvedPlace::reason))
        .contains("namesake of a country in the article's area (US)");
  }

  @Test
  void notWhenThePlacesAreFarAway() {
    assertThat(rule.apply(jordan(Set.of(), DULUTH))).isEmpty(); // about 270 km
    assertThat(TownNamedLikeCountry.LOCAL_KM).isEqualTo(100);
  }

  @Test
  void notWhenTheArticleNamesTheCountryOrAPlaceInIt() {
    assertThat(rule.apply(jordan(Set.of("JO"), SHAKOPEE))).isEmpty();
    GazetteerEntry amman = town("5", "Amman", "JO", "Amman", 31.95, 35.93, 1_300_000);
    assertThat(rule.apply(jordan(Set.of(), SHAKOPEE, amman))).isEmpty();
  }

  @Test
  void notWithoutLocalPlaces() {
    assertThat(rule.apply(jordan(Set.of("US")))).isEmpty();
  }
}
