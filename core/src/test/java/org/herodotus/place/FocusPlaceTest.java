package org.herodotus.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.herodotus.place.KnownPlaces.place;
import static org.herodotus.place.KnownPlaces.places;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FocusPlaceTest {

  private static Optional<PlaceResolver.Focus> focus(String... mentions) {
    List<ResolvedPlace> out = new ArrayList<>();
    for (GazetteerEntry e : places(mentions)) {
      out.add(new ResolvedPlace(e.name(), e, "test", 1));
    }
    return FocusPlace.of(out);
  }

  @Test
  void countriesCountAQuarterAndCapitalsHalf() {
    assertThat(focus("azerbaijan", "azerbaijan", "azerbaijan", "baku", "yevlakh"))
        .contains(
            new PlaceResolver.Focus(
                place("yevlakh"), "most mentioned place (1 of 5 place mentions)"));
  }

  @Test
  void theReasonSaysWhatKindOfPlaceWon() {
    assertThat(focus("baku", "baku", "azerbaijan").map(PlaceResolver.Focus::reason))
        .contains("most mentioned capital (2 of 3 place mentions)");
    assertThat(focus("azerbaijan").map(PlaceResolver.Focus::reason))
        .contains("most mentioned country (1 of 1 place mentions)");
  }

  @Test
  void aTieGoesToThePlaceMentionedFirst() {
    assertThat(focus("ganja", "yevlakh").map(PlaceResolver.Focus::entry)).contains(place("ganja"));
    assertThat(focus()).isEmpty();
  }
}
