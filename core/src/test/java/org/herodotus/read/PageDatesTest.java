package org.herodotus.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PageDatesTest {

  private static Optional<String> published(String head, String body) {
    Document page = TestPages.parse(head == null ? "" : head, body == null ? "" : body);
    return PageDates.published(page, JsonLd.article(page));
  }

  @Test
  void theJsonLdDateComesFirst() {
    String head =
        TestPages.newsArticle("\"datePublished\":\"2023-04-25T12:26:15Z\"")
            + "<meta property=article:published_time content=2020-01-01>";
    assertThat(published(head, "")).contains("2023-04-25T12:26:15Z");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "<meta property=article:published_time content=2020-01-01> | | 2020-01-01",
        " | <span itemprop=datePublished content=2020-02-02></span> | 2020-02-02",
        " | <time datetime=bad></time><time datetime=2020-03-03></time> | 2020-03-03",
        "<meta name=dc.date content='4 April 2020'> | | 2020-04-04",
      })
  void thenMetaTagsItempropsTimeElementsAndOtherDateTags(String head, String body, String date) {
    assertThat(published(head, body)).contains(date);
  }

  @Test
  void noDateNoValue() {
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
