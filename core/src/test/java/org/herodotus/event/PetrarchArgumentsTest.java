package org.herodotus.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.herodotus.event.StepFixtures.actor;
import static org.herodotus.event.StepFixtures.draft;
import static org.herodotus.event.StepFixtures.show;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Step 3, {@link PetrarchArguments}: the actors PETRARCH markers found, and its target rules. */
class PetrarchArgumentsTest {

  private static final PetrarchVerbPattern CLASH =
      new PetrarchVerbPattern(
          "clash", "193", List.of(), List.of(), false, false, "$ * WITH +", "test.verbs:3", 3);

  private static EventParse gondorClashedWithMordor() {
    return HandParsed.sentence(
            "Gondor/NNP/1/nsubj", "clashed/clash/VBD/-1/root", "with/IN/3/case", "Mordor/NNP/1/obl")
        .mention("Gondor", "LOCATION")
        .mention("Mordor", "LOCATION")
        .code("Gondor", "GON")
        .code("Mordor", "MOR")
        .parse(true);
  }

  private static SentenceTriggers matched(PetrarchMatch pm) {
    return new SentenceTriggers(0, List.of(), Map.of(), Set.of(), Map.of(1, pm));
  }

  @Test
  void theMarkersGiveSourceAndTargetAndTheEvidenceShowsThePattern() {
    EventDraft d =
        new PetrarchArguments(true)
            .apply(
                gondorClashedWithMordor(),
                matched(new PetrarchMatch(CLASH, 0, 3, -1)),
                draft(1, "193", "V clash"));
    assertThat(show(d.source())).isEqualTo("GON/pattern $");
    assertThat(show(d.target())).isEqualTo("MOR/pattern +");
    assertThat(d.petrarchText()).contains("PETRARCH clash: $ * WITH +");
    assertThat(d.mutual()).isFalse();
    assertThat(d.rules()).isEmpty();
  }

  @Test
  void aCompoundActorActsWithItself() {
    EventDraft d =
        new PetrarchArguments(true)
            .apply(
                gondorClashedWithMordor(),
                matched(new PetrarchMatch(CLASH, -1, -1, 0)),
                draft(1, "193", "V clash").withTarget(Optional.of(actor(3, 1, "MOR", "obl"))));
    assertThat(show(d.source())).isEqualTo("GON/pattern %");
    assertThat(d.target()).isEmpty();
    assertThat(d.mutual()).isTrue();
  }

  @Test
  void withoutATargetPetrarchTakesTheFirstActorAfterTheVerb() {
    SentenceTriggers none = new SentenceTriggers(0, List.of(), Map.of(), Set.of(), Map.of());
    EventDraft start =
        draft(1, "190", "V clash").withSource(Optional.of(actor(0, 0, "GON", "nsubj")));
    EventDraft d = new PetrarchArguments(true).apply(gondorClashedWithMordor(), none, start);
    assertThat(show(d.target())).isEqualTo("MOR/after the verb");
    assertThat(d.petrarchText()).isEmpty();
    // with the coder's own patterns, PETRARCH's target rules do not apply
    assertThat(new PetrarchArguments(false).apply(gondorClashedWithMordor(), none, start))
        .isEqualTo(start);
  }

  @Test
  void noActorIsItsOwnTargetInPetrarchMode() {
    SentenceTriggers none = new SentenceTriggers(0, List.of(), Map.of(), Set.of(), Map.of());
    EventDraft start =
        draft(1, "190", "V clash")
            .withSource(Optional.of(actor(3, 1, "MOR", "nsubj")))
            .withTarget(Optional.of(actor(3, 1, "MOR", "obl")));
    EventDraft d = new PetrarchArguments(true).apply(gondorClashedWithMordor(), none, start);
    // the target goes, and the first actor after the verb is the source itself: none
    assertThat(d.target()).isEmpty();
  }
}
