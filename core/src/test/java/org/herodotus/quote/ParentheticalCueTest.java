package org.herodotus.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.herodotus.doc.Speaker;
import org.junit.jupiter.api.Test;

class ParentheticalCueTest {

  @Test
  void theClauseAroundACueSetIntoIt() {
    Article a = Articles.of(Texts.PARENTHETICAL);
    int said = Articles.token(a, "said");
    assertThat(ParentheticalCue.is(a, said)).isTrue();
    Draft d = ParentheticalCue.find(a, said, List.of()).orElseThrow();
    assertThat(d.content())
        .isEqualTo(Articles.span(a, "The talks, officials said, had failed after three days"));
    assertThat(d.cue()).contains(Articles.span(a, "said"));
    assertThat(d.rule()).isEqualTo("reported clause around a parenthetical cue");
    assertThat(d.speaker().map(Speaker::name)).contains("officials");
  }

  @Test
  void aVerbWithAComplementIsNoParenthetical() {
    Article a = Articles.of(Texts.COMPLEMENT);
    assertThat(ParentheticalCue.is(a, Articles.token(a, "said"))).isFalse();
  }
}
