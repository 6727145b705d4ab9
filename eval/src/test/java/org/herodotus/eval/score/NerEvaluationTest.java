package org.herodotus.eval.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.herodotus.doc.Span;
import org.herodotus.eval.corpus.GumCorpus.Gold;
import org.herodotus.eval.score.MentionCache.Named;
import org.junit.jupiter.api.Test;

class NerEvaluationTest {

  @Test
  void ourSpansLoseALeadingArticleAndATrailingPossessive() {
    String text = "the Democratic Party said Google's plan";
    assertThat(NerEvaluation.normalize(text, Span.of(0, 20)).slice(text))
        .isEqualTo("Democratic Party");
    assertThat(NerEvaluation.normalize(text, Span.of(26, 34)).slice(text)).isEqualTo("Google");
    assertThat(NerEvaluation.normalize(text, Span.of(4, 14)).slice(text)).isEqualTo("Democratic");
  }

  @Test
  void scoresExactSpansPerTypeAndMicroAverage() {
    List<Gold> gold =
        List.of(
            new Gold(Span.of(4, 6), "ORGANIZATION"),
            new Gold(Span.of(15, 20), "PLACE"),
            new Gold(Span.of(33, 43), "PERSON"));
    List<Named> predicted =
        List.of(
            new Named(Span.of(0, 6), "ORGANIZATION"), // boundary error: FP and FN
            new Named(Span.of(15, 20), "GPE"), // place
            new Named(Span.of(33, 43), "PERSON"),
            new Named(Span.of(50, 55), "MISC")); // not scored
    NerEvaluation e = new NerEvaluation();
    e.add(gold, predicted);
    NerEvaluation.Result r = e.result();
    assertThat(r.exact().get("PLACE")).isEqualTo(new Metrics.Prf(1, 0, 0));
    assertThat(r.exact().get("ORGANIZATION")).isEqualTo(new Metrics.Prf(0, 1, 1));
    assertThat(r.exact().get("ALL")).isEqualTo(new Metrics.Prf(2, 1, 1));
    assertThat(r.overlap().get("ORGANIZATION")).isEqualTo(new Metrics.Prf(1, 0, 0));
  }
}
