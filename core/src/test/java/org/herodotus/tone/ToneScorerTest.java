package org.herodotus.tone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.herodotus.doc.Tone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ToneScorerTest {

  private final ToneScorer scorer = new ToneScorer();

  @Test
  void toneIsThePositiveShareLessTheNegativeShareOfTheWords() {
    // "welcomed" is positive, "attack" and "killed" negative: 1 and 2 of 10 words
    Tone tone =
        scorer.score(
            List.of(
                "the",
                "minister",
                "welcomed",
                "the",
                "deal",
                "after",
                "the",
                "attack",
                "that",
                "killed"));
    assertThat(tone.words()).isEqualTo(10);
    assertThat(tone.positive()).isCloseTo(10.0, offset(1e-9));
    assertThat(tone.negative()).isCloseTo(20.0, offset(1e-9));
    assertThat(tone.tone()).isCloseTo(-10.0, offset(1e-9));
    assertThat(tone.polarity()).isCloseTo(30.0, offset(1e-9));
  }

  @Test
  void aPhraseOfTheLexiconCountsOnceBeforeItsWords() {
    assertThat(ToneLexicon.bundled().valence("does not work")).isNegative();
    Tone tone = scorer.score(List.of("it", "does", "not", "work"));
    assertThat(tone.negative()).isCloseTo(25.0, offset(1e-9));
    assertThat(tone.positive()).isZero();
  }

  @Test
  void noWordsIsNeutral() {
    assertThat(scorer.score(List.of())).isEqualTo(new Tone(0, 0, 0, 0, 0));
  }

  @Test
  void aUsersToneFileReplacesTheBundledLexicon(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("tone.tsv"), "# mine\nceasefire\t2\n");
    ToneScorer mine = new ToneScorer(ToneLexicon.of(Optional.of(dir)));
    assertThat(mine.score(List.of("ceasefire", "attack")).tone()).isCloseTo(50.0, offset(1e-9));
    assertThat(ToneLexicon.of(Optional.of(dir.resolve("none")))).isSameAs(ToneLexicon.bundled());
  }

  @Test
  void aMalformedToneFileNamesTheFileAndLine(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("tone.tsv"), "good\t3\nbad three\n");
    assertThatThrownBy(() -> ToneLexicon.of(Optional.of(dir)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("tone.tsv:2");
  }
}
