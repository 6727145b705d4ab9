package org.herodotus.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.herodotus.PipelineSpansTest;
import org.junit.jupiter.api.Test;

class LanguageCheckTest {

  static final String GERMAN =
      "Die Regierung in Baku hat am Mittwoch eine Waffenruhe mit den armenischen Kräften in"
          + " Bergkarabach verkündet. Nach Angaben des Verteidigungsministeriums wurden die"
          + " Kämpfe nach weniger als 24 Stunden eingestellt.";

  static final String FRENCH =
      "Le gouvernement a annoncé mercredi un cessez-le-feu avec les forces arméniennes du"
          + " Haut-Karabakh, après moins de vingt-quatre heures de combats, selon le ministère.";

  static final String ENGLISH =
      "Azerbaijan said on Wednesday it had agreed a ceasefire with ethnic Armenian forces in"
          + " Nagorno-Karabakh after less than a day of fighting, the defence ministry said.";

  @Test
  void englishPasses() {
    assertThat(LanguageCheck.notEnglish(ENGLISH)).isEmpty();
    System.out.println(
        "language model loaded in "
            + LanguageCheck.modelLoadMillis()
            + " ms; english: "
            + LanguageCheck.detect(ENGLISH));
  }

  @Test
  void shortEnglishTextsPass() {
    for (String s :
        List.of(
            "Ceasefire agreed in Nagorno-Karabakh",
            "Azerbaijan and Armenia agree ceasefire after a day of fighting",
            "Karabakh: Baku says Armenian forces surrender weapons",
            "PM Pashinyan: Yerevan not involved",
            "BREAKING: Explosion at fuel depot kills 20, officials say",
            "Reuters/Ipsos poll: Biden leads Trump 41%-39%")) {
      System.out.println(s + " -> " + LanguageCheck.detect(s));
      assertThat(LanguageCheck.notEnglish(s)).as(s).isEmpty();
    }
  }

  @Test
  void germanAndFrenchAreRecognized() {
    System.out.println("de -> " + LanguageCheck.detect(GERMAN));
    System.out.println("fr -> " + LanguageCheck.detect(FRENCH));
    LanguageCheck.Guess de = LanguageCheck.notEnglish(GERMAN).orElseThrow();
    assertThat(de.code()).isEqualTo("deu");
    assertThat(de.twoLetterCode()).isEqualTo("de");
    assertThat(de.name()).isEqualTo("German");
    assertThat(LanguageCheck.notEnglish(FRENCH).orElseThrow().twoLetterCode()).isEqualTo("fr");
  }

  @Test
  void aGermanArticleIsRejectedWithItsLanguage() {
    ArticleReader reader = new ArticleReader(ReaderOptions.defaults());
    List<ReadResult> results =
        reader.read("zeit.txt", (GERMAN + "\n\n" + GERMAN).getBytes(StandardCharsets.UTF_8));
    assertThat(results).hasSize(1);
    ReadResult r = results.get(0);
    assertThat(r.isOk()).isFalse();
    assertThat(r.error().orElseThrow().getMessage())
        .isEqualTo(
            "zeit.txt: language 'deu' (German) is not supported; Herodotus analyzes English");
    assertThat(r.doc().orElseThrow().metadata().language()).isEqualTo("de");
  }

  /** The random English-word texts PipelineSpansTest feeds the pipeline must not be rejected. */
  @Test
  void randomEnglishWordSaladPasses() {
    String[] pieces = PipelineSpansTest.PIECES;
    java.util.Random random = new java.util.Random(20230920);
    for (int n = 0; n < 50; n++) {
      StringBuilder text = new StringBuilder("Talks due in Yevlakh\n\n");
      int words = 5 + random.nextInt(80);
      for (int w = 0; w < words; w++) {
        text.append(pieces[random.nextInt(pieces.length)]).append(' ');
      }
      assertThat(LanguageCheck.notEnglish(text.toString())).as(text.toString()).isEmpty();
    }
  }
}
