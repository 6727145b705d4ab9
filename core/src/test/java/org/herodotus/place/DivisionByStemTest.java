package org.herodotus.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.herodotus.place.TinyGazetteer.country;
import static org.herodotus.place.TinyGazetteer.county;
import static org.herodotus.place.TinyGazetteer.town;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.herodotus.lexicon.WordLists;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DivisionByStemTest {

  private static final GazetteerEntry US = country("US", "United States", 39.8, -98.6, 335_000_000);
  private static final GazetteerEntry LAUREL_COUNTY =
      county("KY.125", "Laurel", "US", "Kentucky", 37.1, -84.1);
  private static final GazetteerEntry LAUREL_KY =
      town("1", "Laurel", "US", "Kentucky", 37.1, -84.1, 1_000);
  private static final GazetteerEntry LAUREL_ON =
      town("2", "Laurel", "CA", "Ontario", 43.9, -80.3, 2_000);

  @TempDir Path dir;

  private Optional<ResolvedPlace> apply(
      Gazetteer gazetteer, WordLists words, String name, PlaceContext context) {
    DivisionByStem rule = new DivisionByStem(gazetteer, new PlaceScore(gazetteer), words);
    return rule.apply(new Toponym(name, gazetteer.lookup(name), context));
  }

  private Optional<ResolvedPlace> apply(Gazetteer gazetteer, String name, PlaceContext context) {
    return apply(gazetteer, WordLists.bundled(), name, context);
  }

  @Test
  void aDivisionWordBeforeTheDivisionsBareName() {
    Gazetteer gazetteer = TinyGazetteer.of(dir, US, LAUREL_COUNTY, LAUREL_KY, LAUREL_ON);
    ResolvedPlace r = apply(gazetteer, "Laurel County", PlaceContext.none()).orElseThrow();
    assertThat(r.entry()).isEqualTo(LAUREL_COUNTY);
    assertThat(r.reason()).isEqualTo("division Laurel by its bare name");
    assertThat(r.candidates()).isEqualTo(1);
    assertThat(r.toponym()).isEqualTo("Laurel County");
  }

  @Test
  void aUnitNamedAfterATownOfTheArticlesCountry() {
    Gazetteer gazetteer = TinyGazetteer.of(dir, US, LAUREL_KY, LAUREL_ON);
    ResolvedPlace r =
        apply(gazetteer, "Laurel County", PlaceContext.ofCountries("US")).orElseThrow();
    assertThat(r.entry()).isEqualTo(LAUREL_KY);
    assertThat(r.reason()).isEqualTo("division named after Laurel (division not in gazetteer)");
    assertThat(r.candidates()).isEqualTo(1);
    assertThat(apply(gazetteer, "Laurel County", PlaceContext.none())).isEmpty();
  }

  @Test
  void aLocalUnitIsNeverReadAsTheDivisionOfItsName() {
    Gazetteer gazetteer = TinyGazetteer.of(dir, US, LAUREL_COUNTY, LAUREL_KY, LAUREL_ON);
    assertThat(
            apply(gazetteer, "Laurel Township", PlaceContext.ofCountries("US"))
                .map(ResolvedPlace::entry))
        .contains(LAUREL_KY);
    assertThat(
            apply(gazetteer, "Laurel Parish", PlaceContext.ofCountries("CA"))
                .map(ResolvedPlace::entry))
        .contains(LAUREL_ON);
  }

  @Test
  void aUnitWordAloneOrNoneIsNotRead() {
    Gazetteer gazetteer = TinyGazetteer.of(dir, US, LAUREL_COUNTY, LAUREL_KY, LAUREL_ON);
    assertThat(apply(gazetteer, "County", PlaceContext.ofCountries("US"))).isEmpty();
    assertThat(apply(gazetteer, "Laurel Heights", PlaceContext.ofCountries("US"))).isEmpty();
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
    WordLists user = WordLists.withUserDirectory(lexicon);
    Gazetteer gazetteer = TinyGazetteer.of(dir, US, LAUREL_COUNTY, LAUREL_KY, LAUREL_ON);
    PlaceResolver bundled = new PlaceResolver(gazetteer);
    PlaceResolver users = new PlaceResolver(gazetteer, user);
    assertThat(bundled.resolve("Laurel Shire")).isEmpty();
    assertThat(users.resolve("Laurel Shire").map(ResolvedPlace::reason))
        .contains("division Laurel by its bare name");
    assertThat(bundled.resolve("Laurel County").map(ResolvedPlace::entry)).contains(LAUREL_COUNTY);
    assertThat(users.resolve("Laurel County")).isEmpty();
    // the other list stays the bundled one
    assertThat(users.resolve("Laurel Township", PlaceContext.ofCountries("US")))
        .map(ResolvedPlace::entry)
        .contains(LAUREL_KY);
  }
}
