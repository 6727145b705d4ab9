package org.herodotus.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.herodotus.place.KnownPlaces.place;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleResolutionTest {

  @TempDir Path dir;

  private List<Optional<ResolvedPlace>> resolveAll(String... names) {
    Gazetteer gazetteer =
        KnownPlaces.gazetteer(dir, "paris-fr", "paris-tx", "plano-tx", "plano-il");
    return new ArticleResolution(new PlaceResolver(gazetteer))
        .resolveAll(List.of(names), PlaceContext.none());
  }

  @Test
  void aNameEarlyInTheTextIsReadAgainWithThoseAfterIt() {
    List<Optional<ResolvedPlace>> r = resolveAll("Paris", "Plano");
    assertThat(r.get(0))
        .contains(
            new ResolvedPlace(
                "Paris",
                place("paris-tx"),
                "same country as Plano (US), same admin1 as Plano (Texas), near Plano",
                2));
    assertThat(r.get(1).map(ResolvedPlace::entry)).contains(place("plano-tx"));
  }

  @Test
  void aRepeatedNameGetsTheSameEntryAndKeepsItsSpelling() {
    List<Optional<ResolvedPlace>> r = resolveAll("Plano", "Paris", "PLANO");
    assertThat(r.get(2).map(ResolvedPlace::entry)).isEqualTo(r.get(0).map(ResolvedPlace::entry));
    assertThat(r.get(2).map(ResolvedPlace::toponym)).contains("PLANO");
  }

  @Test
  void anUnknownNameStaysEmptyInItsPlace() {
    List<Optional<ResolvedPlace>> r = resolveAll("Atlantis", "Paris");
    assertThat(r).hasSize(2);
    assertThat(r.get(0)).isEmpty();
    assertThat(r.get(1).map(ResolvedPlace::reason)).contains("largest population");
  }
}
