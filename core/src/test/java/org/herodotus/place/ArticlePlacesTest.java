package org.herodotus.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
  void countiesAreSecondOrderDivisions() {
    List<GazetteerEntry> e = resolveAll("London", "Kentucky", "Laurel County");
    assertThat(e.get(2).id()).isEqualTo("admin2:US.KY.125");
    assertThat(e.get(2).isCounty()).isTrue();
    assertThat(e.get(2).admin1()).isEqualTo("Kentucky");
    assertThat(e.get(0).country()).isEqualTo("US"); // London, Kentucky, the county's seat
    assertThat(e.get(0).admin1()).isEqualTo("Kentucky");
  }

  @Test
  void aCountyMissingFromTheGazetteerIsPlacedAtItsNamesakeInTheArticlesCountry(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("small.tsv");
    Files.writeString(
        file,
        String.join(
            "\n",
            "country:US\tUnited States\tA\tPCLI\tUS\t\t39.83\t-98.58\t335000000\t",
            "geonames:1\tLaurel\tP\tPPL\tUS\tKentucky\t37.1\t-84.1\t1000\t",
            "geonames:2\tLaurel\tP\tPPL\tCA\tOntario\t43.9\t-80.3\t2000\t",
            ""));
    PlaceResolver small = new PlaceResolver(Gazetteer.ofFiles(List.of(file)));
    List<Optional<ResolvedPlace>> r =
        small.resolveAll(List.of("United States", "Laurel County"), PlaceContext.none());
    ResolvedPlace county = r.get(1).orElseThrow();
    assertThat(county.entry().id()).isEqualTo("geonames:1");
    assertThat(county.reason()).startsWith("division named after");
    // Without a country to anchor it, a county is left unresolved.
    assertThat(small.resolve("Laurel County")).isEmpty();
  }

  @Test
  void aTownNamedLikeACountryWinsWhereTheArticlesOtherPlacesAre() {
    // Jordan, Minnesota lies 15 km from Shakopee; the article names nothing in the kingdom.
    GazetteerEntry jordan = resolveAll("Shakopee", "Jordan").get(1);
    assertThat(jordan.country()).isEqualTo("US");
    assertThat(jordan.admin1()).isEqualTo("Minnesota");
    assertThat(
            resolver
                .resolveAll(List.of("Jordan", "Shakopee"), PlaceContext.none())
                .get(0)
                .orElseThrow()
                .reason())
        .startsWith("namesake of a country in the article's area");
    // With a place in the country, or nothing local at all, the country stays.
    assertThat(resolveAll("Amman", "Jordan").get(1).id()).isEqualTo("country:JO");
    assertThat(resolveAll("Jordan").get(0).id()).isEqualTo("country:JO");
    // A place far from the namesake does not pull the name away from the country.
    assertThat(resolveAll("Dallas", "Jordan").get(1).id()).isEqualTo("country:JO");
  }

  @Test
  void aTownAndACountyNearItReadEachOther() {
    // Paris, Tennessee is the seat of Henry County, Tennessee; there are ten other Henry Counties.
    List<GazetteerEntry> e = resolveAll("Paris", "Henry County");
    assertThat(e.get(0).country()).isEqualTo("US");
    assertThat(e.get(0).admin1()).isEqualTo("Tennessee");
    assertThat(e.get(1).id()).isEqualTo("admin2:US.TN.079");
    // Two towns near each other are not enough: Paris and London stay in Europe, although Paris,
    // Ontario and London, Ontario are 40 km apart.
    List<GazetteerEntry> europe = resolveAll("Paris", "London");
    assertThat(europe.get(0).country()).isEqualTo("FR");
    assertThat(europe.get(1).country()).isEqualTo("GB");
  }
}
