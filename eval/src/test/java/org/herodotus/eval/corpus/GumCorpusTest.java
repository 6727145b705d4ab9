package org.herodotus.eval.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
}
