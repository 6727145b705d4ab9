package org.herodotus.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.herodotus.read.HtmlExtractor.Block;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class BlockReaderTest {

  /**
   * The blocks of a body, each as its text, "caption: " or "heading: " before it when it is one.
   */
  private static List<String> blocks(String html) {
    return BlockReader.of(Jsoup.parse(html).body()).stream()
        .map(b -> (b.caption() ? "caption: " : b.heading() ? "heading: " : "") + b.text())
        .toList();
  }

  @Test
  void blockElementsSplitTheTextAndSpacesCollapse() {
    assertThat(blocks("<p>One\n  two</p>text between<p>three<br>four</p>"))
        .containsExactly("One two", "text between", "three", "four");
  }

  @Test
  void captionsAndHeadingsAreMarked() {
    String html =
        "<h2>Budget</h2><figure><figcaption>The mayor</figcaption></figure>"
            + "<div class=image-caption>The harbour</div><span class=caption>x</span>";
    assertThat(blocks(html))
        .containsExactly("heading: Budget", "caption: The mayor", "caption: The harbour", "x");
    assertThat(BlockReader.of(Jsoup.parse("<h3>A</h3>").body()))
        .containsExactly(new Block("A", false, true));
  }

  @Test
  void linkListsAndBlocksWithoutLettersAreLeftOut() {
    assertThat(blocks("<p><a href=/a>All the news</a> today</p><p>* * *</p><p>Text.</p>"))
        .containsExactly("Text.");
  }
}
