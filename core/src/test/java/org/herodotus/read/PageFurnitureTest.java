package org.herodotus.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class PageFurnitureTest {

  private static Element first(String html) {
    return Jsoup.parse(html).body().child(0);
  }

  @Test
  void furnitureByTagAttributeAndStyle() {
    assertThat(PageFurniture.isFurniture(first("<nav>Home</nav>"), false)).isTrue();
    assertThat(PageFurniture.isFurniture(first("<div hidden>x</div>"), false)).isTrue();
    assertThat(PageFurniture.isFurniture(first("<div aria-hidden=TRUE>x</div>"), false)).isTrue();
    assertThat(PageFurniture.isFurniture(first("<div role=navigation>x</div>"), false)).isTrue();
    assertThat(PageFurniture.isFurniture(first("<div style='display: none'>x</div>"), false))
        .isTrue();
    assertThat(PageFurniture.isFurniture(first("<div>x</div>"), false)).isFalse();
  }

  @Test
  void furnitureByClassOnlyWhenAskedAndNotForArticleWords() {
    Element share = first("<div class=share-links>x</div>");
    assertThat(PageFurniture.isFurniture(share, true)).isTrue();
    assertThat(PageFurniture.isFurniture(share, false)).isFalse();
    assertThat(PageFurniture.isFurniture(first("<div class='comment article-body'>x</div>"), true))
        .isFalse();
    assertThat(PageFurniture.isFurniture(first("<p class=share>x</p>"), true)).isFalse();
  }

  @Test
  void aFormHoldingProseIsNotFurniture() {
    String prose = "word ".repeat(110);
    assertThat(PageFurniture.isFurniture(first("<form><p>" + prose + "</p></form>"), false))
        .isFalse();
    assertThat(PageFurniture.isFurniture(first("<form><p>Search</p></form>"), false)).isTrue();
  }

  @Test
  void removeDropsFurnitureAndCommentsButNotTheBody() {
    Element body =
        Jsoup.parse("<body class=sidebar><!-- note --><nav>Menu</nav><p>Text.</p></body>").body();
    PageFurniture.remove(body, true);
    assertThat(body.html()).isEqualTo("<p>Text.</p>");
  }

  @Test
  void furnitureLines() {
    assertThat(PageFurniture.isLine("Advertisement")).isTrue();
    assertThat(PageFurniture.isLine("Read more: the budget in full")).isTrue();
    assertThat(PageFurniture.isLine("Share this article")).isTrue();
    assertThat(PageFurniture.isLine("© 2023 The Courier")).isTrue();
    assertThat(PageFurniture.isLine("The council read more than 200 letters.")).isFalse();
  }
}
