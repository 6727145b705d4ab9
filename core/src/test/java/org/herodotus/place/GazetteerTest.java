package org.herodotus.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GazetteerTest {

  private final Gazetteer gazetteer = Gazetteer.bundled();

  @Test
  void keyIgnoresCaseAccentsPunctuationAndLeadingThe() {
    assertThat(Gazetteer.key("Nagorno-Karabakh")).isEqualTo("nagorno karabakh");
    assertThat(Gazetteer.key("  NAGORNO   KARABAKH ")).isEqualTo("nagorno karabakh");
    assertThat(Gazetteer.key("São Paulo")).isEqualTo("sao paulo");
    assertThat(Gazetteer.key("Łódź")).isEqualTo("lodz");
    assertThat(Gazetteer.key("Sana'a")).isEqualTo("sanaa");
    assertThat(Gazetteer.key("St. Petersburg")).isEqualTo("st petersburg");
    assertThat(Gazetteer.key("the West Bank")).isEqualTo("west bank");
    assertThat(Gazetteer.key("Thessaloniki")).isEqualTo("thessaloniki");
  }

  @Test
  void bundledHasCitiesCountriesAndRegions() {
    assertThat(gazetteer.size()).isGreaterThan(135_000);
    assertThat(gazetteer.lookup("Yevlakh"))
        .anySatisfy(
            e -> {
              assertThat(e.id()).isEqualTo("geonames:584649");
              assertThat(e.country()).isEqualTo("AZ");
              assertThat(e.admin1()).isEqualTo("Yevlax City");
              assertThat(e.featureClass()).isEqualTo("P");
            });
    assertThat(gazetteer.lookup("Azerbaijan"))
        .extracting(GazetteerEntry::id)
        .contains("country:AZ");
    assertThat(gazetteer.lookup("Karabakh"))
        .extracting(GazetteerEntry::id)
        .contains("region:nagorno-karabakh");
  }

  @Test
  void lookupIsCaseAndAccentInsensitiveAndUsesAlternateNames() {
    assertThat(gazetteer.lookup("sao paulo")).isEqualTo(gazetteer.lookup("São Paulo")).isNotEmpty();
    assertThat(gazetteer.lookup("ZURICH")).isEqualTo(gazetteer.lookup("Zürich")).isNotEmpty();
    assertThat(gazetteer.lookup("Krakow")).extracting(GazetteerEntry::country).contains("PL");
    // Stepanakert is an alternate name of Xankandi, Azerbaijan.
    assertThat(gazetteer.lookup("Stepanakert"))
        .extracting(GazetteerEntry::country)
        .containsExactly("AZ");
  }

  @Test
  void lookupSortsLargestFirst() {
    List<GazetteerEntry> paris = gazetteer.lookup("Paris");
    assertThat(paris.size()).isGreaterThan(5);
    assertThat(paris.get(0).country()).isEqualTo("FR");
    for (int i = 1; i < paris.size(); i++) {
      assertThat(paris.get(i - 1).population()).isGreaterThanOrEqualTo(paris.get(i).population());
    }
  }

  @Test
  void unknownNamesFindNothing() {
    assertThat(gazetteer.lookup("Atlantis-upon-Thames")).isEmpty();
    assertThat(gazetteer.lookup("")).isEmpty();
    assertThat(gazetteer.lookup("   ")).isEmpty();
  }

  @Test
  void airportCodesAndMachineRomanizationsAreNotNames() {
    // GeoNames lists "GYD" (Baku's airport) and lower-case romanizations among alternate names.
    assertThat(gazetteer.lookup("GYD")).isEmpty();
    assertThat(gazetteer.lookup("ba li")).isEmpty();
  }

  @Test
  void userFilesAddAndReplaceEntries(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("mine.tsv");
    Files.writeString(
        file,
        "# my places\n"
            + "region:zangezur-test\tZangezur Test Area\tL\tRGN\tAM\t\t39.2\t46.4\t0\tZTA|Zangezurtest\n"
            + "region:nagorno-karabakh\tNagorno-Karabakh\tL\tRGN\tAZ\t\t39.81\t46.76\t100000\tKarabakh\n",
        StandardCharsets.UTF_8);
    Gazetteer mine = Gazetteer.withUserFiles(List.of(file));
    assertThat(mine.lookup("zangezurtest"))
        .extracting(GazetteerEntry::id)
        .containsExactly("region:zangezur-test");
    assertThat(mine.lookup("Nagorno-Karabakh"))
        .filteredOn(e -> e.id().equals("region:nagorno-karabakh"))
        .singleElement()
        .satisfies(e -> assertThat(e.lat()).isEqualTo(39.81));
    assertThat(mine.lookup("Artsakh")).isEmpty(); // the replaced row's alternate names are gone
    assertThat(mine.lookup("Yevlakh")).isNotEmpty();
  }

  @Test
  void badUserRowsSayWhereAndWhat(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bad.tsv");
    Files.writeString(file, "x:1\tX\tP\tPPL\tAZ\t\tnorth\t46\t0\t\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> Gazetteer.ofFiles(List.of(file)))
        .hasMessageContaining("bad.tsv line 1")
        .hasMessageContaining("bad number");
    Files.writeString(file, "x:1\tX\tP\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> Gazetteer.ofFiles(List.of(file)))
        .hasMessageContaining("expected 10 tab-separated columns");
  }

  @Test
  void loadTimeAndHeap() {
    System.gc();
    Runtime rt = Runtime.getRuntime();
    long before = rt.totalMemory() - rt.freeMemory();
    long start = System.nanoTime();
    Gazetteer loaded = Gazetteer.withUserFiles(List.of());
    long millis = (System.nanoTime() - start) / 1_000_000;
    System.gc();
    long after = rt.totalMemory() - rt.freeMemory();
    System.out.printf(
        "gazetteer: %d entries, %d names, loaded in %d ms, ~%d MB heap%n",
        loaded.size(), loaded.names(), millis, (after - before) >> 20);
    assertThat(loaded.size()).isEqualTo(gazetteer.size());
  }
}
