package org.herodotus.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.herodotus.place.KnownPlaces.place;
import static org.herodotus.place.KnownPlaces.toponym;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlainReadingTest {

  private static Optional<ResolvedPlace> apply(String name, String... candidates) {
    return new PlainReading(new PlaceScore(KnownPlaces.none()))
        .apply(toponym(name, PlaceContext.none(), candidates));
  }

  @Test
  void aCountryNameIsTheCountry() {
    assertThat(apply("Armenia", "armenia", "armenia-co"))
        .contains(new ResolvedPlace("Armenia", place("armenia"), "country name", 2));
  }

  @Test
  void aRegionOfTheRegionsFileIsTheRegion() {
    assertThat(apply("Karabakh", "qarah-bagh", "karabakh"))
        .contains(
            new ResolvedPlace(
                "Karabakh", place("karabakh"), "region from Herodotus regions file", 2));
  }

  @Test
  void aNameWithOneEntryIsThatEntry() {
    assertThat(apply("Yevlakh", "yevlakh"))
        .contains(new ResolvedPlace("Yevlakh", place("yevlakh"), "only candidate", 1));
  }

  @Test
  void severalTownsAreLeftToTheScore() {
    assertThat(apply("Paris", "paris-fr", "paris-tx")).isEmpty();
  }
}
