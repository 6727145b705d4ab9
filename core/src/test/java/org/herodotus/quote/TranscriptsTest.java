package org.herodotus.quote;

import static org.assertj.core.api.Assertions.assertThat;

import org.herodotus.lexicon.WordLists;
import org.junit.jupiter.api.Test;

class TranscriptsTest {

  @Test
  void furnitureLabelsAreNoTurns() {
    Article a =
        Articles.of(
            "Debate\n\nEDITOR'S NOTE: This story was updated.\n\n"
                + "KAINE: We will raise taxes on the rich.\n\n"
                + "PENCE: That is not what you said last week.\n");
    assertThat(Transcripts.turns(a.doc, WordLists.bundled(), label -> false))
        .extracting(l -> a.doc.slice(l.label()))
        .containsExactly("KAINE", "PENCE");
  }

  @Test
  void aSectionLabelIsNoHeadlineSource() {
    Article section =
        Articles.of("Analysis: Clinton needs to win over young voters\n\nThe race is tight.\n");
    assertThat(Transcripts.headline(section.doc, WordLists.bundled(), l -> true, v -> false))
        .isEmpty();
    Article source = Articles.of(Texts.HEADLINE);
    assertThat(Transcripts.headline(source.doc, WordLists.bundled(), l -> true, v -> false))
        .map(l -> source.doc.slice(l.label()))
        .contains("Sanders");
  }
}
