package org.herodotus.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.herodotus.place.TinyGazetteer.capital;
import static org.herodotus.place.TinyGazetteer.country;
import static org.herodotus.place.TinyGazetteer.town;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FocusPlaceTest {

  private static final GazetteerEntry AZERBAIJAN =
      country("AZ", "Azerbaijan", 40.5, 47.5, 10_000_000);
  private static final GazetteerEntry BAKU = capital("1", "Baku", "AZ", 40.38, 49.89, 2_000_000);
  private static final GazetteerEntry YEVLAKH =
      town("2", "Yevlakh", "AZ", "Yevlakh", 40.62, 47.15, 60_000);

  private static List<ResolvedPlace> mentions(GazetteerEntry... entries) {
    List<ResolvedPlace> out = new ArrayList<>();
    for (GazetteerEntry e : entries) {
      out.add(new ResolvedPlace(e.name(), e, "test", 1));
    }
    return out;
  }

  @Test
  void countriesCountAQuarterAndCapitalsHalf() {
    PlaceResolver.Focus focus =
        FocusPlace.of(mentions(AZERBAIJAN, AZERBAIJAN, AZERBAIJAN, BAKU, YEVLAKH)).orElseThrow();
    assertThat(focus.entry()).isEqualTo(YEVLAKH);
    assertThat(focus.reason()).isEqualTo("most mentioned place (1 of 5 place mentions)");
  }

  @Test
  void theReasonSaysWhatKindOfPlaceWon() {
    assertThat(FocusPlace.of(mentions(BAKU, BAKU, AZERBAIJAN)).map(PlaceResolver.Focus::reason))
        .contains("most mentioned capital (2 of 3 place mentions)");
    assertThat(FocusPlace.of(mentions(AZERBAIJAN)).map(PlaceResolver.Focus::reason))
        .contains("most mentioned country (1 of 1 place mentions)");
  }

  @Test
  void aTieGoesToThePlaceMentionedFirst() {
    GazetteerEntry other = town("3", "Ganja", "AZ", "Ganja", 40.68, 46.36, 330_000);
    assertThat(FocusPlace.of(mentions(other, YEVLAKH)).map(PlaceResolver.Focus::entry))
        .contains(other);
    assertThat(FocusPlace.of(List.of())).isEmpty();
  }
}
