package org.herodotus.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ArticleContainerTest {

  private static final String PARAGRAPH =
      "<p>The council approved the budget on Monday, after a long debate about schools, roads"
          + " and the harbour.</p>";

  private static List<String> ids(String html) {
    return ArticleContainer.of(Jsoup.parse(html).body()).stream().map(Element::id).toList();
  }

  /** A div with these attributes holding {@code n} paragraphs. */
  private static String prose(String attributes, int n) {
    return "<div " + attributes + ">" + PARAGRAPH.repeat(n) + "</div>";
  }

  @Test
  void theMarkedArticleBodyWinsWhenItHoldsEnoughText() {
    String body = prose("id=teaser", 5) + prose("id=marked itemprop=articleBody", 3);
    assertThat(ids("<body>" + body + "</body>")).containsExactly("marked");
  }

  @Test
  void theContainerOfTheMostProse() {
    String body = "<div id=links><p>Short.</p></div>" + prose("id=story", 4);
    assertThat(ids("<body>" + body + "</body>")).containsExactly("story");
  }

  @Test
  void proseSiblingsJoinTheBestContainer() {
    String html =
        "<body><div id=page>"
            + prose("id=story", 4)
            + "<p id=after>The mayor said the full accounts would be published in"
            + " spring, after the auditors have seen them.</p><ul id=menu><li>Home</li></ul>"
            + "</div></body>";
    assertThat(ids(html)).containsExactly("story", "after");
  }

  @Test
  void theBodyWhenNothingIsProse() {
    assertThat(ArticleContainer.of(Jsoup.parse("<body><p>Hi</p></body>").body()))
        .extracting(Element::normalName)
        .containsExactly("body");
  }
}
