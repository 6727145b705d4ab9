package org.herodotus.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.herodotus.doc.Doc;
import org.herodotus.doc.Paragraph;
import org.junit.jupiter.api.Test;

class HtmlReaderTest {

  private static byte[] fixture(String name) throws IOException {
    try (InputStream in = HtmlReaderTest.class.getResourceAsStream("/html/" + name)) {
      assertThat(in).as(name).isNotNull();
      return in.readAllBytes();
    }
  }

  private static List<String> slices(Doc doc, Paragraph.Kind kind) {
    return doc.paragraphs().stream()
        .filter(p -> p.kind() == kind)
        .map(p -> doc.slice(p.span()))
        .toList();
  }

  @Test
  void newsPageKeepsTheArticleAndDropsThePageFurniture() throws IOException {
    Doc doc = HtmlReader.read("bridge", fixture("news-page.html"));

    assertThat(slices(doc, Paragraph.Kind.BODY))
        .containsExactly(
            "The harbour bridge reopened to traffic on Tuesday morning, three months earlier than"
                + " planned, after engineers replaced its corroded steel cables.",
            "Council leader Ines Varga said the repairs had cost 41 million euros, slightly less"
                + " than the budget agreed in 2022, and thanked residents for their patience.",
            "Traffic expected to ease",
            "Commuters had faced detours of up to forty minutes while the crossing was closed,"
                + " according to figures from the regional transport authority.",
            "“We expect journey times to return to normal within a week,” a spokesperson for the"
                + " authority said.");
    assertThat(slices(doc, Paragraph.Kind.CAPTION))
        .containsExactly("The bridge at dawn on Tuesday.");
    assertThat(doc.metadata().captions())
        .singleElement()
        .satisfies(c -> assertThat(doc.slice(c.span())).isEqualTo(c.text()));
    for (String furniture :
        List.of(
            "cookies",
            "Accept all",
            "Sport",
            "Weather",
            "Advertisement",
            "Ferry timetable",
            "Related",
            "comments",
            "It took them long enough",
            "All rights reserved",
            "a comment node")) {
      assertThat(doc.text()).as(furniture).doesNotContain(furniture);
    }
  }

  @Test
  void newsPageMetadataComesFromJsonLdCanonicalLinkAndLang() throws IOException {
    Doc doc = HtmlReader.read("bridge", fixture("news-page.html"));
    var meta = doc.metadata();
    assertThat(meta.headline()).contains("Harbour bridge reopens after two years of repairs");
    assertThat(meta.standfirst())
        .contains("Engineers finished the work three months early, the council said.");
    // JSON-LD datePublished wins over article:published_time
    assertThat(meta.published()).contains("2024-03-05T10:15:00+01:00");
    assertThat(meta.url()).contains("https://courier.example/news/harbour-bridge-reopens");
    assertThat(meta.authors()).containsExactly("Mara Lindqvist", "Tom Okafor");
    assertThat(meta.language()).isEqualTo("en");
  }

  @Test
  void textIsHeadlineStandfirstThenBodyWithSpansThatSliceTheirBlocks() throws IOException {
    Doc doc = HtmlReader.read("bridge", fixture("news-page.html"));
    assertThat(doc.text())
        .startsWith(
            "Harbour bridge reopens after two years of repairs\n\n"
                + "Engineers finished the work three months early, the council said.\n\n"
                + "The harbour bridge reopened");
    assertThat(doc.paragraphs().get(0).kind()).isEqualTo(Paragraph.Kind.HEADLINE);
    assertThat(doc.paragraphs().get(1).kind()).isEqualTo(Paragraph.Kind.STANDFIRST);
    int previousEnd = 0;
    for (Paragraph p : doc.paragraphs()) {
      assertThat(p.span().start()).isGreaterThanOrEqualTo(previousEnd);
      assertThat(p.span().end()).isLessThanOrEqualTo(doc.text().length());
      String slice = doc.slice(p.span());
      assertThat(slice).isNotBlank().isEqualTo(slice.strip()).doesNotContain("\n");
      previousEnd = p.span().end();
    }
    assertThat(doc.slice(doc.paragraphs().get(0).span()))
        .isEqualTo(doc.metadata().headline().orElseThrow());
  }

