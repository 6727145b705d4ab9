package org.herodotus.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageFurnitureTest {

  private static boolean furniture(String html, boolean byClass) {
    Element first = Jsoup.parse(html).body().child(0);
    return PageFurniture.isFurniture(first, byClass);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<nav>Home</nav>",
        "<div hidden>x</div>",
        "<div aria-hidden=TRUE>x</div>",
        "<div role=navigation>x</div>",
        "<div style='display: none'>x</div>",
        "<form><p>Search</p></form>"
      })
  void furnitureByTagAttributeAndStyle(String html) {
    assertThat(furniture(html, false)).isTrue();
  }

  @Test
  void furnitureByClassOnlyWhenAskedAndNotForArticleWords() {
    assertThat(furniture("<div>x</div>", true)).isFalse();
    assertThat(furniture("<div class=share-links>x</div>", true)).isTrue();
    assertThat(furniture("<div class=share-links>x</div>", false)).isFalse();
    assertThat(furniture("<div class='comment article-body'>x</div>", true)).isFalse();
    assertThat(furniture("<p class=share>x</p>", true)).isFalse();
  }

  @Test
  void aFormHoldingProseIsNotFurniture() {
    assertThat(furniture("<form><p>" + "word ".repeat(110) + "</p></form>", false)).isFalse();
  }

  @Test
  void removeDropsFurnitureAndCommentsButNotTheBody() {
    Element body =
        Jsoup.parse("<body class=sidebar><!-- note --><nav>Menu</nav><p>Text.</p></body>").body();
    PageFurniture.remove(body, true);
    assertThat(body.html()).isEqualTo("<p>Text.</p>");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Advertisement",
        "Read more: the budget in full",
        "Share this article",
        "© 2023 The Courier"
      })
  void furnitureLines(String line) {
    assertThat(PageFurniture.isLine(line)).isTrue();
  }

  @Test
  void aSentenceIsNoFurnitureLine() {
    assertThat(PageFurniture.isLine("The council read more than 200 letters.")).isFalse();
  }
}
