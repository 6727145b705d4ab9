package org.herodotus.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.herodotus.place.TinyGazetteer.county;
import static org.herodotus.place.TinyGazetteer.town;

import java.util.List;
import org.junit.jupiter.api.Test;

class DivisionOfNamedCountryTest {

  private static final GazetteerEntry CITY =
      town("1", "Suffolk", "US", "Virginia", 36.73, -76.58, 90_000);
  private static final GazetteerEntry COUNTY =
      county("ENG.J1", "Suffolk", "GB", "England", 52.17, 1.0);

  private final DivisionOfNamedCountry rule =
      new DivisionOfNamedCountry(new PlaceScore(TinyGazetteer.empty()));

  private static Toponym suffolk(PlaceContext context, GazetteerEntry... more) {
    List<GazetteerEntry> candidates = new java.util.ArrayList<>(List.of(CITY, COUNTY));
    candidates.addAll(List.of(more));
    return new Toponym("Suffolk", candidates, context);
  }

  @Test
  void theCountyOfTheNamedCountryWinsOverTheCityAbroad() {
    ResolvedPlace r = rule.apply(suffolk(PlaceContext.ofCountries("GB"))).orElseThrow();
    assertThat(r.entry()).isEqualTo(COUNTY);
    assertThat(r.reason())
        .isEqualTo("division of the article's country GB (no place of that name there)");
    assertThat(r.candidates()).isEqualTo(2);
  }

  @Test
  void notWhenTheCountryHasATownOfTheName() {
    GazetteerEntry town = town("2", "Suffolk", "GB", "England", 52.0, 1.1, 500);
    assertThat(rule.apply(suffolk(PlaceContext.ofCountries("GB"), town))).isEmpty();
  }

  @Test
  void notWithoutANamedCountryOrWithTheWrongOne() {
    assertThat(rule.apply(suffolk(PlaceContext.none()))).isEmpty();
    assertThat(rule.apply(suffolk(PlaceContext.ofCountries("FR")))).isEmpty();
  }

  @Test
  void notForAnAlternateName() {
    Toponym name = new Toponym("Suffolk County", List.of(COUNTY), PlaceContext.ofCountries("GB"));
    assertThat(rule.apply(name)).isEmpty();
  }
}
