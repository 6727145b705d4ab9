package org.herodotus.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.herodotus.place.TinyGazetteer.town;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleResolutionTest {

  private static final GazetteerEntry PARIS_FR =
      town("1", "Paris", "FR", "Ile-de-France", 48.85, 2.35, 2_000_000);
  private static final GazetteerEntry PARIS_TX =
      town("2", "Paris", "US", "Texas", 33.66, -95.55, 25_000);
  private static final GazetteerEntry PLANO_TX =
      town("3", "Plano", "US", "Texas", 33.02, -96.70, 280_000);
  private static final GazetteerEntry PLANO_IL =
      town("4", "Plano", "US", "Illinois", 41.66, -88.54, 11_000);

  @TempDir Path dir;

  private List<Optional<ResolvedPlace>> resolveAll(String... names) {
    Gazetteer gazetteer = TinyGazetteer.of(dir, PARIS_FR, PARIS_TX, PLANO_TX, PLANO_IL);
    return new ArticleResolution(new PlaceResolver(gazetteer))
        .resolveAll(List.of(names), PlaceContext.none());
  }

  @Test
  void aNameEarlyInTheTextIsReadAgainWithThoseAfterIt() {
    List<Optional<ResolvedPlace>> r = resolveAll("Paris", "Plano");
    ResolvedPlace paris = r.get(0).orElseThrow();
    assertThat(paris.entry()).isEqualTo(PARIS_TX);
    assertThat(paris.reason())
        .isEqualTo("same country as Plano (US), same admin1 as Plano (Texas), near Plano");
    assertThat(r.get(1).map(ResolvedPlace::entry)).contains(PLANO_TX);
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
