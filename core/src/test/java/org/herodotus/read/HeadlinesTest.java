package org.herodotus.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.herodotus.read.TestPages.newsArticle;

import java.util.List;
import java.util.Optional;
import org.herodotus.lexicon.WordLists;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class HeadlinesTest {

  private static Optional<String> headline(String head, String body) {
    Document page = TestPages.parse(head, body);
    return Headlines.of(
        page, JsonLd.article(page), new SiteNames(List.of("The Courier"), WordLists.bundled()));
  }

  @Test
  void theShownHeadlineThatTheSharedTitleConfirms() {
    String head =
        "<meta property=og:title content=\"Bridge reopens - National | The Courier\">"
            + newsArticle("\"headline\":\"Harbour bridge to reopen\"");
    assertThat(headline(head, "<h1>Bridge reopens</h1>")).contains("Bridge reopens");
  }

  @Test
  void theDeclaredHeadlineWithoutTheSite() {
    String head = newsArticle("\"headline\":\"Harbour bridge reopens | The Courier\"");
    assertThat(headline(head, "<h1>Courier</h1>")).contains("Harbour bridge reopens");
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
