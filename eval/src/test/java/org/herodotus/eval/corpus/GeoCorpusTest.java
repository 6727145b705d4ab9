package org.herodotus.eval.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import org.herodotus.doc.Span;
import org.junit.jupiter.api.Test;

class GeoCorpusTest {

  @Test
  void offsetRepairMovesSpansToTheNearestOccurrenceOfTheName() {
    GeoCorpus.Repair repair = new GeoCorpus.Repair();
    String text = "Paris, then Lyon, then Paris again";
    assertThat(repair.span(text, "Lyon", 12, 16)).contains(Span.of(12, 16));
    assertThat(repair.span(text, "Lyon", 13, 17)).contains(Span.of(12, 16));
    assertThat(repair.span(text, "Paris", 20, 25)).contains(Span.of(23, 28));
    assertThat(repair.span(text, "Nice", 0, 4)).isEmpty();
    assertThat(repair.repaired).isEqualTo(2);
    assertThat(repair.dropped).isEqualTo(1);
  }

  @Test
  void wikipediaTitlesLoseTheirDisambiguation() {
    assertThat(GeoCorpus.wikipediaTitle("https://en.wikipedia.org/wiki/Pandi,_Bulacan"))
        .isEqualTo("Pandi");
    assertThat(GeoCorpus.wikipediaTitle("https://en.wikipedia.org/wiki/Georgia_(country)"))
        .isEqualTo("Georgia");
    assertThat(GeoCorpus.wikipediaTitle("https://en.wikipedia.org/wiki/C%C3%B4te_d%27Ivoire"))
        .isEqualTo("Côte d'Ivoire");
  }
}
