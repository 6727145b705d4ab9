package org.herodotus.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class HtmlMetadataTest {

  private static HtmlMetadata of(String head, String body) {
    return HtmlMetadata.of(
        Jsoup.parse("<html><head>" + head + "</head><body>" + body + "</body></html>"));
  }

  private static String jsonLd(String headline) {
    return "<script type=application/ld+json>{\"@type\":\"NewsArticle\",\"headline\":\""
        + headline
        + "\"}</script>";
  }

  @Test
  void theShownHeadlineWinsWhenTheSharedTitleConfirmsIt() {
    HtmlMetadata meta =
        of(
            "<title>Mayor says budget will pass | The Courier</title>"
                + jsonLd("Mayor says budget will pass")
                + "<meta property=og:title content=\"Mayor defiant over ‘unfair’ budget\">",
            "<h1>Mayor defiant over 'unfair' budget</h1><p>Text.</p>");
    assertThat(meta.headline()).contains("Mayor defiant over 'unfair' budget");
  }

  @Test
  void theDeclaredHeadlineWinsWhenOnlyTheSharedTitleDiffers() {
    HtmlMetadata meta =
        of(
            jsonLd("Mayor says budget will pass despite protests")
                + "<meta property=og:title content=\"Budget will pass, mayor says\">",
            "<h1>Mayor says budget will pass despite protests</h1><p>Text.</p>");
    assertThat(meta.headline()).contains("Mayor says budget will pass despite protests");
  }

  @Test
  void theSiteNameIsDroppedFromTheSharedTitle() {
    HtmlMetadata meta =
        of(
            "<meta property=og:site_name content=\"The Courier\">"
                + "<meta property=og:title content=\"Harbour bridge reopens | The Courier\">",
            "<h1>Harbour bridge reopens</h1><p>Text.</p>");
    assertThat(meta.headline()).contains("Harbour bridge reopens");
  }

  @Test
  void aSiteNameWithAWordMoreIsDroppedFromTheSharedTitle() {
    HtmlMetadata meta =
        of(
            "<meta property=og:site_name content=\"The Courier\">"
                + "<meta property=og:title content=\"Harbour bridge reopens | Courier News\">",
            "<p>Text.</p>");
    assertThat(meta.headline()).contains("Harbour bridge reopens");
  }

  @Test
  void theSiteAndWhatFollowsItAreDroppedFromTheSharedTitle() {
    HtmlMetadata meta =
        of(
            "<meta property=og:site_name content=\"The Courier\">"
                + "<meta property=og:title"
                + " content=\"Harbour bridge reopens | The Courier | by Jane Roe\">",
            "<p>Text.</p>");
    assertThat(meta.headline()).contains("Harbour bridge reopens");
  }

  @Test
  void theCanonicalHostNamesTheSite() {
    HtmlMetadata meta =
        of(
            "<link rel=canonical href=\"https://www.harbourcourier.co.uk/news/bridge\">"
                + "<title>Harbour bridge reopens after repairs - Harbour Courier</title>",
            "<p>Text.</p>");
    assertThat(meta.headline()).contains("Harbour bridge reopens after repairs");
  }

  @Test
  void thePublisherNamesTheSite() {
    HtmlMetadata meta =
        of(
            "<script type=application/ld+json>{\"@type\":\"NewsArticle\","
                + "\"publisher\":{\"@type\":\"Organization\",\"name\":\"Courier Media\"}}"
                + "</script>"
                + "<meta property=og:title content=\"Harbour bridge reopens - Courier Media\">",
            "<p>Text.</p>");
    assertThat(meta.headline()).contains("Harbour bridge reopens");
  }

  @Test
  void aSeparatorInsideTheHeadlineStays() {
    HtmlMetadata meta =
        of(
            "<meta property=og:site_name content=\"The Courier\">"
                + "<meta property=og:title"
                + " content=\"BUDGET 2025 | Council finds money for the harbour bridge\">",
            "<p>Text.</p>");
    assertThat(meta.headline())
        .contains("BUDGET 2025 | Council finds money for the harbour bridge");
  }

  @Test
  void aShortSegmentAfterASeparatorIsNotTakenForTheSite() {
    HtmlMetadata meta =
        of(
            "<meta property=og:site_name content=\"The Times\">"
                + "<meta property=og:title content=\"Mayor - The Times interview\">",
            "<p>Text.</p>");
    assertThat(meta.headline()).contains("Mayor - The Times interview");
  }

  @Test
  void theShownHeadlineWinsOverTheSharedTitleWithASectionAndSite() {
    HtmlMetadata meta =
        of(
            "<meta property=og:site_name content=\"Courier\">"
                + "<meta property=og:title"
                + " content=\"Harbour bridge reopens - Local | Courier.com\">",
            "<h1>Harbour bridge reopens</h1><p>Text.</p>");
    assertThat(meta.headline()).contains("Harbour bridge reopens");
  }

  @Test
  void entitiesInTheJsonLdHeadlineAreDecoded() {
    HtmlMetadata meta = of(jsonLd("Mayor&#039;s &#8216;fair&#8217; budget passes"), "<p>Text.</p>");
    assertThat(meta.headline()).contains("Mayor's \u2018fair\u2019 budget passes");
  }

  @Test
  void sectionNamesBeforeTheSiteGoWithIt() {
    HtmlMetadata meta =
        of(
            "<meta property=og:site_name content=\"The Courier\">"
                + "<title>Harbour bridge reopens after repairs | Local News | The Courier</title>",
            "<p>Text.</p>");
    assertThat(meta.headline()).contains("Harbour bridge reopens after repairs");
  }

  @Test
  void theEndOfAHeadlineIsNotTakenForASection() {
    HtmlMetadata meta =
        of(
            "<meta property=og:site_name content=\"The Courier\">"
                + "<title>Harbour bridge closes for repairs - again | The Courier</title>",
            "<p>Text.</p>");
    assertThat(meta.headline()).contains("Harbour bridge closes for repairs - again");
  }

  @Test
  void theSiteNameWithAnotherWordIsPartOfTheHeadline() {
    HtmlMetadata meta =
        of(
            "<meta property=og:site_name content=\"Courier\">"
                + "<meta property=og:title content=\"Harbour bridge deal - Courier exclusive\">",
            "<p>Text.</p>");
    assertThat(meta.headline()).contains("Harbour bridge deal - Courier exclusive");
  }
}
