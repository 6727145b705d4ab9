package org.herodotus.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.herodotus.event.StepFixtures.actor;
import static org.herodotus.event.StepFixtures.draft;

import java.util.List;
import java.util.Optional;
import org.herodotus.doc.Doc;
import org.herodotus.doc.Event;
import org.junit.jupiter.api.Test;

/** Step 14, {@link EventAssembly}: the events the drafts make. */
class EventAssemblyTest {

  private static final EventAssembly ASSEMBLY =
      new EventAssembly(CameoCodebook.bundled(), PloverMapping.bundled());

  /** Rebels laid down their arms . */
  private static EventParse rebelsLaidDown() {
    return HandParsed.sentence(
            "Rebels/NNS/1/nsubj",
            "laid/lay/VBD/-1/root",
            "down/RP/1/compound:prt",
            "their/PRP$/4/nmod:poss",
            "arms/arm/NNS/1/obj",
            "././1/punct")
        .published("2023-09-20")
        .parse();
  }

  @Test
  void theTriggerTakesInTheParticleAndTheCodebookGivesTheRest() {
    EventParse parse = rebelsLaidDown();
    EventDraft d =
        draft(1, "0873", "V lay ~down +arm")
            .withSource(Optional.of(actor(0, 0, "REB", "nsubj")))
            .withRule("a rule")
            .withDate(Optional.empty(), Optional.of("2023-09-20"), "publication")
            .withClaimedBy(Optional.of(3));
    Event e = ASSEMBLY.events(parse, List.of(d)).get(0);
    Doc doc = parse.doc();
    assertThat(doc.slice(e.evidence().trigger())).isEqualTo("laid down");
    assertThat(doc.slice(e.evidence().sentenceSpan())).isEqualTo("Rebels laid down their arms.");
    assertThat(List.of(e.code(), e.baseCode(), e.rootCode())).containsExactly("0873", "087", "08");
    assertThat(e.quadClass()).isEqualTo(2);
    assertThat(e.plover()).isPresent();
    assertThat(e.source().flatMap(a -> a.code())).contains("REB");
    assertThat(e.target()).isEmpty();
    assertThat(e.date()).contains("2023-09-20");
    assertThat(e.dateFrom()).isEqualTo("publication");
    assertThat(e.claimedBy()).contains(3);
    assertThat(e.location()).isEmpty();
    assertThat(e.evidence().pattern()).isEqualTo("V lay ~down +arm");
    assertThat(e.evidence().patternCode()).isEqualTo("0873");
    assertThat(e.evidence().patternSource()).isEqualTo("test:1");
    assertThat(e.evidence().rules()).containsExactly("a rule");
  }

  @Test
  void statementsHaveNoPloverTypeAndAPetrarchMatchShowsItsPattern() {
    EventParse parse = rebelsLaidDown();
    EventDraft d =
        draft(1, "010", "V lay").withPetrarchText("PETRARCH lay: * DOWN [010]").withCode("010");
    Event e = ASSEMBLY.events(parse, List.of(d)).get(0);
    assertThat(e.plover()).isEmpty();
    assertThat(parse.doc().slice(e.evidence().trigger())).isEqualTo("laid");
    assertThat(e.evidence().pattern()).isEqualTo("PETRARCH lay: * DOWN [010]");
    assertThat(e.dateFrom()).isEqualTo("none");
  }
}
