package org.herodotus.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.herodotus.doc.Quote;
import org.herodotus.doc.Speaker;
import org.junit.jupiter.api.Test;

class ReportedSpeechTest {

  @Test
  void theClausalComplementOfASpeechVerb() {
    Article a = Articles.of(Texts.COMPLEMENT);
    List<Draft> found = ReportedSpeech.find(a, List.of());
    assertThat(found).hasSize(1);
    Draft d = found.get(0);
    assertThat(d.kind()).isEqualTo(Quote.Kind.INDIRECT);
    assertThat(d.content()).isEqualTo(Articles.span(a, "the talks would resume on Monday"));
    assertThat(d.span()).isEqualTo(d.content());
    assertThat(d.cue()).contains(Articles.span(a, "said"));
    assertThat(d.cueVerb()).isEqualTo(Articles.token(a, "said"));
    assertThat(d.rule()).isEqualTo("clausal complement of a speech verb");
    assertThat(d.speaker().map(Speaker::name)).contains("minister");
  }

  @Test
  void theObjectOfAVerbWhoseObjectIsWhatWasSaid() {
    Article a = Articles.of(Texts.OBJECT);
    List<Draft> found = ReportedSpeech.find(a, List.of());
    assertThat(found).hasSize(1);
    assertThat(found.get(0).content()).isEqualTo(Articles.span(a, "an end to its offensive"));
    assertThat(found.get(0).rule()).isEqualTo("object of a verb whose object is what was said");
    assertThat(found.get(0).speaker().map(Speaker::name)).contains("Baku");
  }

  @Test
  void nothingReportedInsideADirectQuote() {
    Article a = Articles.of(Texts.COMPLEMENT);
    Draft direct =
        Draft.of(
            Articles.span(a, "The minister said the talks would resume on Monday."),
            Articles.span(a, "The minister said the talks would resume on Monday."),
            Quote.Kind.DIRECT);
    assertThat(ReportedSpeech.find(a, List.of(direct))).isEmpty();
  }
}
