package org.herodotus.quote;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InterruptingCueTest {

  @Test
  void bothPartsTakeTheCueBetweenThem() {
    Article a = Articles.of(Texts.INTERRUPTED);
    Cue expected =
        new Cue(
            Articles.span(a, "said"),
            Articles.token(a, "said"),
            "cue verb interrupting the quote",
            Articles.token(a, "said"));
    assertThat(InterruptingCue.find(a, Articles.marked(a, "We will talk"))).contains(expected);
    assertThat(InterruptingCue.find(a, Articles.marked(a, "but not at any price")))
        .contains(expected);
  }

  @Test
  void aQuoteAloneIsNotInterrupted() {
    Article a = Articles.of(Texts.GOVERNS);
    assertThat(InterruptingCue.find(a, Articles.marked(a, "the talks are over"))).isEmpty();
  }
}
