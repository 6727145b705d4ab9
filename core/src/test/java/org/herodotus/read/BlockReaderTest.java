package org.herodotus.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.herodotus.read.HtmlExtractor.Block;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class BlockReaderTest {

  private static List<Block> blocks(String html) {
    return BlockReader.of(Jsoup.parse(html).body());
  }

  @Test
  void blockElementsSplitTheTextAndSpacesCollapse() {
    assertThat(blocks("<p>One\n  two</p>text between<p>three<br>four</p>"))
        .containsExactly(
            new Block("One two", false, false),
            new Block("text between", false, false),
            new Block("three", false, false),
            new Block("four", false, false));
  }

  @Test
  void captionsAndHeadingsAreMarked() {
    assertThat(
            blocks(
                "<h2>Budget</h2><figure><figcaption>The mayor</figcaption></figure>"
                    + "<div class=image-caption>The harbour</div><span class=caption>x</span>"))
        .containsExactly(
            new Block("Budget", false, true),
            new Block("The mayor", true, false),
            new Block("The harbour", true, false),
            new Block("x", false, false));
  }

  @Test
  void linkListsAndBlocksWithoutLettersAreLeftOut() {
    assertThat(blocks("<p><a href=/a>All the news</a> today</p><p>* * *</p><p>Text.</p>"))
        .containsExactly(new Block("Text.", false, false));
  }
}
