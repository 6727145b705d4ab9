package org.herodotus.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.herodotus.doc.Caption;
import org.herodotus.doc.Doc;
import org.herodotus.doc.Metadata;
import org.herodotus.doc.Paragraph;
import org.herodotus.doc.Paragraph.Kind;
import org.herodotus.write.DocJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** EXPECTED.md section 1 (structure and metadata) for the seed article, field by field. */
class ScrapedTextReaderSeedTest {

  private static final String CAPTION =
      "The offensive was seen as a major victory for Azerbaijan, which won a 2020 war with Armenia"
          + " and has since sought to repopulate Karabakh";

  private static String text;
  private static Doc doc;

  @BeforeAll
  static void read() {
    text = new String(SeedArticle.bytes(), StandardCharsets.UTF_8);
    doc = ScrapedTextReader.read("karabakh-2023-09-20", text);
  }

  @Test
  void keepsTheTextUnchanged() {
    assertThat(doc.text()).isEqualTo(text);
    assertThat(doc.id()).isEqualTo("karabakh-2023-09-20");
  }

  @Test
  void headline() {
    String headline = "Azerbaijan says aims for 'peaceful reintegration' of Karabakh Armenians";
    assertThat(doc.metadata().headline()).contains(headline);
    Paragraph p = doc.paragraphs().get(0);
    assertThat(p.kind()).isEqualTo(Kind.HEADLINE);
    assertThat(doc.slice(p.span())).isEqualTo(headline);
  }

  @Test
  void standfirst() {
    String standfirst =
        "Azerbaijan has said it wants to reintegrate ethnic Armenians in Nagorno-Karabakh and mend"
            + " ties with Yerevan, following the latest ceasefire deal which Baku seemed to come"
            + " out of victorious.";
    assertThat(doc.metadata().standfirst()).contains(standfirst);
    Paragraph p = doc.paragraphs().get(1);
    assertThat(p.kind()).isEqualTo(Kind.STANDFIRST);
    assertThat(doc.slice(p.span())).isEqualTo(standfirst);
  }

  @Test
  void readingTimeAndDateAreMetaLines() {
    Metadata m = doc.metadata();
    assertThat(m.readingMinutes()).contains(1);
    assertThat(m.published()).contains("2023-09-20");
    assertThat(doc.slice(m.publishedSpan().orElseThrow())).isEqualTo("20 September, 2023");
    assertThat(doc.paragraphs().get(2).kind()).isEqualTo(Kind.META);
    assertThat(doc.slice(doc.paragraphs().get(2).span())).isEqualTo("1 min read");
    assertThat(doc.paragraphs().get(3).kind()).isEqualTo(Kind.META);
    assertThat(doc.slice(doc.paragraphs().get(3).span())).isEqualTo("20 September, 2023");
    assertThat(m.language()).isEqualTo("en");
    assertThat(m.url()).isEmpty();
  }

  @Test
  void captionAndCredit() {
    List<Caption> captions = doc.metadata().captions();
    assertThat(captions).hasSize(1);
    Caption c = captions.get(0);
    assertThat(c.text()).isEqualTo(CAPTION);
    assertThat(doc.slice(c.span())).isEqualTo(CAPTION);
    assertThat(c.credit()).contains("Getty");
    assertThat(doc.slice(c.creditSpan().orElseThrow())).isEqualTo("Getty");
    Paragraph p = doc.paragraphs().get(4);
    assertThat(p.kind()).isEqualTo(Kind.CAPTION);
    assertThat(p.duplicateOf()).isEmpty();
    assertThat(doc.slice(p.span())).isEqualTo(CAPTION + " [Getty]");
  }

  @Test
  void thirteenBodyParagraphsTheFifthACaptionRepeat() {
    List<Paragraph> body = doc.paragraphs().subList(5, doc.paragraphs().size());
    assertThat(body).hasSize(13);
    assertThat(doc.slice(body.get(0).span())).startsWith("Azerbaijan said Wednesday");
    assertThat(doc.slice(body.get(12).span())).endsWith("between the two sides.");
    for (int k = 0; k < 13; k++) {
      Paragraph p = body.get(k);
      if (k == 4) {
        assertThat(p.kind()).isEqualTo(Kind.CAPTION);
        assertThat(p.duplicateOf()).isEqualTo(Optional.of(4));
        assertThat(doc.slice(p.span())).isEqualTo(CAPTION + ".");
      } else {
        assertThat(p.kind()).as("body paragraph %d", k + 1).isEqualTo(Kind.BODY);
        assertThat(p.duplicateOf()).isEmpty();
      }
    }
    assertThat(doc.slice(body.get(5).span()))
        .isEqualTo(
            "The ceasefire required the ethnic Armenian separatists to lay down their arms and"
                + " surrender.");
  }

  @Test
  void noBreakSpaceLinesAreNotParagraphs() {
    assertThat(text).contains("\n\u00A0\n");
    assertThat(doc.paragraphs()).hasSize(18);
    for (Paragraph p : doc.paragraphs()) {
      assertThat(doc.slice(p.span()).strip()).isNotEmpty().doesNotContain("\u00A0");
    }
  }

  @Test
  void survivesTheJsonOutputContract() {
    String json = DocJson.write(doc, EnumSet.noneOf(DocJson.OptionalLayer.class));
    Doc back = DocJson.read(json);
    assertThat(back.paragraphs()).isEqualTo(doc.paragraphs());
    assertThat(back.metadata()).isEqualTo(doc.metadata());
    assertThat(back.text()).isEqualTo(text);
  }
}
