package org.herodotus.app.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.herodotus.app.eval.GumCorpus.Gold;
import org.herodotus.app.eval.MentionCache.Named;
import org.herodotus.doc.Span;
import org.junit.jupiter.api.Test;

class GumCorpusTest {

  // A hand-made document: a multi-word token, nested mentions, a common-noun place, a DET.
  static final List<String> LINES =
      List.of(
          "# newdoc id = GUM_news_test",
          "# newpar",
          "# sent_id = t-1",
          "1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\tEntity=(1-organization-new-x-cf1-1-coref-UN",
          "2\tUN\tUN\tPROPN\tNNP\t_\t3\tnsubj\t_\tEntity=1)",
          "3\tvisited\tvisit\tVERB\tVBD\t_\t0\troot\t_\t_",
          "4-5\tKenya's\t_\t_\t_\t_\t_\t_\t_\t_",
          "4\tKenya\tKenya\tPROPN\tNNP\t_\t6\tnmod\t_\tEntity=(2-place-new-x-cf1-1-coref-Kenya)",
          "5\t's\t's\tPART\tPOS\t_\t4\tcase\t_\t_",
          "6\tcapital\tcapital\tNOUN\tNN\t_\t3\tobj\t_\tEntity=(3-place-new-x-cf1-1-coref)|SpaceAfter=No",
          "7\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_",
          "",
          "# newpar",
          "# sent_id = t-2",
          "1\tJohn\tJohn\tPROPN\tNNP\t_\t3\tnsubj\t_\tEntity=(4-person-new-x-cf1-1-coref-John_Smith",
          "2\tSmith\tSmith\tPROPN\tNNP\t_\t1\tflat\t_\tEntity=4)",
          "3\tspoke\tspeak\tVERB\tVBD\t_\t0\troot\t_\tSpaceAfter=No",
          "4\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_",
          "");

  @Test
  void rebuildsTheTextAndTheNamedGoldMentions() {
    GumCorpus.Document d = GumCorpus.parse(LINES, "x.conllu");
    assertThat(d.id()).isEqualTo("GUM_news_test");
    assertThat(d.text()).isEqualTo("The UN visited Kenya's capital.\n\nJohn Smith spoke.");
    assertThat(d.paragraphs()).containsExactly(Span.of(0, 31), Span.of(33, 50));
    assertThat(d.gold())
        .extracting(g -> g.type() + ":" + g.span().slice(d.text()))
        .containsExactly("ORGANIZATION:UN", "PLACE:Kenya", "PERSON:John Smith");
  }

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
