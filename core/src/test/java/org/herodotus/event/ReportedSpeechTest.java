package org.herodotus.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.herodotus.event.StepFixtures.draft;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.herodotus.doc.Event;
import org.herodotus.lexicon.WordLists;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Step 4, {@link ReportedSpeech}: claimed events and their statements. */
class ReportedSpeechTest {

  private static final ReportedSpeech SPEECH = new ReportedSpeech(WordLists.bundled());

  /** Germany said France attacked Ukraine . */
  private static EventParse germanySaid() {
    return HandParsed.sentence(
            "Germany/NNP/1/nsubj",
            "said/say/VBD/-1/root",
            "France/NNP/3/nsubj",
            "attacked/attack/VBD/1/ccomp",
            "Ukraine/NNP/3/obj",
            "././1/punct")
        .parse();
  }

  @Test
  void anEventInAClauseAVerbOfAssertionReportsIsClaimed() {
    EventDraft d = SPEECH.apply(germanySaid(), draft(3, "190", "V attack"));
    assertThat(d.flags()).containsExactly(Event.Flag.CLAIMED);
    assertThat(d.speechVerb()).isEqualTo(1);
    assertThat(d.rules()).containsExactly("reported by 'said'");
    // the statement itself is reported by no one
    EventDraft said = SPEECH.apply(germanySaid(), draft(1, "010", "V say"));
    assertThat(said.flags()).isEmpty();
    assertThat(said.speechVerb()).isEqualTo(-1);
  }

  @Test
  void aSpeechVerbHangingFromTheClauseReportsItToo() {
    // France attacked Ukraine , Germany said .
    EventParse parse =
        HandParsed.sentence(
                "France/NNP/1/nsubj",
                "attacked/attack/VBD/-1/root",
                "Ukraine/NNP/1/obj",
                ",/,/1/punct",
                "Germany/NNP/5/nsubj",
                "said/say/VBD/1/parataxis")
            .parse();
    assertThat(SPEECH.apply(parse, draft(1, "190", "V attack")).rules())
        .containsExactly("reported by 'said'");
  }

  @Test
  void aClaimedEventIsLinkedToTheStatementOfItsSpeechVerb() {
    EventDraft statement = draft(1, "010", "V say");
    EventDraft claimed = SPEECH.apply(germanySaid(), draft(3, "190", "V attack"));
    EventDraft other = draft(5, "040", "V meet");
    List<EventDraft> linked = ReportedSpeech.link(List.of(other, claimed, statement));
    assertThat(linked)
        .extracting(EventDraft::claimedBy)
        .containsExactly(Optional.empty(), Optional.of(2), Optional.empty());
  }

  @Test
  void aUsersAssertionVerbsReplaceTheBundledOnes(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("words"));
    Files.writeString(dir.resolve("words/assertion-verbs.txt"), "# ours\nclaim\n");
    ReportedSpeech mine = new ReportedSpeech(WordLists.withUserDirectory(dir));
    EventDraft d = mine.apply(germanySaid(), draft(3, "190", "V attack"));
    assertThat(d.flags()).isEmpty();
    assertThat(d.rules()).isEmpty();
  }
}
