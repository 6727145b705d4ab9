package org.herodotus.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PetrarchDictionaryTest {

  private static final String DICTIONARY =
      """
      <!-- A small hand-made actor dictionary in the PETRARCH/TABARI format -->
      <!-- a comment
           over two lines [XXX] -->
      AZERBAIJAN_ [AZE]
      +AZERI
      HIKMET_HAJIYEV [AZEGOV]   # presidential advisor
      +HAJIYEV
      ARGENTIN  [ARG]
      ILHAM_ALIYEV
      \t[AZEGOV >20031031]
      \t[AZEELI <20031031]
      NIKOL_PASHINYAN
      \t[ARMOPP 20150101-20180508]
      \t[ARMGOV >20180508]
      BOROMIR  [---]
      PRESIDENT [~GOV]
      """;

  private final PetrarchDictionary dictionary = PetrarchDictionary.parse(DICTIONARY);

  @Test
  void readsNamesSynonymsAndCodes() {
    assertThat(dictionary.lookup("Hikmet Hajiyev").flatMap(e -> e.codeOn(""))).contains("AZEGOV");
    assertThat(dictionary.lookup("Hajiyev").flatMap(e -> e.codeOn(""))).contains("AZEGOV");
    assertThat(dictionary.lookup("Azeri").map(PetrarchDictionary.Entry::name))
        .contains("AZERBAIJAN_");
    assertThat(dictionary.lookup("the Shire")).isEmpty();
  }

  @Test
  void aTrailingUnderscoreAsksForTheExactWordOtherwiseStemsMatch() {
    assertThat(dictionary.lookup("Argentina").flatMap(e -> e.codeOn(""))).contains("ARG");
    assertThat(dictionary.lookup("Argentine").flatMap(e -> e.codeOn(""))).contains("ARG");
    assertThat(dictionary.lookup("Azerbaijani")).isEmpty();
  }

  @Test
  void datedCodesFollowTheArticleDate() {
    var aliyev = dictionary.lookup("Ilham Aliyev").orElseThrow();
    assertThat(aliyev.codeOn("20230920")).contains("AZEGOV");
    assertThat(aliyev.codeOn("20000101")).contains("AZEELI");
    var pashinyan = dictionary.lookup("Nikol Pashinyan").orElseThrow();
    assertThat(pashinyan.codeOn("20160101")).contains("ARMOPP");
    assertThat(pashinyan.codeOn("20230920")).contains("ARMGOV");
  }

  @Test
  void noCodeMarkerAndAgentsAndCommentsAreNotActors() {
    assertThat(dictionary.lookup("Boromir").flatMap(e -> e.codeOn(""))).contains("");
    assertThat(dictionary.lookup("President")).isEmpty();
    assertThat(dictionary.entries())
        .extracting(PetrarchDictionary.Entry::name)
        .doesNotContain("over two lines");
  }

  @Test
  void readsThePetrarchValidationDictionary() {
    var file =
        java.nio.file.Path.of(
            "/work/shared/data/petrarch2-validation/unit-test/PETR.Validate.actors.txt");
    org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isRegularFile(file));
    PetrarchDictionary petr = PetrarchDictionary.read(file);
    assertThat(petr.lookup("European Union").flatMap(e -> e.codeOn(""))).contains("IGOEEU");
    assertThat(petr.lookup("Australian").flatMap(e -> e.codeOn(""))).contains("AUS");
    assertThat(petr.lookup("Hamas").flatMap(e -> e.codeOn(""))).contains("PSEREBHMS");
  }
}
