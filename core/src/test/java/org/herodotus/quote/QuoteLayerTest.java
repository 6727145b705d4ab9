package org.herodotus.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.herodotus.doc.Quote;
import org.herodotus.doc.Span;
import org.junit.jupiter.api.Test;

/** {@link QuoteAttributor#layer}: the drafts in text order, echoes pointing to their quote. */
class QuoteLayerTest {

  @Test
  void draftsInTextOrderThenByKindAndEchoesFollowTheirQuote() {
    Draft later = Draft.of(new Span(50, 60), new Span(51, 59), Quote.Kind.DIRECT);
    Draft echo =
        Draft.of(new Span(70, 80), new Span(71, 79), Quote.Kind.PARTIAL)
            .withKind(Quote.Kind.ECHO)
            .withEchoOf(0);
    Draft indirect = Draft.of(new Span(10, 60), new Span(10, 60), Quote.Kind.INDIRECT);
    Draft partial = Draft.of(new Span(10, 60), new Span(11, 59), Quote.Kind.PARTIAL);
    List<Quote> layer = QuoteAttributor.layer(List.of(later, echo, indirect, partial));
    assertThat(layer)
        .extracting(Quote::kind)
        .containsExactly(
            Quote.Kind.PARTIAL, Quote.Kind.INDIRECT, Quote.Kind.DIRECT, Quote.Kind.ECHO);
    assertThat(layer.get(3).echoOf()).contains(2);
    assertThat(layer.get(2).echoOf()).isEmpty();
  }

  @Test
  void theReasonOnlyWithoutASpeaker() {
    Draft d =
        Uncued.of(Draft.of(new Span(0, 10), new Span(1, 9), Quote.Kind.DIRECT))
            .uncued(Optional.empty(), Optional.of("why"), "rule");
    assertThat(QuoteAttributor.layer(List.of(d)).get(0).unattributedReason()).contains("why");
  }
}
