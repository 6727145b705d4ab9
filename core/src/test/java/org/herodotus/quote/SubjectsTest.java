package org.herodotus.quote;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SubjectsTest {

  @Test
  void theSubjectOfTheCueVerb() {
    Article a = Articles.of(Texts.COMPLEMENT);
    assertThat(Subjects.of(a, Articles.token(a, "said"))).isEqualTo(Articles.token(a, "minister"));
  }

  @Test
  void theNameAfterAnInvertedSpeechVerb() {
    Article a = Articles.of(Texts.CONTINUES);
    assertThat(Subjects.inverted(a, Articles.token(a, "said")))
        .isEqualTo(Articles.token(a, "Lopez"));
  }

  @Test
  void aParticipleTakesTheSubjectOfTheSpeechVerbItHangsFrom() {
    Article a =
        Articles.of(
            "Budget\n\n\u201CWe cannot pay for this any longer,\u201D Lopez said, adding later,"
                + " \u201CThe fund is costing us a fortune.\u201D\n");
    assertThat(Subjects.of(a, Articles.token(a, "adding"))).isEqualTo(Articles.token(a, "Lopez"));
  }

  @Test
  void anImperativeHasNoSubject() {
    Article a = Articles.of("Talks\n\nTell them \u201Cwe are ready.\u201D\n");
    assertThat(Subjects.of(a, Articles.token(a, "Tell"))).isEqualTo(-1);
  }
}