  @Test
  void pageWithoutAnArticleIsAClearInputError() throws IOException {
    byte[] page = fixture("no-article.html");
    assertThatThrownBy(() -> HtmlReader.read("sections.html", page))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("sections.html: ")
        .hasMessageContaining("without article text");
  }

  @Test
  void truncatedPageKeepsWhatArrived() throws IOException {
    String full = new String(fixture("news-page.html"), StandardCharsets.UTF_8);
    String cut = full.substring(0, full.indexOf("slightly less than") + 5);
    Doc doc = HtmlReader.read("cut", cut);
    assertThat(slices(doc, Paragraph.Kind.BODY).get(0))
        .startsWith("The harbour bridge reopened to traffic");
    assertThat(doc.text()).contains("Council leader Ines Varga").doesNotContain("Commuters");
  }

  @Test
  void pageCutOffBeforeItsBodyIsAClearInputError() throws IOException {
    String full = new String(fixture("news-page.html"), StandardCharsets.UTF_8);
    String cut = full.substring(0, full.indexOf("<body>") + 20);
    assertThatThrownBy(() -> HtmlReader.read("cut.html", cut))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("cut.html: ");
  }

  @Test
  void deeplyNestedMarkupDoesNotOverflowTheStack() {
    int depth = 10_000;
    StringBuilder html = new StringBuilder("<!DOCTYPE html><html><body>");
    html.append("<div>".repeat(depth));
    html.append("<p>Deep inside the markup, the article says that the river flooded the old town")
        .append(" on Sunday, and that hundreds of people were moved to safety.</p>");
    html.append("</div>".repeat(depth));
    html.append("</body></html>");
    Doc doc = HtmlReader.read("deep", html.toString());
    assertThat(doc.text()).contains("the river flooded the old town on Sunday");
  }

  @Test
  void legacyCharsetFromMetaIsDecoded() throws IOException {
    Doc doc = HtmlReader.read("latin", fixture("latin.html"));
    assertThat(doc.metadata().headline()).contains("Café owner wins award");
    assertThat(doc.text())
        .contains("Renée Dubois")
        .contains("crème brûlée on Saturday – the third");
  }

  @Test
  void unknownDeclaredCharsetIsAClearInputError() {
    byte[] page =
        "<html><head><meta charset=\"x-no-such-charset\"></head><body><p>Text</p></body></html>"
            .getBytes(StandardCharsets.US_ASCII);
    assertThatThrownBy(() -> HtmlReader.read("odd.html", page))
        .isInstanceOf(InputException.class)
        .hasMessage(
            "odd.html: declares charset 'x-no-such-charset', which is not a known charset (fix the"
                + " <meta charset>)");
  }

  @Test
  void bytesThatAreNotUtf8WithoutADeclaredCharsetAreAClearInputError() {
    byte[] page =
        "<html><body><p>Caf\u00e9 society</p></body></html>".getBytes(StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> HtmlReader.read("latin-undeclared.html", page))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("latin-undeclared.html: is not valid UTF-8: byte 0xE9 at offset");
  }

  @Test
  void byteOrderMarkIsHonoured() {
    String html =
        "<html><body><article><p>Zoë Ōkubo said the talks in Kraków would resume.</p>"
            + "</article></body></html>";
    byte[] utf16 = ("\uFEFF" + html).getBytes(StandardCharsets.UTF_16LE);
    assertThat(HtmlReader.read("bom", utf16).text()).contains("Zoë Ōkubo said the talks in Kraków");
  }

