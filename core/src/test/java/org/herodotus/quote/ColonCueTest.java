package org.herodotus.quote;

import static org.assertj.core.api.Assertions.assertThat;

import org.herodotus.doc.Speaker;
import org.junit.jupiter.api.Test;

class ColonCueTest {

  @Test
  void aSpeechVerbInTheSentenceBeforeEndingInAColon() {
    Article a = Articles.of(Texts.COLON);
    QuotedWords q = Articles.quoted(a, "We will not give up");
    Draft d = ColonCue.find(a, q, q.draft()).orElseThrow();
    assertThat(d.cue()).contains(Articles.span(a, "told"));
    assertThat(d.cueVerb()).isEqualTo(Articles.token(a, "told"));
    assertThat(d.speaker().map(Speaker::name)).contains("Maria Lopez");
    assertThat(d.rule()).isEqualTo("cue in the sentence before, ending in a colon");
  }

  @Test
  void theVerbOfAClauseBeforeTheColonWhoseSubjectCanSpeak() {
    Article a = Articles.of(Texts.COLON_CLAUSE);
    QuotedWords q = Articles.quoted(a, "We will not give up");
    assertThat(ColonCue.cue(a, q).map(Cue::span)).contains(Articles.span(a, "disagreed"));
  }

  @Test
  void noColonNoCue() {
    Article a = Articles.of(Texts.UNCUED);
    assertThat(ColonCue.cue(a, Articles.quoted(a, "Nobody here"))).isEmpty();
  }
}
