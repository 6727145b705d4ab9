package org.herodotus.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.herodotus.read.HtmlExtractor.Block;
import org.junit.jupiter.api.Test;

class DeclaredBodyGuideTest {

  /** Seven paragraphs of an article, each different, over 500 letters in all. */
  private static final List<String> ARTICLE =
      IntStream.rangeClosed(1, 7)
          .mapToObj(
              n ->
                  "Paragraph "
                      + n
                      + " of the council report says the harbour works will cost "
                      + n * 7
                      + " million euros and close quay "
                      + n
                      + " for a while.")
          .toList();

  private static List<Block> blocks(String... extra) {
    List<Block> out = new ArrayList<>();
    for (String text : ARTICLE) {
      out.add(new Block(text, false, false));
    }
    for (String text : extra) {
      out.add(1, new Block(text, text.startsWith("Photo"), false));
    }
    return out;
  }

  @Test
  void blocksTheDeclaredBodyLacksAreDropped() {
    String declared = String.join("\n", ARTICLE);
    assertThat(DeclaredBodyGuide.letters(declared).length())
        .isGreaterThanOrEqualTo(DeclaredBodyGuide.GUIDE_CHARS);
    List<Block> withTeaser = blocks("Photo: the harbour at dusk", "Read our election coverage.");
    List<Block> kept = new ArrayList<>(withTeaser);
    kept.remove(1);
    assertThat(DeclaredBodyGuide.apply(withTeaser, declared)).isEqualTo(kept);
  }

  @Test
  void aShortOrCutDeclaredBodyGuidesNothing() {
    List<Block> withTeaser = blocks("Read our election coverage.");
    assertThat(DeclaredBodyGuide.apply(withTeaser, ARTICLE.get(0))).isEqualTo(withTeaser);
    String longer = String.join("\n", ARTICLE) + " And then much more that no block has.";
    assertThat(DeclaredBodyGuide.apply(withTeaser, longer + longer.substring(0, 200)))
        .isEqualTo(withTeaser);
  }

  @Test
  void lettersAndDigitsInLowerCase() {
    assertThat(DeclaredBodyGuide.letters("Mayor&#39;s \"R4bn\" plan!"))
        .isEqualTo("mayor39sr4bnplan");
  }
}
