package org.herodotus.time;

import static org.assertj.core.api.Assertions.assertThat;

import org.herodotus.Herodotus;
import org.herodotus.doc.Doc;
import org.herodotus.doc.TimeExpression;
import org.junit.jupiter.api.Test;

class UndatedArticleTest {

  @Test
  void withoutAPublicationDateRelativeTimesStayRelativeAndSaySo() {
    Doc doc =
        Herodotus.pipeline()
            .analyze(
                "undated",
                "Talks resume\n\nNegotiators met on Wednesday and will meet again on Thursday."
                    + " The war began in 2020.\n");
    assertThat(doc.metadata().published()).isEmpty();
    TimeExpression wednesday = find(doc, "Wednesday");
    assertThat(wednesday.anchored()).isFalse();
    assertThat(wednesday.value()).contains("X");
    TimeExpression year = find(doc, "2020");
    assertThat(year.value()).isEqualTo("2020");
    assertThat(year.anchored()).isTrue();
  }

  @Test
  void anchoredValuesAreRecognised() {
    assertThat(TimeNormalizer.isAnchored("2023-09-21")).isTrue();
    assertThat(TimeNormalizer.isAnchored("P1D")).isTrue();
    assertThat(TimeNormalizer.isAnchored("XXXX-WXX-3")).isFalse();
    assertThat(TimeNormalizer.isAnchored("PAST_REF")).isFalse();
    assertThat(TimeNormalizer.isAnchored("")).isFalse();
  }

  private static TimeExpression find(Doc doc, String text) {
    return doc.times().stream()
        .filter(t -> t.text().contains(text))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no '" + text + "' in " + doc.times()));
  }
}
