package org.herodotus.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class PageDatesTest {

  private static Optional<String> published(String head, String body) {
    Document page = Jsoup.parse("<html><head>" + head + "</head><body>" + body + "</body></html>");
    return PageDates.published(page, JsonLd.article(page));
  }

  @Test
  void theJsonLdDateComesFirst() {
    assertThat(
            published(
                "<script type=application/ld+json>{\"@type\":\"NewsArticle\","
                    + "\"datePublished\":\"2023-04-25T12:26:15Z\"}</script>"
                    + "<meta property=article:published_time content=2020-01-01>",
                ""))
        .contains("2023-04-25T12:26:15Z");
  }

  @Test
  void thenMetaTagsItempropsTimeElementsAndOtherDateTags() {
    assertThat(published("<meta property=article:published_time content=2020-01-01>", ""))
        .contains("2020-01-01");
    assertThat(published("", "<span itemprop=datePublished content=2020-02-02></span>"))
        .contains("2020-02-02");
    assertThat(published("", "<time datetime=bad></time><time datetime=2020-03-03></time>"))
        .contains("2020-03-03");
    assertThat(published("<meta name=dc.date content=\"4 April 2020\">", ""))
        .contains("2020-04-04");
    assertThat(published("", "")).isEmpty();
  }

  @Test
  void normalizedDates() {
    assertThat(PageDates.normalizeDate("2023-04-25T08:26:15.5-0400"))
        .contains("2023-04-25T08:26:15-04:00");
    assertThat(PageDates.normalizeDate("2023-04-25T12:26")).contains("2023-04-25");
    assertThat(PageDates.normalizeDate("2023-02-30")).isEmpty();
    assertThat(PageDates.normalizeDate(" ")).isEmpty();
  }
}
