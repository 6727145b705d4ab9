package org.herodotus.quote;

import static org.assertj.core.api.Assertions.assertThat;

import org.herodotus.doc.Quote;
import org.herodotus.doc.Speaker;
import org.junit.jupiter.api.Test;

class SpeakersTest {

  @Test
  void theCuesSubjectResolvedToItsEntity() {
    Article a = Articles.of(Texts.CONTINUES);
    Cue said = Cue.verb(a.parse, Articles.token(a, "said"), "test");
    Speakers.Said who =
        a.speakers.of(said, Quote.Kind.DIRECT, Articles.span(a, "“We will not give up"));
    assertThat(who.speaker().map(Speaker::name)).contains("Maria Lopez");
    assertThat(who.speaker().flatMap(Speaker::role)).contains("foreign minister");
    assertThat(who.reason()).isEmpty();
  }

  @Test
  void anUnresolvedPronounGivesAReason() {
    Article a =
        Articles.of(
            "Talks\n\n\u201CWe are ready,\u201D she said, \u201Cto talk to anyone.\u201D\n");
    Cue said = Cue.verb(a.parse, Articles.token(a, "said"), "test");
    Speakers.Said who = a.speakers.of(said, Quote.Kind.DIRECT, Articles.span(a, "\u201CWe"));
    assertThat(who.speaker()).isEmpty();
    assertThat(who.reason())
        .contains("the speaker 'she' is a pronoun the entity layer did not resolve");
  }

  @Test
  void aNameSpanGivesTheLongestMentionInIt() {
    Article a = Articles.of(Texts.DASH);
    Speaker s = a.speakers.named(Articles.span(a, "Ana Torres"));
    assertThat(s.name()).isEqualTo("Ana Torres");
    assertThat(s.entity()).isNotNegative();
  }
}
