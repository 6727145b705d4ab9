package org.herodotus.eval.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.herodotus.doc.Span;
import org.herodotus.eval.corpus.Attribution;
import org.herodotus.eval.corpus.Brat;
import org.herodotus.eval.corpus.PolnearCorpus;
import org.junit.jupiter.api.Test;

/** Metrics on a hand-made brat fixture (three attributions, one of them a direct quote). */
class AttributionScoreTest {

  private static PolnearCorpus.Article sample() {
    List<PolnearCorpus.Article> articles =
        PolnearCorpus.read(Path.of("src/test/resources/polnear-fixture"), "dev", 0);
    assertThat(articles).hasSize(1);
    return articles.get(0);
  }

  private static Span find(String text, String s, int occurrence) {
    int i = -1;
    for (int k = 0; k <= occurrence; k++) {
      i = text.indexOf(s, i + 1);
    }
    return new Span(i, i + s.length());
  }

  @Test
  void readsGoldAttributionsAndMarksDirectQuotes() {
    PolnearCorpus.Article a = sample();
    assertThat(a.gold()).hasSize(3);
    assertThat(a.gold().stream().filter(Brat.Gold::direct).count()).isEqualTo(1);
    assertThat(a.gold().get(1).content().slice(a.text())).isEqualTo("“It is over,”");
    assertThat(a.gold().get(0).source().orElseThrow().slice(a.text())).isEqualTo("Smith");
  }

  @Test
  void discontinuousSpansAreCoveredWhole() {
    String text = "“A,” he said, “B.”";
    List<Brat.Gold> gold =
        Brat.parse("T1\tContent 0 4;14 18\t“A,” “B.”\nE1\tAttribution:T2 Content:T1\n", text);
    assertThat(gold.get(0).content()).isEqualTo(new Span(0, 18));
    assertThat(gold.get(0).direct()).isTrue();
    assertThat(gold.get(0).source()).isEmpty();
  }

  @Test
  void scoresExactOverlapCueAndSpeaker() {
    PolnearCorpus.Article a = sample();
    String t = a.text();
    List<Attribution> system =
        List.of(
            // exact content, right cue, right speaker through another mention of its entity
            new Attribution(
                find(t, "the plan failed", 0),
                Optional.of(find(t, "said", 0)),
                false,
                List.of(new Span(100, 101), find(t, "Smith", 0))),
            // direct quote, exact, wrong speaker
            new Attribution(
                find(t, "“It is over,”", 0),
                Optional.of(find(t, "said", 1)),
                true,
                List.of(find(t, "Smith", 0))),
            // overlaps the third gold content only partly, no speaker
            new Attribution(find(t, "vote was close", 0), Optional.empty(), false, List.of()),
            // spurious
            new Attribution(find(t, "officials", 0), Optional.empty(), false, List.of()));
    AttributionScore score = new AttributionScore();
    score.add(a.gold(), system);
    assertThat(score.exact().precision()).isCloseTo(2.0 / 4, within(1e-9));
    assertThat(score.exact().recall()).isCloseTo(2.0 / 3, within(1e-9));
    assertThat(score.overlap().precision()).isCloseTo(3.0 / 4, within(1e-9));
    assertThat(score.overlap().recall()).isCloseTo(1.0, within(1e-9));
    assertThat(score.overlap().f1()).isCloseTo(2 * 0.75 / 1.75, within(1e-9));
    assertThat(score.cue().precision()).isCloseTo(1.0, within(1e-9));
    assertThat(score.cue().recall()).isCloseTo(2.0 / 3, within(1e-9));
    assertThat(score.speakerScored()).isEqualTo(3);
    assertThat(score.speakerAccuracy()).isCloseTo(1.0 / 3, within(1e-9));
  }

  @Test
  void aSecondAnnotatorIsScoredAgainstTheFirstAsASystemIs() {
    List<PolnearCorpus.MultiplyAnnotated> multiple =
        PolnearCorpus.multiplyAnnotated(Path.of("src/test/resources/polnear-fixture"), "dev");
    assertThat(multiple).hasSize(1);
    List<List<Brat.Gold>> annotations = multiple.get(0).annotations();
    assertThat(annotations).hasSize(2);
    // the second annotator left the comma out of the quote and skipped the last attribution
    AttributionScore score = new AttributionScore();
    score.add(annotations.get(0), Attributions.fromGold(annotations.get(1)));
    assertThat(score.exact().precision()).isCloseTo(0.5, within(1e-9));
    assertThat(score.exact().recall()).isCloseTo(1 / 3.0, within(1e-9));
    assertThat(score.overlap().recall()).isCloseTo(2 / 3.0, within(1e-9));
    assertThat(score.speakerAccuracy()).isEqualTo(1.0);
    // the article is still read once, with the first annotator's attributions
    assertThat(sample().gold()).hasSize(3);
  }
}
