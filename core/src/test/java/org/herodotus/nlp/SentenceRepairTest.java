package org.herodotus.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SentenceRepairTest {

  private static StanfordCoreNLP tokenizer;

  @BeforeAll
  static void load() {
    tokenizer = new StanfordCoreNLP(CoreNlpStage.tokenizerProperties());
  }

  /** Each sentence as [begin, end) offsets and its tokens joined by '|'. */
  private static List<String> sentences(String text) {
    Annotation annotation = new Annotation(text);
    tokenizer.annotate(annotation);
    SentenceRepair.apply(annotation);
    List<String> out = new ArrayList<>();
    int tokenIndex = 0;
    for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
      StringBuilder b = new StringBuilder();
      int i = 1;
      for (CoreLabel token : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
        assertEquals(i++, token.index());
        assertEquals(
            token, annotation.get(CoreAnnotations.TokensAnnotation.class).get(tokenIndex++));
        b.append(b.length() == 0 ? "" : "|").append(token.word());
        assertEquals(
            text.substring(token.beginPosition(), token.endPosition()), token.originalText());
      }
      out.add(
          sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class)
              + "-"
              + sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class)
              + " "
              + b);
    }
    assertEquals(tokenIndex, annotation.get(CoreAnnotations.TokensAnnotation.class).size());
    return out;
  }

  @Test
  void partyStateTagWithTwoLetterStateDoesNotEndTheSentence() {
    assertEquals(
        List.of("0-49 Sen.|Ann|Low|(|R-S.C.|)|told|the|crowd|it|was|over|."),
        sentences("Sen. Ann Low (R-S.C.) told the crowd it was over."));
  }

  @Test
  void partyStateTagBeforeTheRealSentenceEnd() {
    assertEquals(
        List.of("0-34 \"|No|,|\"|said|Rep.|Joe|Bart|(|D-N.C.|)|.", "35-41 \"|Yes|.|\""),
        sentences("\"No,\" said Rep. Joe Bart (D-N.C.). \"Yes.\""));
  }

  @Test
  void delegateTitleBeforeANameDoesNotEndTheSentence() {
    assertEquals(
        List.of("0-38 \"|No|,|\"|said|Del.|Mary|Fenn|of|Richmond|."),
        sentences("\"No,\" said Del. Mary Fenn of Richmond."));
  }

  @Test
  void delawareAfterACommaStillEndsTheSentence() {
    assertEquals(
        List.of("0-23 He|lives|in|Dover|,|Del.|.", "24-36 He|likes|it|."),
        sentences("He lives in Dover, Del. He likes it."));
  }

  @Test
  void noJoinAcrossAParagraphBreak() {
    assertEquals(
        List.of("0-23 It|was|Ann|Low|(|R-S.C.|)", "24-30 Later|."),
        sentences("It was Ann Low (R-S.C.)\nLater."));
  }
}
