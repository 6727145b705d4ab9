package org.herodotus.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.herodotus.event.StepFixtures.match;
import static org.herodotus.event.StepFixtures.show;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.herodotus.doc.Event;
import org.herodotus.lexicon.WordLists;
import org.junit.jupiter.api.Test;

/** Step 2, {@link Arguments}: source and target from the parse, on hand-parsed sentences. */
class ArgumentsTest {

  private final Arguments arguments = new Arguments(WordLists.bundled());

  private static SentenceTriggers triggers(SentenceTriggers.Match... matches) {
    return new SentenceTriggers(0, List.of(matches), Map.of(), Set.of(), Map.of());
  }

  private EventDraft draft(EventParse parse, SentenceTriggers.Match m) {
    return arguments.draft(parse, triggers(m), m);
  }

  @Test
  void aVerbsSubjectActsOnItsObject() {
    EventParse parse =
        HandParsed.sentence("Egypt/NNP/1/nsubj", "met/meet/VBD/-1/root", "Sudan/NNP/1/obj")
            .mention("Egypt", "LOCATION")
            .mention("Sudan", "LOCATION")
            .code("Egypt", "EGYGOV")
            .code("Sudan", "SDN")
            .parse();
    EventDraft d = draft(parse, match(1, "040", "V meet"));
    assertThat(show(d.source())).isEqualTo("EGYGOV/nsubj");
    assertThat(show(d.target())).isEqualTo("SDN/obj");
    assertThat(d.code()).isEqualTo("040");
    assertThat(d.flags()).isEmpty();
    assertThat(d.rules()).isEmpty();
  }

  @Test
  void aPassivesByAgentIsTheSource() {
    EventParse parse =
        HandParsed.sentence(
                "Aid/NN/2/nsubj:pass",
                "was/be/VBD/2/aux:pass",
                "provided/provide/VBN/-1/root",
                "by/IN/4/case",
                "Jordan/NNP/2/obl:agent",
                "to/IN/6/case",
                "Syria/NNP/2/obl")
            .mention("Jordan", "LOCATION")
            .mention("Syria", "LOCATION")
            .code("Jordan", "JORGOV")
            .code("Syria", "SYR")
            .parse();
    EventDraft d = draft(parse, match(2, "070", "V provide"));
    assertThat(show(d.source())).isEqualTo("JORGOV/agent");
    assertThat(show(d.target())).isEqualTo("SYR/obl:to");
    assertThat(d.flags()).containsExactly(Event.Flag.PASSIVE);
    assertThat(d.rules()).containsExactly("passive: source is the 'by' agent");
  }

  @Test
  void aPassiveWithoutAgentHasItsSubjectAsSource() {
    EventParse parse =
        HandParsed.sentence(
                "Serbia/NNP/2/nsubj:pass", "was/be/VBD/2/aux:pass", "attacked/attack/VBN/-1/root")
            .mention("Serbia", "LOCATION")
            .code("Serbia", "SRB")
            .parse();
    EventDraft d = draft(parse, match(2, "190", "V attack"));
    assertThat(show(d.source())).isEqualTo("SRB/nsubj:pass");
    assertThat(d.target()).isEmpty();
    assertThat(d.rules()).containsExactly("passive without agent: source is the subject");
  }

  @Test
  void aNounsPossessorIsItsSourceAndATargetPrepositionItsTarget() {
    EventParse parse =
        HandParsed.sentence(
                "Turkey/NNP/2/nmod:poss",
                "'s/POS/0/case",
                "offensive/NN/-1/root",
                "against/IN/4/case",
                "Kurds/NNPS/2/nmod")
            .mention("Turkey", "LOCATION")
            .mention("Kurds", "MISC")
            .code("Turkey", "TUR")
            .code("Kurds", "KUR")
            .parse();
    EventDraft d = draft(parse, match(2, "190", "N offensive"));
    assertThat(show(d.source())).isEqualTo("TUR/poss");
    assertThat(show(d.target())).isEqualTo("KUR/nmod:against");
    assertThat(d.flags()).containsExactly(Event.Flag.NOMINAL);
  }

  @Test
  void aLightVerbLendsItsSubjectToTheNounEventItGoverns() {
    EventParse parse =
        HandParsed.sentence(
                "Serbia/NNP/1/nsubj",
                "held/hold/VBD/-1/root",
                "talks/talk/NNS/1/obj",
                "with/IN/4/case",
                "Kosovo/NNP/2/nmod")
            .mention("Serbia", "LOCATION")
            .mention("Kosovo", "LOCATION")
            .code("Serbia", "SRBGOV")
            .code("Kosovo", "KOS")
            .parse();
    EventDraft d = draft(parse, match(2, "040", "N talk"));
    assertThat(show(d.source())).isEqualTo("SRBGOV/controller");
    assertThat(show(d.target())).isEqualTo("KOS/nmod:with");
  }

  @Test
  void aVerbOfSayingDoesNotLendItsSubjectButAnIntentWordDoes() {
    HandParsed criticized =
        HandParsed.sentence(
                "Serbia/NNP/1/nsubj", "criticized/criticize/VBD/-1/root", "talks/talk/NNS/1/obj")
            .mention("Serbia", "LOCATION")
            .code("Serbia", "SRBGOV");
    assertThat(draft(criticized.parse(), match(2, "040", "N talk")).source()).isEmpty();
    HandParsed sought =
        HandParsed.sentence("Serbia/NNP/1/nsubj", "sought/seek/VBD/-1/root", "talks/talk/NNS/1/obj")
            .mention("Serbia", "LOCATION")
            .code("Serbia", "SRBGOV");
    assertThat(show(draft(sought.parse(), match(2, "040", "N talk")).source()))
        .isEqualTo("SRBGOV/controller");
  }

  @Test
  void noActorIsLookedForThroughATemporalPreposition() {
    EventParse parse =
        HandParsed.sentence(
                "Serbia/NNP/1/nsubj",
                "withdrew/withdraw/VBD/-1/root",
                "after/IN/3/case",
                "talks/talk/NNS/1/obl")
            .mention("Serbia", "LOCATION")
            .code("Serbia", "SRBGOV")
            .parse();
    assertThat(draft(parse, match(3, "040", "N talk")).source()).isEmpty();
  }
}
