package org.herodotus.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.herodotus.place.KnownPlaces.place;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.herodotus.lexicon.WordLists;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DivisionByStemTest {

  @TempDir Path dir;

  private static Optional<ResolvedPlace> apply(
      Gazetteer gazetteer, String name, PlaceContext context) {
    return new DivisionByStem(gazetteer, new PlaceScore(gazetteer), WordLists.bundled())
        .apply(new Toponym(name, gazetteer.lookup(name), context));
  }

  private Gazetteer withCounty() {
    return KnownPlaces.gazetteer(dir, "us", "laurel-county", "laurel-ky", "laurel-on");
  }

  @Test
  void aDivisionWordBeforeTheDivisionsBareName() {
    assertThat(apply(withCounty(), "Laurel County", PlaceContext.none()))
        .contains(
            new ResolvedPlace(
                "Laurel County", place("laurel-county"), "division Laurel by its bare name", 1));
  }

  @Test
  void aUnitNamedAfterATownOfTheArticlesCountry() {
    Gazetteer gazetteer = KnownPlaces.gazetteer(dir, "us", "laurel-ky", "laurel-on");
    assertThat(apply(gazetteer, "Laurel County", PlaceContext.ofCountries("US")))
        .contains(
            new ResolvedPlace(
                "Laurel County",
                place("laurel-ky"),
                "division named after Laurel (division not in gazetteer)",
                1));
    assertThat(apply(gazetteer, "Laurel County", PlaceContext.none())).isEmpty();
  }

  @Test
  void aLocalUnitIsNeverReadAsTheDivisionOfItsName() {
    assertThat(apply(withCounty(), "Laurel Township", PlaceContext.ofCountries("US")))
        .map(ResolvedPlace::entry)
        .contains(place("laurel-ky"));
    assertThat(apply(withCounty(), "Laurel Parish", PlaceContext.ofCountries("CA")))
        .map(ResolvedPlace::entry)
        .contains(place("laurel-on"));
  }

  @Test
  void aUnitWordAloneOrNoneIsNotRead() {
    assertThat(apply(withCounty(), "County", PlaceContext.ofCountries("US"))).isEmpty();
    assertThat(apply(withCounty(), "Laurel Heights", PlaceContext.ofCountries("US"))).isEmpty();
  }

  @Test
  void theBundledWordsOfUnits() {
    assertThat(WordLists.bundled().get(DivisionByStem.DIVISION_WORDS))
        .containsExactlyInAnyOrder(
            "county",
            "province",
            "prefecture",
            "governorate",
            "region",
            "state",
            "oblast",
            "department");
    assertThat(WordLists.bundled().get(DivisionByStem.LOCAL_UNIT_WORDS))
        .containsExactlyInAnyOrder("parish", "borough", "township", "district");
  }

  @Test
  void aUsersListOfDivisionWordsReplacesTheBundledOne() throws IOException {
    Path lexicon = dir.resolve("lexicon");
    Files.createDirectories(lexicon.resolve("words"));
    Files.writeString(lexicon.resolve("words/division-words.txt"), "# Australia\nshire\n");
    Gazetteer gazetteer = withCounty();
    PlaceResolver bundled = new PlaceResolver(gazetteer);
    PlaceResolver users = new PlaceResolver(gazetteer, WordLists.withUserDirectory(lexicon));
    assertThat(bundled.resolve("Laurel Shire")).isEmpty();
    assertThat(users.resolve("Laurel Shire").map(ResolvedPlace::reason))
        .contains("division Laurel by its bare name");
    assertThat(bundled.resolve("Laurel County").map(ResolvedPlace::entry))
        .contains(place("laurel-county"));
    assertThat(users.resolve("Laurel County")).isEmpty();
    // the other list stays the bundled one
    assertThat(users.resolve("Laurel Township", PlaceContext.ofCountries("US")))
        .map(ResolvedPlace::entry)
        .contains(place("laurel-ky"));
  }
}
