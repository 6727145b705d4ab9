package org.herodotus.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AnnotatorTimesTest {

  @Test
  void readsCoreNlpsTimingReport() {
    String report =
        "Annotation pipeline timing information:\n"
            + "TokenizerAnnotator: 0.1 sec.\n"
            + "WordsToSentencesAnnotator: 0.0 sec.\n"
            + "POSTaggerAnnotator: 1.5 sec.\n"
            + "NERCombinerAnnotator: 12.25 sec.\n"
            + "DependencyParseAnnotator: 3.0 sec.\n"
            + "CorefAnnotator: 20.0 sec.\n"
            + "TOTAL: 36.85 sec. for 4549 tokens at 123.4 tokens/sec.";
    assertThat(AnnotatorTimes.parse(report))
        .containsExactly(
            java.util.Map.entry("Tokenizer", 0.1),
            java.util.Map.entry("WordsToSentences", 0.0),
            java.util.Map.entry("POSTagger", 1.5),
            java.util.Map.entry("NERCombiner", 12.25),
            java.util.Map.entry("DependencyParse", 3.0),
            java.util.Map.entry("Coref", 20.0));
  }
}
