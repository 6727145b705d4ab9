package org.herodotus.quote;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NearbyCueTest {

  @Test
  void aSpeechVerbWithASubjectInTheQuotesSentence() {
    Article a = Articles.of(Texts.NEARBY);
    int said = Articles.token(a, "said");
    assertThat(NearbyCue.find(a, Articles.quoted(a, "We will talk")))
        .contains(
            new Cue(Articles.span(a, "said"), said, "cue verb in the quote's sentence", said));
  }

  @Test
  void noneInASentenceWithoutASpeechVerb() {
    Article a = Articles.of(Texts.UNCUED);
    assertThat(NearbyCue.find(a, Articles.quoted(a, "Nobody here"))).isEmpty();
  }
}
