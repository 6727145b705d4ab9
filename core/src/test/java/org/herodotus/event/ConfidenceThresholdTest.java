package org.herodotus.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.herodotus.event.StepFixtures.actor;
import static org.herodotus.event.StepFixtures.draft;

import java.util.List;
import java.util.Optional;
import org.herodotus.doc.Event;
import org.herodotus.doc.Note;
import org.junit.jupiter.api.Test;

/** Step 12, {@link ConfidenceThreshold}: no event without a source, none below the threshold. */
class ConfidenceThresholdTest {

  private static EventParse parse() {
    return HandParsed.sentence(
            "Germany/NNP/1/nsubj",
            "said/say/VBD/-1/root",
            "France/NNP/4/nsubj",
            "would/MD/4/aux",
            "provide/VB/1/ccomp",
            "aid/NN/4/obj")
        .parse();
  }

  @Test
  void aDraftWithoutSourceIsDroppedAndOneBelowTheThresholdToo() {
    EventParse parse = parse();
    EventDraft said = draft(1, "010", "V say").withSource(Optional.of(actor(0, 0, "DEU", "nsubj")));
    EventDraft aid =
        draft(4, "033", "V provide")
            .withSource(Optional.of(actor(2, 1, "FRA", "nsubj")))
            .withFlag(Event.Flag.CLAIMED)
            .withFlag(Event.Flag.INTENT);
    EventDraft nobody = draft(4, "070", "V provide");
    DroppedEvents dropped = new DroppedEvents(parse);
    assertThat(new ConfidenceThreshold(90).keep(List.of(said, aid, nobody), dropped))
        .containsExactly(said);
    assertThat(dropped.notes())
        .extracting(Note::message)
        .containsExactly(
            "dropped 033 'provide' at 26-33 (V provide): below threshold: confidence 80 < 90"
                + " (claimed, intent)",
            "dropped 070 'provide' at 26-33 (V provide): no source actor");
  }

  @Test
  void zeroKeepsEveryDraftWithASource() {
    EventParse parse = parse();
    EventDraft aid =
        draft(4, "033", "V provide")
            .withSource(Optional.of(actor(2, 1, "FRA", "controller")))
            .withFlag(Event.Flag.CLAIMED)
            .withFlag(Event.Flag.INTENT);
    DroppedEvents dropped = new DroppedEvents(parse);
    assertThat(new ConfidenceThreshold(0).keep(List.of(aid), dropped)).containsExactly(aid);
    assertThat(dropped.notes()).isEmpty();
  }
}
