package org.herodotus.quote;

import static org.assertj.core.api.Assertions.assertThat;

import org.herodotus.doc.Speaker;
import org.junit.jupiter.api.Test;

class DashSignatureTest {

  @Test
  void theDashIsTheCueAndTheNameTheSpeaker() {
    Article a = Articles.of(Texts.DASH);
    QuotedWords q = Articles.quoted(a, "The debate changed");
    Draft d = DashSignature.find(a, q, q.draft()).orElseThrow();
    assertThat(d.cue()).contains(Articles.span(a, "―"));
    assertThat(d.speaker().map(Speaker::mention)).contains(Articles.span(a, "Ana Torres"));
    assertThat(d.speaker().map(Speaker::name)).contains("Ana Torres");
    assertThat(d.rule()).isEqualTo("signed with a dash and a name");
  }

  @Test
  void noDashNoSignature() {
    Article a = Articles.of(Texts.GOVERNS);
    QuotedWords q = Articles.quoted(a, "the talks are over");
    assertThat(DashSignature.find(a, q, q.draft())).isEmpty();
  }

  @Test
  void theSignatureIsANameWithACapital() {
    Article a =
        Articles.of(
            "Readers respond\n\n\u201CThe debate changed nothing for me.\u201D \u2015 a reader"
                + " from Ohio\n");
    QuotedWords q = Articles.quoted(a, "The debate changed");
    assertThat(DashSignature.find(a, q, q.draft())).isEmpty();
  }
}
