package org.herodotus.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.herodotus.read.TestPages.newsArticle;

import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class PageAuthorsTest {

  private static List<String> authors(String head, String body) {
    Document page = TestPages.parse(head, body);
    return PageAuthors.of(page, JsonLd.article(page));
  }

  @Test
  void peopleOfTheJsonLdAuthorNotOrganizations() {
    String author =
        "\"author\":[{\"@type\":\"Person\",\"name\":\"Ann Lee\"},"
            + "{\"@type\":\"Organization\",\"name\":\"The Courier\"},\"Bo Chen and Cy Diaz\"]";
    assertThat(authors(newsArticle(author) + "<meta name=author content=Ignored>", ""))
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
