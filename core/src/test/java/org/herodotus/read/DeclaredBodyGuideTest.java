package org.herodotus.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.herodotus.read.HtmlExtractor.Block;
import org.junit.jupiter.api.Test;

class DeclaredBodyGuideTest {

  private static final String P1 =
      "The council approved the new budget on Monday, after a long debate about schools, roads"
          + " and the harbour, and after the mayor promised to publish the full accounts.";
  private static final String P2 =
      "Opposition members said the plan cut too deeply into youth services, while the mayor"
          + " argued that the savings were needed to keep taxes flat for another year.";
  private static final String P3 =
      "The budget takes effect in January, and a first review of its effects is planned for the"
          + " spring, when the council meets again to discuss the harbour works.";
  private static final String P4 =
      "Residents can read the full budget at the town hall library and on the council website"
          + " from next week, the clerk said on Tuesday evening.";

  private static final String P5 =
      "The harbour works will close the north quay for two months, and the ferry will use the"
          + " south landing until the new pontoon is in place, the harbour master said.";

  private static Block body(String text) {
    return new Block(text, false, false);
  }

  @Test
  void blocksTheDeclaredBodyLacksAreDropped() {
    Block teaser = body("Read our coverage of the election results in the city and county.");
    Block caption = new Block("The harbour at dusk", true, false);
    List<Block> blocks = List.of(body(P1), teaser, caption, body(P2), body(P3), body(P4), body(P5));
    String declared = String.join("\n", P1, P2, P3, P4, P5);
    assertThat(DeclaredBodyGuide.letters(declared).length())
        .isGreaterThanOrEqualTo(DeclaredBodyGuide.GUIDE_CHARS);
    assertThat(DeclaredBodyGuide.apply(blocks, declared))
        .containsExactly(body(P1), caption, body(P2), body(P3), body(P4), body(P5));
  }

  @Test
  void aShortOrCutDeclaredBodyGuidesNothing() {
    List<Block> blocks =
        List.of(body(P1), body("Other text."), body(P2), body(P3), body(P4), body(P5));
    assertThat(DeclaredBodyGuide.apply(blocks, P1)).isEqualTo(blocks);
    String teaser =
        String.join("\n", P1, P2, P3, P4, P5) + " And then much more that no block has.";
    assertThat(DeclaredBodyGuide.apply(blocks, teaser + teaser.substring(0, 200)))
        .isEqualTo(blocks);
  }

  @Test
  void lettersAndDigitsInLowerCase() {
    assertThat(DeclaredBodyGuide.letters("Mayor&#39;s \"R4bn\" plan!"))
        .isEqualTo("mayor39sr4bnplan");
  }
}