  @Test
  void articleReaderDetectsHtmlByContent() throws IOException {
    ArticleReader reader = new ArticleReader(ReaderOptions.defaults());
    List<ReadResult> results = reader.read("pages/bridge.html", fixture("news-page.html"));
    assertThat(results)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.isOk()).isTrue();
              assertThat(r.doc().orElseThrow().id()).isEqualTo("bridge");
              assertThat(r.doc().orElseThrow().metadata().authors()).contains("Tom Okafor");
            });
    List<ReadResult> failed = reader.read("pages/none.html", fixture("no-article.html"));
    assertThat(failed)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.isOk()).isFalse();
              assertThat(r.error().orElseThrow().getMessage()).startsWith("pages/none.html: ");
            });
    // plain text that mentions a tag is still plain text
    List<ReadResult> text =
        reader.read(
            "note.txt",
            "Headline\n\nUse <body> for the page body.\n".getBytes(StandardCharsets.UTF_8));
    assertThat(text.get(0).doc().orElseThrow().text()).contains("Use <body> for the page body.");
  }

  @Test
  void looksLikeHtmlAfterWhitespaceAndBom() {
    assertThat(HtmlReader.looksLikeHtml("\n  <!DOCTYPE HTML><p>x".getBytes(StandardCharsets.UTF_8)))
        .isTrue();
    assertThat(HtmlReader.looksLikeHtml("\uFEFF<html>".getBytes(StandardCharsets.UTF_8))).isTrue();
    assertThat(HtmlReader.looksLikeHtml("<!-- x --><head></head>".getBytes(StandardCharsets.UTF_8)))
        .isTrue();
    assertThat(HtmlReader.looksLikeHtml("{\"text\":\"<html>\"}".getBytes(StandardCharsets.UTF_8)))
        .isFalse();
    assertThat(HtmlReader.looksLikeHtml("Plain <body> text".getBytes(StandardCharsets.UTF_8)))
        .isFalse();
  }

  @Test
  void metadataDatesAreNormalizedToIso() {
    assertThat(HtmlMetadata.normalizeDate("2023-04-25T12:26:15.000Z"))
        .contains("2023-04-25T12:26:15Z");
    assertThat(HtmlMetadata.normalizeDate("2023-04-25T08:26:15-0400"))
        .contains("2023-04-25T08:26:15-04:00");
    assertThat(HtmlMetadata.normalizeDate("2023-04-25 12:26:15+00:00"))
        .contains("2023-04-25T12:26:15Z");
    assertThat(HtmlMetadata.normalizeDate("2023-04-25T12:26:15")).contains("2023-04-25");
    assertThat(HtmlMetadata.normalizeDate("2023-04-25")).contains("2023-04-25");
    assertThat(HtmlMetadata.normalizeDate("25 April 2023")).contains("2023-04-25");
    assertThat(HtmlMetadata.normalizeDate("yesterday")).isEmpty();
  }

  @Test
  void bodyDeclaredInJsonLdIsUsedWhenTheMarkupHoldsLittleOfIt() {
    String body =
        "The ministry confirmed on Monday that the new rail line will open in May, two years"
            + " after construction began.\\n\\nOfficials said tickets would go on sale next week,"
            + " with discounts for students and pensioners in the first month of service.";
    String html =
        "<!DOCTYPE html><html><head><script type=\"application/ld+json\">"
            + "{\"@type\":\"NewsArticle\",\"headline\":\"Rail line to open in May\","
            + "\"articleBody\":\""
            + body
            + "\"}</script></head><body><div id=\"app\"><p>Loading the story, one moment"
            + " please.</p></div></body></html>";
    Doc doc = HtmlReader.read("rail", html);
    assertThat(slices(doc, Paragraph.Kind.BODY))
        .hasSize(2)
        .first()
        .asString()
        .startsWith("The ministry confirmed on Monday");
    assertThat(doc.text()).doesNotContain("Loading the story");
  }
}
