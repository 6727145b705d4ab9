package org.herodotus.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlaceResolverTest {

  private final PlaceResolver resolver = PlaceResolver.bundled();

  private ResolvedPlace resolve(String toponym) {
    return resolver.resolve(toponym).orElseThrow(() -> new AssertionError("unresolved " + toponym));
  }

  private ResolvedPlace resolve(String toponym, PlaceContext context) {
    return resolver
        .resolve(toponym, context)
        .orElseThrow(() -> new AssertionError("unresolved " + toponym));
  }

  private static void assertAt(GazetteerEntry e, String country, double lat, double lon) {
    assertThat(e.country()).isEqualTo(country);
    assertThat(e.lat()).isCloseTo(lat, within(0.05));
    assertThat(e.lon()).isCloseTo(lon, within(0.05));
  }

  // EXPECTED.md §3

  @Test
  void karabakhIsTheRegionInAzerbaijan() {
    for (String name :
        List.of(
            "Nagorno-Karabakh", "Karabakh", "Nagorno Karabakh", "Nagorny Karabakh", "Artsakh")) {
      ResolvedPlace p = resolve(name, PlaceContext.ofCountries("AZ", "AM", "RU"));
      assertThat(p.entry().id()).as(name).isEqualTo("region:nagorno-karabakh");
      assertThat(p.reason()).isEqualTo("region from Herodotus regions file");
      assertAt(p.entry(), "AZ", 39.8, 46.75);
    }
  }

  @Test
  void karabaghIsATrapThatKarabakhDoesNotFallInto() {
    // GeoNames lists "Karabagh" as an alternate name of Qarah Bagh, Afghanistan.
    assertThat(Gazetteer.bundled().lookup("Karabagh"))
        .extracting(GazetteerEntry::country)
        .contains("AF");
    assertThat(resolve("Karabakh").entry().country()).isEqualTo("AZ");
  }

  @Test
  void expectedCities() {
    ResolvedPlace yevlakh = resolve("Yevlakh", PlaceContext.ofCountries("AZ", "AM", "RU"));
    assertAt(yevlakh.entry(), "AZ", 40.62, 47.15);
    assertThat(yevlakh.entry().featureClass()).isEqualTo("P");
    assertAt(resolve("Baku").entry(), "AZ", 40.38, 49.89);
    assertThat(resolve("Baku").entry().featureCode()).isEqualTo("PPLC");
    assertAt(resolve("Yerevan").entry(), "AM", 40.18, 44.51);
  }

  @Test
  void countryNamesResolveToCountries() {
    for (String[] c :
        new String[][] {
          {"Azerbaijan", "AZ"}, {"Armenia", "AM"}, {"Russia", "RU"}, {"Russian Federation", "RU"},
          {"the United Kingdom", "GB"}, {"U.S.", "US"}, {"Georgia", "GE"}, {"Kosovo", "XK"},
          {"Romania", "RO"}
        }) {
      ResolvedPlace p = resolve(c[0]);
      assertThat(p.entry().id()).as(c[0]).isEqualTo("country:" + c[1]);
      assertThat(p.entry().featureCode()).isEqualTo("PCLI");
      assertThat(p.reason()).isEqualTo("country name");
    }
  }

  @Test
  void regionsFromTheProjectFile() {
    assertThat(resolve("Gaza").entry().id()).isEqualTo("region:gaza-strip");
    assertThat(resolve("Donbass").entry().id()).isEqualTo("region:donbas");
    assertAt(resolve("Crimea").entry(), "UA", 45.3, 34.4);
    assertThat(resolve("Tigray").entry().country()).isEqualTo("ET");
    assertThat(resolve("the West Bank").entry().country()).isEqualTo("PS");
  }

  @Test
  void firstOrderDivisions() {
    ResolvedPlace texas = resolve("Texas");
    assertThat(texas.entry().id()).isEqualTo("admin1:US.TX");
    assertThat(texas.entry().featureCode()).isEqualTo("ADM1");
    // A province does not take its capital's name away from the city.
    assertThat(resolve("Tehran").entry().featureClass()).isEqualTo("P");
    assertThat(resolve("Donetsk").entry().featureClass()).isEqualTo("P");
  }

  @Test
  void largeDivisionsSitInTheirMiddleNotAmongTheirCities() {
    // Ontario's places crowd along the lakes; the province's middle is far north of them.
    GazetteerEntry ontario = resolve("Ontario", PlaceContext.ofCountries("CA")).entry();
    assertThat(ontario.id()).isEqualTo("admin1:CA.08");
    assertThat(ontario.lat()).isGreaterThan(46.5);
    // A small division stays at the mean of its places.
    GazetteerEntry delaware = resolve("Delaware").entry();
    assertThat(delaware.id()).isEqualTo("admin1:US.DE");
    assertAt(delaware, "US", 39.2, -75.52);
    // Places on both sides of the antimeridian do not average to the Greenwich meridian.
    assertThat(resolve("Chukotka").entry().lon()).isGreaterThan(160);
  }

  // Ambiguity

  @Test
  void parisIsFranceByPopulation() {
    ResolvedPlace p = resolve("Paris");
    assertThat(p.entry().country()).isEqualTo("FR");
    assertThat(p.reason()).isEqualTo("largest population");
    assertThat(p.candidates()).isGreaterThan(5);
  }

  @Test
  void parisInAnAmericanArticleIsParisTexas() {
    ResolvedPlace p = resolve("Paris", PlaceContext.ofCountries("US"));
    assertThat(p.entry().country()).isEqualTo("US");
    assertThat(p.entry().admin1()).isEqualTo("Texas");
    assertThat(p.reason()).isEqualTo("in article's country US");
  }

  @Test
  void parisNextToLouisvilleIsParisKentucky() {
    GazetteerEntry louisville = resolve("Louisville", PlaceContext.ofCountries("US")).entry();
    assertThat(louisville.admin1()).isEqualTo("Kentucky");
    ResolvedPlace p = resolve("Paris", new PlaceContext(Set.of("US"), List.of(louisville)));
    assertThat(p.entry().admin1()).isEqualTo("Kentucky");
    assertThat(p.reason()).contains("same admin1 as Louisville (Kentucky)");
  }

  @Test
  void franceAndTheUnitedStatesTogetherKeepParisInFrance() {
    ResolvedPlace p = resolve("Paris", PlaceContext.ofCountries("US", "FR"));
    assertThat(p.entry().country()).isEqualTo("FR");
  }

  @Test
  void coMentionedPlacesLendTheirCountry() {
    // Tripoli: Libya's capital is larger; next to Beirut it is Tripoli, Lebanon.
    assertThat(resolve("Tripoli").entry().country()).isEqualTo("LY");
    GazetteerEntry beirut = resolve("Beirut").entry();
    ResolvedPlace p = resolve("Tripoli", PlaceContext.none().with(beirut));
    assertThat(p.entry().country()).isEqualTo("LB");
    assertThat(p.reason()).contains("same country as Beirut (LB)");
  }

  @Test
  void focusIsTheMostMentionedPlaceNotTheCapitalsOrCountries() {
    PlaceContext context = PlaceContext.ofCountries("AZ", "AM", "RU");
    List<ResolvedPlace> mentions =
        List.of(
                "Azerbaijan",
                "Karabakh",
                "Baku",
                "Yerevan",
                "Baku",
                "Nagorno-Karabakh",
                "Armenia",
                "Azerbaijan",
                "Yevlakh",
                "Russia",
                "Baku")
            .stream()
            .map(name -> resolve(name, context))
            .toList();
    PlaceResolver.Focus focus = PlaceResolver.focus(mentions).orElseThrow();
    assertThat(focus.entry().id()).isEqualTo("region:nagorno-karabakh");
    assertThat(focus.reason()).isEqualTo("most mentioned place (2 of 11 place mentions)");
    assertThat(PlaceResolver.focus(List.of())).isEmpty();
  }

  @Test
  void countriesSitAtTheirUsualMapPoints() {
    // The centre of the contiguous United States (country-points.tsv), not of all fifty states.
    assertAt(resolve("USA").entry(), "US", 39.83, -98.58);
    assertAt(resolve("U.S.").entry(), "US", 39.83, -98.58);
    // The World Factbook point (npm world-countries) elsewhere.
    assertAt(resolve("Russia").entry(), "RU", 60, 100);
    assertThat(resolve("Democratic Republic of Congo").entry().id()).isEqualTo("country:CD");
  }

  @Test
  void seasOceansAndWorldRegions() {
    assertThat(resolve("Indian Ocean").entry().id()).isEqualTo("region:indian-ocean");
    assertThat(resolve("Pacific").entry().id()).isEqualTo("region:pacific-ocean");
    assertThat(resolve("West Africa").entry().id()).isEqualTo("region:west-africa");
    assertThat(resolve("Sumatra").entry().country()).isEqualTo("ID");
  }

  @Test
  void accentsDoNotMatter() {
    assertThat(resolve("Bakú").entry().id()).isEqualTo(resolve("Baku").entry().id());
    assertThat(resolve("YEREVAN").entry().id()).isEqualTo(resolve("Yerevan").entry().id());
    assertThat(resolve("Sao Paulo").entry().country()).isEqualTo("BR");
  }

  @Test
  void unknownNamesResolveToNothing() {
    assertThat(resolver.resolve("Atlantis-upon-Thames")).isEmpty();
    assertThat(resolver.resolve("")).isEmpty();
  }

  // Names of countries and divisions as news writes them

  @Test
  void countriesAnswerToTheirOtherSpellings() {
    assertThat(resolve("Côte d'Ivoire").entry().id()).isEqualTo("country:CI");
    assertThat(resolve("Cote d'Ivoire").entry().id()).isEqualTo("country:CI");
    assertThat(resolve("Burma").entry().id()).isEqualTo("country:MM");
    assertThat(resolve("Swaziland").entry().id()).isEqualTo("country:SZ");
  }

  @Test
  void aDivisionAnswersToItsNameWithoutTheWordForItsKind() {
    // The gazetteer names them "Zamfara State", "Province of Pangasinan", "Midlands Province".
    assertThat(resolve("Zamfara", PlaceContext.ofCountries("NG")).entry().name())
        .isEqualTo("Zamfara State");
    assertThat(resolve("Pangasinan", PlaceContext.ofCountries("PH")).entry().name())
        .isEqualTo("Province of Pangasinan");
    assertThat(resolve("Midlands", PlaceContext.ofCountries("ZW")).entry().country())
        .isEqualTo("ZW");
    // ... and to its bare name followed by a word the gazetteer does not use.
    ResolvedPlace akita = resolve("Akita Prefecture");
    assertThat(akita.entry().id()).isEqualTo("admin1:JP.02");
    assertThat(akita.reason()).isEqualTo("division Akita by its bare name");
  }

  @Test
  void aCompassWordAloneIsNotADivision() {
    // "Central Region", "Eastern Province" do not make "Central" or "Eastern" their names.
    assertThat(Gazetteer.bundled().lookup("Central"))
        .noneMatch(e -> e.name().equals("Central Region"));
  }

  @Test
  void aCountyOfTheArticlesCountryWinsOverALargerNamesakeAbroad() {
    ResolvedPlace suffolk = resolve("Suffolk", PlaceContext.ofCountries("GB"));
    assertThat(suffolk.entry().id()).isEqualTo("admin2:GB.ENG.N5");
    assertThat(suffolk.reason()).startsWith("division of the article's country GB");
    // Without the United Kingdom in the article, the city in Virginia is the larger reading.
    assertThat(resolve("Suffolk").entry().country()).isEqualTo("US");
  }

  @Test
  void aStateNamedAmongStatesIsAState() {
    Gazetteer g = Gazetteer.bundled();
    GazetteerEntry colorado =
        g.lookup("Colorado").stream()
            .filter(e -> e.featureCode().equals("ADM1"))
            .findFirst()
            .orElseThrow();
    GazetteerEntry maine =
        g.lookup("Maine").stream()
            .filter(e -> e.featureCode().equals("ADM1"))
            .findFirst()
            .orElseThrow();
    PlaceContext states = new PlaceContext(Set.of("US"), List.of(colorado, maine));
    // Idaho Springs, Colorado, has "Idaho" as an alternate name and lies in a named state.
    ResolvedPlace idaho = resolve("Idaho", states);
    assertThat(idaho.entry().featureCode()).isEqualTo("ADM1");
    assertThat(idaho.entry().name()).isEqualTo("Idaho");
    // "Washington" among states is still the capital.
    assertThat(resolve("Washington", states).entry().featureCode()).isEqualTo("PPLC");
  }

  @Test
  void formerAndRestoredDivisionsAreInTheRegionsFile() {
    assertThat(resolve("Nyanza Province").entry().country()).isEqualTo("KE");
    assertThat(resolve("Vestfold").entry().country()).isEqualTo("NO");
    assertThat(resolve("Lake Erie").entry().featureCode()).isEqualTo("LK");
  }
}
