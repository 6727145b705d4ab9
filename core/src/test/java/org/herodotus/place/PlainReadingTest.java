package org.herodotus.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.herodotus.place.TinyGazetteer.country;
import static org.herodotus.place.TinyGazetteer.region;
import static org.herodotus.place.TinyGazetteer.town;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlainReadingTest {

  private final PlainReading rule = new PlainReading(new PlaceScore(TinyGazetteer.empty()));

  private ResolvedPlace apply(String name, GazetteerEntry... candidates) {
    return rule.apply(new Toponym(name, List.of(candidates), PlaceContext.none())).orElseThrow();
  }

  @Test
  void aCountryNameIsTheCountry() {
    GazetteerEntry armenia = country("AM", "Armenia", 40.0, 45.0, 3_000_000);
    GazetteerEntry town = town("1", "Armenia", "CO", "Quindio", 4.53, -75.68, 300_000);
    ResolvedPlace r = apply("Armenia", armenia, town);
    assertThat(r.entry()).isEqualTo(armenia);
    assertThat(r.reason()).isEqualTo("country name");
    assertThat(r.candidates()).isEqualTo(2);
  }

  @Test
  void aRegionOfTheRegionsFileIsTheRegion() {
    GazetteerEntry karabakh = region("nagorno-karabakh", "Nagorno-Karabakh", "AZ", 39.8, 46.75);
    GazetteerEntry qarahBagh = town("2", "Qarah Bagh", "AF", "Ghazni", 33.2, 68.1, 20_000);
    ResolvedPlace r = apply("Karabakh", qarahBagh, karabakh);
    assertThat(r.entry()).isEqualTo(karabakh);
    assertThat(r.reason()).isEqualTo("region from Herodotus regions file");
  }

  @Test
  void aNameWithOneEntryIsThatEntry() {
    GazetteerEntry yevlakh = town("3", "Yevlakh", "AZ", "Yevlakh", 40.62, 47.15, 60_000);
    ResolvedPlace r = apply("Yevlakh", yevlakh);
    assertThat(r.entry()).isEqualTo(yevlakh);
    assertThat(r.reason()).isEqualTo("only candidate");
    assertThat(r.candidates()).isEqualTo(1);
  }

  @Test
  void severalTownsAreLeftToTheScore() {
    Toponym name =
        new Toponym(
            "Paris",
            List.of(
                town("4", "Paris", "FR", "Ile-de-France", 48.85, 2.35, 2_000_000),
                town("5", "Paris", "US", "Texas", 33.66, -95.55, 25_000)),
            PlaceContext.none());
    assertThat(rule.apply(name)).isEmpty();
  }
}
