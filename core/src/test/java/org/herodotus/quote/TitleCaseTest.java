package org.herodotus.quote;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TitleCaseTest {

  @Test
  void aTitleLeavesOnlySmallWordsInLowerCase() {
    Article a = Articles.of(Texts.VENUE);
    QuotedWords title = Articles.quoted(a, "Face the Nation");
    assertThat(TitleCase.isTitle(a, title.first(), title.end())).isTrue();
    Article b = Articles.of(Texts.GOVERNS);
    QuotedWords words = Articles.quoted(b, "the talks are over");
    assertThat(TitleCase.isTitle(b, words.first(), words.end())).isFalse();
  }
}
