package org.herodotus.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class PageAuthorsTest {

  private static List<String> authors(String head, String body) {
    Document page = Jsoup.parse("<html><head>" + head + "</head><body>" + body + "</body></html>");
    return PageAuthors.of(page, JsonLd.article(page));
  }

  @Test
  void peopleOfTheJsonLdAuthorNotOrganizations() {
    assertThat(
            authors(
                "<script type=application/ld+json>{\"@type\":\"NewsArticle\",\"author\":["
                    + "{\"@type\":\"Person\",\"name\":\"Ann Lee\"},"
                    + "{\"@type\":\"Organization\",\"name\":\"The Courier\"},"
                    + "\"Bo Chen and Cy Diaz\"]}</script>"
                    + "<meta name=author content=\"Ignored\">",
                ""))
        .containsExactly("Ann Lee", "Bo Chen", "Cy Diaz");
  }

  @Test
  void metaTagsThenMarkup() {
    assertThat(authors("<meta name=author content=\"By Ann Lee; Bo Chen\">", ""))
        .containsExactly("Ann Lee", "Bo Chen");
    assertThat(authors("<meta property=article:author content=\"Ann Lee\">", ""))
        .containsExactly("Ann Lee");
    assertThat(authors("", "<a rel=author href=/ann>Ann Lee</a>")).containsExactly("Ann Lee");
  }

  @Test
  void addressesAndEmailsAreNotNames() {
    assertThat(authors("<meta name=author content=\"https://x.test/ann\">", "")).isEmpty();
    assertThat(authors("<meta name=author content=\"ann@x.test\">", "")).isEmpty();
  }
}
