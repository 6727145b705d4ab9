package org.herodotus.quote;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FollowingCueTest {

  @Test
  void aSpeechVerbOpeningTheNextSentence() {
    Article a = Articles.of(Texts.FOLLOWING);
    int asked = Articles.token(a, "asked");
    assertThat(FollowingCue.find(a, Articles.marked(a, "Does anyone")))
        .contains(
            new Cue(
                Articles.span(a, "asked"),
                asked,
                "cue verb in the sentence after the quote",
                asked));
  }

  @Test
  void noneAtTheEndOfTheText() {
    Article a = Articles.of(Texts.FOLLOWING);
    assertThat(FollowingCue.find(a, Articles.marked(a, "Nobody does"))).isEmpty();
  }
}
