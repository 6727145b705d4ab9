package org.herodotus.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.herodotus.doc.Quote;
import org.herodotus.doc.Speaker;
import org.junit.jupiter.api.Test;

class AccordingToTest {

  @Test
  void accordingToNamesItsSource() {
    Article a = Articles.of(Texts.ACCORDING);
    int according = Articles.token(a, "according");
    assertThat(AccordingTo.at(a.parse, according))
        .contains(
            new Cue(
                Articles.span(a, "according to"),
                -1,
                "according to",
                Articles.token(a, "minister")));
    assertThat(AccordingTo.at(a.parse, Articles.token(a, "talks"))).isEmpty();
  }

  @Test
  void accordingToRightAfterAQuote() {
    Article a = Articles.of(Texts.ACCORDING_AFTER);
    assertThat(AccordingTo.after(a, Articles.marked(a, "We are done")).map(Cue::span))
        .contains(Articles.span(a, "according to"));
  }

  @Test
  void theRestOfTheSentenceIsReportedSpeech() {
    Article a = Articles.of(Texts.ACCORDING);
    int according = Articles.token(a, "according");
    Draft d =
        AccordingTo.reported(a, according, AccordingTo.at(a.parse, according).get(), List.of())
            .orElseThrow();
    assertThat(d.kind()).isEqualTo(Quote.Kind.INDIRECT);
    assertThat(d.content()).isEqualTo(Articles.span(a, "The talks failed on Monday"));
    assertThat(d.cue()).contains(Articles.span(a, "according to"));
    assertThat(d.rule()).isEqualTo("according to");
    assertThat(d.speaker().map(Speaker::name)).contains("minister");
  }
}
