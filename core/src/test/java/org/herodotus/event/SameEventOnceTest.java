package org.herodotus.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.herodotus.event.StepFixtures.actor;
import static org.herodotus.event.StepFixtures.draft;

import java.util.List;
import java.util.Optional;
import org.herodotus.doc.Note;
import org.junit.jupiter.api.Test;

/** Step 10, {@link SameEventOnce}: a sentence codes an event once. */
class SameEventOnceTest {

  @Test
  void theSameCodeSourceAndTargetTwiceIsOneEvent() {
    EventParse parse =
        HandParsed.sentence(
                "Egypt/NNP/1/nsubj",
                "met/meet/VBD/-1/root",
                "Sudan/NNP/1/obj",
                "talks/talk/NNS/1/obj")
            .parse();
    EventArg egypt = actor(0, 0, "EGY", "nsubj");
    EventArg sudan = actor(2, 1, "SDN", "obj");
    EventDraft met =
        draft(1, "040", "V meet").withSource(Optional.of(egypt)).withTarget(Optional.of(sudan));
    EventDraft talks =
        draft(3, "040", "N talk").withSource(Optional.of(egypt)).withTarget(Optional.of(sudan));
    EventDraft other = draft(3, "040", "N talk").withSource(Optional.of(egypt));
    DroppedEvents dropped = new DroppedEvents(parse);
    assertThat(new SameEventOnce().keep(List.of(met, talks, other), dropped))
        .containsExactly(met, other);
    assertThat(dropped.notes())
        .containsExactly(
            new Note(
                "events",
                "dropped 040 'talks' at 16-21 (N talk): same event already coded in this"
                    + " sentence"));
  }
}
