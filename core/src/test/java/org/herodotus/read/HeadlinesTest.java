package org.herodotus.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.herodotus.lexicon.WordLists;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class HeadlinesTest {

  private static Optional<String> headline(String head, String body) {
    Document page = Jsoup.parse("<html><head>" + head + "</head><body>" + body + "</body></html>");
    return Headlines.of(
        page, JsonLd.article(page), new SiteNames(List.of("The Courier"), WordLists.bundled()));
  }

  @Test
  void theShownHeadlineThatTheSharedTitleConfirms() {
    assertThat(
            headline(
                "<meta property=og:title content=\"Bridge reopens - National | The Courier\">"
                    + "<script type=application/ld+json>{\"@type\":\"NewsArticle\","
                    + "\"headline\":\"Harbour bridge to reopen\"}</script>",
                "<h1>Bridge reopens</h1>"))
        .contains("Bridge reopens");
  }

  @Test
  void theDeclaredHeadlineWithoutTheSite() {
    assertThat(
            headline(
                "<script type=application/ld+json>{\"@type\":\"NewsArticle\","
                    + "\"headline\":\"Harbour bridge reopens | The Courier\"}</script>",
                "<h1>Courier</h1>"))
        .contains("Harbour bridge reopens");
  }

  @Test
  void theFirstLongH1ThenThePageTitle() {
    assertThat(headline("", "<h1>Logo</h1><h1>Harbour bridge reopens</h1>"))
        .contains("Harbour bridge reopens");
    assertThat(headline("<title>Harbour bridge reopens | Local | Courier</title>", ""))
        .contains("Harbour bridge reopens");
    assertThat(headline("", "")).isEmpty();
  }
}
