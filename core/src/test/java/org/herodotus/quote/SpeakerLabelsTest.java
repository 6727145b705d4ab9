package org.herodotus.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.herodotus.doc.Quote;
import org.herodotus.doc.Speaker;
import org.herodotus.lexicon.WordLists;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpeakerLabelsTest {

  @Test
  void aTranscriptsTurnsAreDirectQuotesOfTheirSpeakers() {
    Article a = Articles.of(Texts.TRANSCRIPT);
    List<Transcripts.Labelled> labelled = SpeakerLabels.find(a);
    List<Draft> quotes = SpeakerLabels.addTo(a, labelled, List.of());
    assertThat(quotes).hasSize(3);
    Draft pence = quotes.get(1);
    assertThat(pence.kind()).isEqualTo(Quote.Kind.DIRECT);
    assertThat(pence.content()).isEqualTo(Articles.span(a, "That is not what you said last week."));
    int colon = a.text().indexOf("PENCE") + 5;
    assertThat(pence.cue()).contains(new org.herodotus.doc.Span(colon, colon + 1));
    assertThat(pence.speaker().map(Speaker::name)).contains("PENCE");
    assertThat(pence.rule()).isEqualTo("transcript: the speaker's label before a colon");
  }

  @Test
  void aHeadlinesClaimIsItsSourcesReportedSpeech() {
    Article a = Articles.of(Texts.HEADLINE);
    List<Draft> quotes = SpeakerLabels.addTo(a, SpeakerLabels.find(a), List.of());
    assertThat(quotes).hasSize(1);
    Draft d = quotes.get(0);
    assertThat(d.kind()).isEqualTo(Quote.Kind.INDIRECT);
    assertThat(d.content()).isEqualTo(Articles.span(a, "Clinton needs to win over young voters"));
    assertThat(d.speaker().map(Speaker::name)).contains("Bernie Sanders");
    assertThat(d.rule()).isEqualTo("headline: its source's name before a colon or a speech verb");
  }

  @Test
  void aPollIsASourceThatIsNoName() {
    Article a = Articles.of(Texts.POLL);
    assertThat(SpeakerLabels.namesSource(a, Articles.span(a, "Poll"))).isTrue();
  }

  @Test
  void aUsersSourceNounsReplaceTheBundledOnes(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("words"));
    Files.writeString(dir.resolve("words/headline-source-nouns.txt"), "survey\n");
    Article a = Articles.of(Texts.POLL, WordLists.withUserDirectory(dir));
    assertThat(SpeakerLabels.namesSource(a, Articles.span(a, "Poll"))).isFalse();
  }

  @Test
  void quoteMarksAcrossATurnAreSkipped() {
    Article a =
        Articles.of(
            "Debate\n\nThe candidates met.\n\n\u201CKAINE: We will raise taxes.\n\n"
                + "\u201CPENCE: That is not what you said.\n");
    List<Transcripts.Labelled> labelled = SpeakerLabels.find(a);
    assertThat(labelled).hasSize(2);
    assertThat(a.marks).isNotEmpty();
    assertThat(a.marks).allMatch(m -> SpeakerLabels.crosses(labelled, m));
  }
}
