package org.herodotus.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.herodotus.event.EventFixtures.event;

import java.util.List;
import java.util.Optional;
import org.herodotus.doc.Doc;
import org.herodotus.doc.Event;
import org.herodotus.doc.Span;
import org.junit.jupiter.api.Test;

/** Step 15, {@link PlannedEventDates}: a planned event named twice takes the date it has once. */
class PlannedEventDatesTest {

  private static final Doc DOC =
      HandParsed.sentence("Baku/NNP/1/nsubj", "agreed/agree/VBD/-1/root", "talks/talk/NNS/1/obj")
          .then("talks/talk/NNS/1/nsubj", "due/JJ/-1/root", "Thursday/NNP/1/obl:tmod")
          .doc();

  private static final Span FIRST = new Span(12, 17);
  private static final Span SECOND = new Span(18, 23);

  @Test
  void theUndatedMentionTakesTheDateOfTheDatedOne() {
    Event agreed =
        event(
            "036",
            "AZEGOV",
            "ARMREB",
            0,
            FIRST,
            Optional.of("2023-09-20"),
            "publication",
            Optional.empty(),
            Event.Flag.INTENT);
    Event due =
        event(
            "036",
            "AZE",
            "ARMREB",
            1,
            SECOND,
            Optional.of("2023-09-21"),
            "time",
            Optional.of(new Span(28, 36)),
            Event.Flag.NOMINAL,
            Event.Flag.INTENT);
    List<Event> result = new PlannedEventDates().apply(DOC, List.of(agreed, due));
    Event dated = result.get(0);
    assertThat(dated.date()).contains("2023-09-21");
    assertThat(dated.dateFrom()).isEqualTo("time");
    assertThat(dated.flags()).containsExactly(Event.Flag.INTENT);
    assertThat(dated.evidence().time()).contains(new Span(28, 36));
    assertThat(dated.evidence().rules())
        .containsExactly("a rule", "date of the same planned event at 'talks' (sentence 1)");
    assertThat(result.get(1)).isEqualTo(due);
  }

  @Test
  void anEventDoneRatherThanPlannedKeepsItsDate() {
    Event agreed =
        event(
            "036",
            "AZEGOV",
            "ARMREB",
            0,
            FIRST,
            Optional.of("2023-09-20"),
            "publication",
            Optional.empty());
    Event due =
        event(
            "036",
            "AZE",
            "ARMREB",
            1,
            SECOND,
            Optional.of("2023-09-21"),
            "time",
            Optional.of(new Span(28, 36)),
            Event.Flag.INTENT);
    assertThat(new PlannedEventDates().apply(DOC, List.of(agreed, due)))
        .containsExactly(agreed, due);
  }
}
