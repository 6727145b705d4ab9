package org.herodotus.quote;

import static org.assertj.core.api.Assertions.assertThat;

import org.herodotus.doc.Quote;
import org.herodotus.doc.Span;
import org.junit.jupiter.api.Test;

class UncuedTest {

  @Test
  void aStatementNothingIntroduces() {
    Draft d = Uncued.of(Draft.of(new Span(0, 10), new Span(1, 9), Quote.Kind.DIRECT));
    assertThat(d.rule()).isEqualTo("quote marks, no cue");
    assertThat(d.reason())
        .contains("no speech verb introduces this quote and no quote precedes it");
    assertThat(d.speaker()).isEmpty();
  }

  @Test
  void scareQuotes() {
    Draft d = Uncued.of(Draft.of(new Span(0, 10), new Span(1, 9), Quote.Kind.PARTIAL));
    assertThat(d.rule()).isEqualTo("quote marks, no cue");
    assertThat(d.reason())
        .contains(
            "scare quotes: no speech verb governs the fragment and it repeats no earlier quote");
  }
}
