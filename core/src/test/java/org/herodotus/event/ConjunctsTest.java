package org.herodotus.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.herodotus.event.StepFixtures.draft;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Step 8, {@link Conjuncts}: one event per coordinated actor. */
class ConjunctsTest {

  private static String line(EventDraft d) {
    return StepFixtures.show(d.source())
        + " "
        + d.code()
        + " "
        + StepFixtures.show(d.target())
        + " "
        + d.rules();
  }

  @Test
  void eachCoordinatedTargetIsAnEvent() {
    // Egypt met Sudan and Libya .
    EventParse parse =
        HandParsed.sentence(
                "Egypt/NNP/1/nsubj",
                "met/meet/VBD/-1/root",
                "Sudan/NNP/1/obj",
                "and/CC/4/cc",
                "Libya/NNP/2/conj")
            .mention("Egypt", "LOCATION")
            .mention("Sudan", "LOCATION")
            .mention("Libya", "LOCATION")
            .code("Egypt", "EGY")
            .code("Sudan", "SDN")
            .code("Libya", "LBY")
            .parse();
    EventDraft d =
        draft(1, "040", "V meet")
            .withSource(parse.actors().arg(0, "nsubj"))
            .withTarget(parse.actors().arg(2, "obj"));
    assertThat(new Conjuncts().expand(parse, List.of(d)))
        .extracting(ConjunctsTest::line)
        .containsExactly("EGY/nsubj 040 SDN/obj []", "EGY/nsubj 040 LBY/obj [coordinated actor]");
  }

  @Test
  void coordinatedSourcesOfACooperativeEventActWithEachOther() {
    // Egypt and Sudan renewed ties .
    EventParse parse =
        HandParsed.sentence(
                "Egypt/NNP/3/nsubj",
                "and/CC/2/cc",
                "Sudan/NNP/0/conj",
                "renewed/renew/VBD/-1/root",
                "ties/tie/NNS/3/obj")
            .mention("Egypt", "LOCATION")
            .mention("Sudan", "LOCATION")
            .code("Egypt", "EGY")
            .code("Sudan", "SDN")
            .parse();
    EventDraft d = draft(3, "064", "V renew +tie").withSource(parse.actors().arg(0, "nsubj"));
    assertThat(new Conjuncts().expand(parse, List.of(d)))
        .extracting(ConjunctsTest::line)
        .containsExactly(
            "EGY/nsubj 064 SDN/nsubj [coordinated actors act with each other]",
            "SDN/nsubj 064 EGY/nsubj [coordinated actors act with each other]");
    // a conflictual one does not: each attacked, no target
    EventDraft attack = draft(3, "190", "V renew").withSource(parse.actors().arg(0, "nsubj"));
    assertThat(new Conjuncts().expand(parse, List.of(attack)))
        .extracting(ConjunctsTest::line)
        .containsExactly("EGY/nsubj 190 - []", "SDN/nsubj 190 - [coordinated actor]");
  }
}
