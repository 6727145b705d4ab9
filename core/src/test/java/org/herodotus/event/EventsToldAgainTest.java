package org.herodotus.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.herodotus.event.EventFixtures.event;

import java.util.List;
import java.util.Optional;
import org.herodotus.doc.Doc;
import org.herodotus.doc.Event;
import org.herodotus.doc.EventActor;
import org.herodotus.doc.Span;
import org.junit.jupiter.api.Test;

/** Step 16, {@link EventsToldAgain}: a nominal event told again takes the target told first. */
class EventsToldAgainTest {

  private static final Doc DOC =
      HandParsed.sentence("Turkey/NNP/1/nsubj", "attacked/attack/VBD/-1/root", "Kurds/NNPS/1/obj")
          .then("its/PRP$/1/nmod:poss", "operation/NN/-1/root")
          .doc();

  private static final Span ATTACKED = new Span(7, 15);
  private static final Span OPERATION = new Span(26, 35);

  @Test
  void theNominalEventTakesTheTargetOfTheEventToldBefore() {
    Event attacked =
        event("190", "TURMIL", "KUR", 0, ATTACKED, Optional.empty(), "none", Optional.empty());
    Event operation =
        event(
            "190",
            "TUR",
            null,
            1,
            OPERATION,
            Optional.empty(),
            "none",
            Optional.empty(),
            Event.Flag.NOMINAL);
    List<Event> result = new EventsToldAgain().apply(DOC, List.of(attacked, operation));
    Event again = result.get(1);
    assertThat(again.target().flatMap(EventActor::code)).contains("KUR");
    assertThat(again.target().map(EventActor::role)).contains("context");
    assertThat(again.evidence().rules())
        .containsExactly(
            "a rule", "target of the same event told before at 'attacked' (sentence 0)");
    assertThat(result.get(0)).isEqualTo(attacked);
  }

  @Test
  void notFromAnotherCodeNorTheSameSentenceNorAVerbalEvent() {
    Event attacked =
        event("193", "TURMIL", "KUR", 0, ATTACKED, Optional.empty(), "none", Optional.empty());
    Event operation =
        event(
            "190",
            "TUR",
            null,
            1,
            OPERATION,
            Optional.empty(),
            "none",
            Optional.empty(),
            Event.Flag.NOMINAL);
    Event verbal =
        event("190", "TUR", null, 1, OPERATION, Optional.empty(), "none", Optional.empty());
    assertThat(new EventsToldAgain().apply(DOC, List.of(attacked, operation, verbal)))
        .containsExactly(attacked, operation, verbal);
  }
}
