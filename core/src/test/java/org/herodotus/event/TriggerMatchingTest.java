package org.herodotus.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Step 1, {@link TriggerMatching}, on hand-parsed sentences. */
class TriggerMatchingTest {

  @TempDir Path dir;

  private static List<String> patterns(SentenceTriggers found) {
    return found.matches().stream().map(m -> m.trigger() + " " + m.pattern().text()).toList();
  }

  @Test
  void theMostSpecificPatternWinsAndTheNounItUsesIsNoTriggerOfItsOwn() {
    EventParse parse =
        HandParsed.sentence(
                "Serbia/NNP/1/nsubj",
                "held/hold/VBD/-1/root",
                "talks/talk/NNS/1/obj",
                "with/IN/4/case",
                "Kosovo/NNP/2/nmod",
                "././1/punct")
            .parse();
    EventLexicon lexicon =
        HandParsed.lexicon(dir, "040\tV hold", "043\tV hold +talk", "040\tN talk");
    SentenceTriggers found = new TriggerMatching(lexicon).find(parse, 0);
    assertThat(patterns(found)).containsExactly("1 V hold +talk");
    assertThat(found.verbCodes()).isEqualTo(Map.of(1, "043"));
    assertThat(found.ended()).isEmpty();
    assertThat(found.petrarch()).isEmpty();
  }

  @Test
  void theObjectOfAVerbThatEndsItIsAnEventOfItsOwn() {
    EventParse parse =
        HandParsed.sentence(
                "Israel/NNP/1/nsubj",
                "ended/end/VBD/-1/root",
                "its/PRP$/3/nmod:poss",
                "offensive/NN/1/obj",
                "././1/punct")
            .parse();
    EventLexicon lexicon = HandParsed.lexicon(dir, "0871\tV end +offensive", "190\tN offensive");
    SentenceTriggers found = new TriggerMatching(lexicon).find(parse, 0);
    assertThat(patterns(found)).containsExactly("1 V end +offensive", "3 N offensive");
    assertThat(found.ended()).containsExactly(3);
  }

  @Test
  void aNounCompoundedWithATriggerIsNoTrigger() {
    EventParse parse =
        HandParsed.sentence(
                "the/DT/2/det",
                "ceasefire/NN/2/compound",
                "talks/talk/NNS/3/nsubj",
                "resumed/resume/VBD/-1/root")
            .parse();
    EventLexicon lexicon = HandParsed.lexicon(dir, "074\tN ceasefire", "040\tN talk");
    assertThat(patterns(new TriggerMatching(lexicon).find(parse, 0))).containsExactly("2 N talk");
  }

  @Test
  void aParticleMustBeThere() {
    EventLexicon lexicon = HandParsed.lexicon(dir, "0873\tV lay ~down", "040\tV lay");
    EventParse with =
        HandParsed.sentence(
                "rebels/rebel/NNS/1/nsubj",
                "laid/lay/VBD/-1/root",
                "down/RP/1/compound:prt",
                "arms/arm/NNS/1/obj")
            .parse();
    EventParse without =
        HandParsed.sentence(
                "rebels/rebel/NNS/1/nsubj", "laid/lay/VBD/-1/root", "arms/arm/NNS/1/obj")
            .parse();
    assertThat(patterns(new TriggerMatching(lexicon).find(with, 0)))
        .containsExactly("1 V lay ~down");
    assertThat(patterns(new TriggerMatching(lexicon).find(without, 0))).containsExactly("1 V lay");
  }

  @Test
  void aVerbWithPetrarchPatternsIsMatchedByThemAlone() throws Exception {
    Path verbs = dir.resolve("test.verbs");
    Files.writeString(
        verbs, "--- CLASH  [190] ---\nCLASH\n- $ * WITH +  [193]\n\n--- MEET  [040] ---\nMEET\n");
    EventLexicon lexicon = HandParsed.lexicon(dir, "042\tV clash").withPetrarchVerbs(verbs);
    EventParse parse =
        HandParsed.sentence(
                "Gondor/NNP/1/nsubj",
                "clashed/clash/VBD/-1/root",
                "with/IN/3/case",
                "Mordor/NNP/1/obl")
            .mention("Gondor", "LOCATION")
            .mention("Mordor", "LOCATION")
            .code("Gondor", "GON")
            .code("Mordor", "MOR")
            .parse(true);
    SentenceTriggers found = new TriggerMatching(lexicon).find(parse, 0);
    assertThat(patterns(found)).containsExactly("1 V clash");
    assertThat(found.matches().get(0).pattern().code()).isEqualTo("193");
    assertThat(found.verbCodes()).isEqualTo(Map.of(1, "193"));
    PetrarchMatch pm = found.petrarch().get(1);
    assertThat(pm.pattern().text()).isEqualTo("$ * WITH +");
    assertThat(List.of(pm.source(), pm.target(), pm.compound())).containsExactly(0, 3, -1);
  }
}
