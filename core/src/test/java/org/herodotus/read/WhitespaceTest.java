package org.herodotus.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WhitespaceTest {

  @Test
  void collapseMakesOneSpaceOfEveryBlankRunAndTrims() {
    assertThat(Whitespace.collapse(" \u00A0a\n\t b\u200B\u2060c  ")).isEqualTo("a b c");
    assertThat(Whitespace.collapse("\uFEFF")).isEmpty();
  }

  @Test
  void blanks() {
    assertThat(Whitespace.isBlank('\u202F')).isTrue();
    assertThat(Whitespace.isBlank("ab  cd", 2, 4)).isTrue();
    assertThat(Whitespace.isBlank("x")).isFalse();
  }
}
