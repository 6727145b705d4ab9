package org.herodotus.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.herodotus.event.StepFixtures.draft;

import java.util.List;
import org.herodotus.doc.Event;
import org.herodotus.doc.TimeExpression;
import org.junit.jupiter.api.Test;

/** Step 13, {@link Dating}: the date of each event, and background events. */
class DatingTest {

  /** Ethiopia won a war in 1998 . */
  private static HandParsed ethiopiaWon() {
    return HandParsed.sentence(
            "Ethiopia/NNP/1/nsubj",
            "won/win/VBD/-1/root",
            "a/DT/3/det",
            "war/NN/1/obj",
            "in/IN/5/case",
            "1998/CD/3/nmod",
            "././1/punct")
        .time("1998", "DATE", "1998");
  }

  @Test
  void aDateExpressionAttachedToTheTriggerDatesTheEventAndAnEarlierYearIsBackground() {
    EventParse parse = ethiopiaWon().published("2023-09-20").parse();
    EventDraft d = new Dating().date(parse, List.of(draft(3, "190", "N war"))).get(0);
    assertThat(d.date()).contains("1998");
    assertThat(d.dateFrom()).isEqualTo("time");
    assertThat(d.time().map(TimeExpression::text)).contains("1998");
    assertThat(d.flags()).containsExactly(Event.Flag.NOMINAL, Event.Flag.BACKGROUND);
    assertThat(d.rules()).containsExactly("background: dated 1998");
  }

  @Test
  void aDateOnTheObjectDatesTheVerbAndTheVerbsDateANounWithoutOne() {
    // the verb governs "1998" through its object
    EventDraft won =
        new Dating().date(ethiopiaWon().parse(), List.of(draft(1, "190", "V win"))).get(0);
    assertThat(won.date()).contains("1998");
    assertThat(won.dateFrom()).isEqualTo("time");
    // Russia deployed peacekeepers in 2020 as part of a deal .
    EventParse parse =
        HandParsed.sentence(
                "Russia/NNP/1/nsubj",
                "deployed/deploy/VBD/-1/root",
                "peacekeepers/peacekeeper/NNS/1/obj",
                "in/IN/4/case",
                "2020/CD/1/obl",
                "as/IN/6/case",
                "part/NN/1/obl",
                "of/IN/9/case",
                "a/DT/9/det",
                "deal/NN/6/nmod",
                "././1/punct")
            .time("2020", "DATE", "2020")
            .parse();
    EventDraft deal = new Dating().date(parse, List.of(draft(9, "057", "N deal"))).get(0);
    assertThat(deal.date()).contains("2020");
    assertThat(deal.dateFrom()).isEqualTo("time");
    assertThat(deal.flags()).containsExactly(Event.Flag.NOMINAL);
  }

  @Test
  void withoutADateExpressionThePublicationDateDates() {
    EventParse parse =
        HandParsed.sentence("Ethiopia/NNP/1/nsubj", "won/win/VBD/-1/root")
            .published("2023-09-20")
            .parse();
    EventDraft d = new Dating().date(parse, List.of(draft(1, "190", "V win"))).get(0);
    assertThat(d.date()).contains("2023-09-20");
    assertThat(d.dateFrom()).isEqualTo("publication");
    assertThat(d.time()).isEmpty();
    assertThat(d.rules()).isEmpty();
  }

  @Test
  void aDateTimeIsCutToTheDate() {
    EventParse parse =
        HandParsed.sentence("Ethiopia/NNP/1/nsubj", "won/win/VBD/-1/root", "today/NN/1/obl:tmod")
            .time("today", "DATE", "2023-09-20T10:00")
            .published("2023-09-20")
            .parse();
    EventDraft d = new Dating().date(parse, List.of(draft(1, "190", "V win"))).get(0);
    assertThat(d.date()).contains("2023-09-20");
    assertThat(d.dateFrom()).isEqualTo("time");
    assertThat(d.flags()).isEmpty();
  }
}
