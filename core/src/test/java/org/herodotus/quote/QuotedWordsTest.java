package org.herodotus.quote;

import static org.assertj.core.api.Assertions.assertThat;

import org.herodotus.doc.Quote;
import org.junit.jupiter.api.Test;

class QuotedWordsTest {

  @Test
  void wordsWithAClauseAreAStatement() {
    Article a = Articles.of(Texts.GOVERNS);
    QuotedWords q = Articles.quoted(a, "the talks are over");
    assertThat(q.clausal()).isTrue();
    assertThat(q.kind()).isEqualTo(Quote.Kind.DIRECT);
    assertThat(a.doc.slice(q.textSpan(a.parse))).isEqualTo("the talks are over for now");
    assertThat(q.draft().span()).isEqualTo(Articles.span(a, "“the talks are over for now”"));
    assertThat(q.draft().content()).isEqualTo(Articles.span(a, "the talks are over for now"));
  }

  @Test
  void aFragmentIsPartial() {
    Article a = Articles.of(Texts.SLAMMED);
    QuotedWords q = Articles.quoted(a, "a disaster");
    assertThat(q.clausal()).isFalse();
    assertThat(q.kind()).isEqualTo(Quote.Kind.PARTIAL);
    assertThat(q.asStatement().kind()).isEqualTo(Quote.Kind.DIRECT);
    assertThat(q.tops()).containsExactly(Articles.token(a, "disaster"));
  }

  @Test
  void aNicknameInsideANameIsNoQuotation() {
    Article a = Articles.of(Texts.NICKNAME);
    assertThat(QuotedWords.read(a, Articles.marked(a, "Cia"))).isEmpty();
  }

  @Test
  void anUtteranceIsCapitalizedAndEndsInAFullStop() {
    Article a = Articles.of(Texts.UTTERANCE);
    assertThat(Articles.quoted(a, "Poor Mexico").utterance(a)).isTrue();
    Article slammed = Articles.of(Texts.SLAMMED);
    assertThat(Articles.quoted(slammed, "a disaster").utterance(slammed)).isFalse();
  }
}
