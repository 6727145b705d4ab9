package org.herodotus.quote;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AttachedCueTest {

  @Test
  void aSpeechVerbHangingFromTheQuote() {
    Article a = Articles.of(Texts.ATTACHED);
    int explained = Articles.token(a, "explained");
    assertThat(AttachedCue.find(a, Articles.quoted(a, "We will talk")))
        .contains(
            new Cue(
                Articles.span(a, "explained"),
                explained,
                "cue verb attached to the quote",
                explained));
  }

  @Test
  void notAVerbTheQuoteHangsFrom() {
    Article a = Articles.of(Texts.GOVERNS);
    assertThat(AttachedCue.find(a, Articles.quoted(a, "the talks are over"))).isEmpty();
  }
}
