package org.herodotus.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.herodotus.place.TinyGazetteer.country;
import static org.herodotus.place.TinyGazetteer.division;
import static org.herodotus.place.TinyGazetteer.town;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DivisionNamedLikeCountryTest {

  private static final GazetteerEntry GEORGIA = country("GE", "Georgia", 42.0, 43.5, 3_700_000);
  private static final GazetteerEntry STATE = division("GA", "Georgia", "US", 32.75, -83.5);
  private static final GazetteerEntry ATLANTA =
      town("1", "Atlanta", "US", "Georgia", 33.75, -84.39, 500_000);
  private static final GazetteerEntry TBILISI =
      town("2", "Tbilisi", "GE", "Tbilisi", 41.69, 44.83, 1_000_000);

  private final DivisionNamedLikeCountry rule = new DivisionNamedLikeCountry();

  private static Toponym georgia(PlaceContext context) {
    return new Toponym("Georgia", List.of(GEORGIA, STATE), context);
  }

  @Test
  void theStateWhenTheArticleIsSetInItsCountry() {
    ResolvedPlace r =
        rule.apply(georgia(new PlaceContext(Set.of(), List.of(ATLANTA)))).orElseThrow();
    assertThat(r.entry()).isEqualTo(STATE);
    assertThat(r.reason()).isEqualTo("first-order division in article's country US");
    assertThat(r.candidates()).isEqualTo(2);
    assertThat(r.toponym()).isEqualTo("Georgia");
  }

  @Test
  void aNamedCountrySetsTheArticleThereToo() {
    assertThat(rule.apply(georgia(PlaceContext.ofCountries("US"))).map(ResolvedPlace::entry))
        .contains(STATE);
  }

  @Test
  void notWhenTheArticleNamesAPlaceInTheCountry() {
    assertThat(rule.apply(georgia(new PlaceContext(Set.of(), List.of(ATLANTA, TBILISI)))))
        .isEmpty();
  }

  @Test
  void notWithoutContextNorWithoutACountryAmongTheCandidates() {
    assertThat(rule.apply(georgia(PlaceContext.none()))).isEmpty();
    assertThat(
            rule.apply(
                new Toponym(
                    "Georgia", List.of(STATE), new PlaceContext(Set.of(), List.of(ATLANTA)))))
        .isEmpty();
  }
}
