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
}
