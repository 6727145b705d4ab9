package org.herodotus.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link PlaceResolver#resolveAll}, aliases and the division rules, on the bundled gazetteer. */
class ArticlePlacesTest {

  private final PlaceResolver resolver = PlaceResolver.bundled();

  private List<GazetteerEntry> resolveAll(String... toponyms) {
    return resolver.resolveAll(List.of(toponyms), PlaceContext.none()).stream()
        .map(r -> r.orElseThrow().entry())
        .toList();
  }

  @Test
  void resultsFollowInputOrderAndRepeatedNamesAgree() {
    List<Optional<ResolvedPlace>> r =
        resolver.resolveAll(
            List.of("Paris", "Texas", "paris", "Nowhereville"), PlaceContext.none());
    assertThat(r).hasSize(4);
    assertThat(r.get(0).orElseThrow().entry()).isEqualTo(r.get(2).orElseThrow().entry());
    assertThat(r.get(2).orElseThrow().toponym()).isEqualTo("paris");
    assertThat(r.get(3)).isEmpty();
  }

  @Test
  void contextFromLaterToponymsReachesEarlierOnes() {
    // Paris named before Texas: the coherence pass still picks Paris, Texas.
    List<GazetteerEntry> e = resolveAll("Paris", "Texas", "Dallas");
    assertThat(e.get(0).country()).isEqualTo("US");
    assertThat(e.get(0).admin1()).isEqualTo("Texas");
    assertThat(resolveAll("Paris", "Lyon").get(0).country()).isEqualTo("FR");
  }

  @Test
  void georgiaIsTheStateInAnAmericanArticleAndTheCountryOtherwise() {
    assertThat(resolveAll("Atlanta", "Georgia").get(1).id()).isEqualTo("admin1:US.GA");
    assertThat(resolveAll("Tbilisi", "Georgia").get(1).id()).isEqualTo("country:GE");
    assertThat(resolveAll("Georgia").get(0).id()).isEqualTo("country:GE");
  }

  @Test
  void demonymsAndAbbreviationsAreAliases() {
    assertThat(resolver.resolve("Russian").orElseThrow().entry().id()).isEqualTo("country:RU");
    assertThat(resolver.resolve("Palestinians").orElseThrow().entry().id()).isEqualTo("country:PS");
    assertThat(resolver.resolve("W.Va.").orElseThrow().entry().id()).isEqualTo("admin1:US.WV");
    assertThat(resolver.resolve("NSW").orElseThrow().entry().id()).isEqualTo("admin1:AU.02");
    assertThat(resolver.resolve("Europe").orElseThrow().entry().id()).isEqualTo("region:europe");
  }

  @Test
  void aCountyMissingFromTheGazetteerIsPlacedAtItsNamesakeInTheArticlesCountry() {
    List<Optional<ResolvedPlace>> r =
        resolver.resolveAll(List.of("London", "Kentucky", "Laurel County"), PlaceContext.none());
    ResolvedPlace county = r.get(2).orElseThrow();
    assertThat(county.entry().country()).isEqualTo("US");
    assertThat(county.reason()).startsWith("division named after");
    // Without a country to anchor it, a county is left unresolved.
    assertThat(resolver.resolve("Laurel County")).isEmpty();
  }
}
