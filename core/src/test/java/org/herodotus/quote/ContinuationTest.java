package org.herodotus.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.herodotus.doc.Speaker;
import org.junit.jupiter.api.Test;

class ContinuationTest {

  @Test
  void aQuoteRightAfterADirectQuoteContinuesIt() {
    Article a = Articles.of(Texts.CONTINUES);
    List<Draft> earlier =
        List.of(MarkedQuotes.quote(a, Articles.quoted(a, "We will not give up"), List.of()));
    QuotedWords q = Articles.quoted(a, "We have come too far");
    Draft d = Continuation.find(a, q, q.draft(), earlier).orElseThrow();
    assertThat(d.rule()).isEqualTo("continues the quote before it");
    assertThat(d.speaker().map(Speaker::name)).contains("Maria Lopez");
    assertThat(d.cue()).isEmpty();
  }

  @Test
  void aQuoteAfterAFragmentGoesOnFromIt() {
    Article a = Articles.of(Texts.UNCUED);
    List<Draft> earlier =
        List.of(MarkedQuotes.quote(a, Articles.quoted(a, "peace plan"), List.of()));
    QuotedWords q = Articles.quoted(a, "Nobody here");
    Draft d = Continuation.find(a, q, q.draft(), earlier).orElseThrow();
    assertThat(d.rule()).isEqualTo("goes on from the fragment before it");
    assertThat(d.speaker()).isEmpty();
  }

  @Test
  void theFirstQuoteContinuesNothing() {
    Article a = Articles.of(Texts.CONTINUES);
    QuotedWords q = Articles.quoted(a, "We have come too far");
    assertThat(Continuation.find(a, q, q.draft(), List.of())).isEmpty();
  }
}
