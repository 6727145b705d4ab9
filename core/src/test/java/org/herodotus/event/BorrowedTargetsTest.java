package org.herodotus.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.herodotus.event.StepFixtures.actor;
import static org.herodotus.event.StepFixtures.draft;
import static org.herodotus.event.StepFixtures.show;

import java.util.List;
import java.util.Optional;
import org.herodotus.doc.Event;
import org.junit.jupiter.api.Test;

/** Step 9, {@link BorrowedTargets}: a target from the clause's other event of the same actor. */
class BorrowedTargetsTest {

  /** Baku ended its offensive after a deal with Stepanakert . */
  private static EventParse bakuEnded() {
    return HandParsed.sentence(
            "Baku/NNP/1/nsubj",
            "ended/end/VBD/-1/root",
            "its/PRP$/3/nmod:poss",
            "offensive/NN/1/obj",
            "after/IN/6/case",
            "a/DT/6/det",
            "deal/NN/1/obl",
            "with/IN/8/case",
            "Stepanakert/NNP/6/nmod")
        .parse();
  }

  private static final EventArg BAKU = actor(0, 0, "AZEGOV", "nsubj");
  private static final EventArg SEPARATISTS = actor(8, 1, "ARMREB", "nmod:with");

  @Test
  void anEventWithoutTargetTakesTheTargetOfTheClausesOtherEvent() {
    EventDraft ended = draft(1, "0871", "V end").withSource(Optional.of(BAKU));
    EventDraft deal =
        draft(6, "057", "N deal")
            .withSource(Optional.of(BAKU))
            .withTarget(Optional.of(SEPARATISTS));
    List<EventDraft> result = new BorrowedTargets().apply(bakuEnded(), List.of(ended, deal));
    assertThat(show(result.get(0).target())).isEqualTo("ARMREB/context");
    assertThat(result.get(0).rules())
        .containsExactly("target from the sentence's other event at 'deal'");
    assertThat(result.get(1)).isEqualTo(deal);
  }

  @Test
  void notFromADemandNorANegatedEvent() {
    EventDraft ended = draft(1, "0871", "V end").withSource(Optional.of(BAKU));
    EventDraft demand =
        draft(6, "100", "N deal")
            .withSource(Optional.of(BAKU))
            .withTarget(Optional.of(SEPARATISTS));
    EventDraft negated =
        draft(6, "057", "N deal")
            .withSource(Optional.of(BAKU))
            .withTarget(Optional.of(SEPARATISTS))
            .withFlag(Event.Flag.NEGATED);
    assertThat(new BorrowedTargets().apply(bakuEnded(), List.of(ended, demand, negated)))
        .containsExactly(ended, demand, negated);
  }
}
