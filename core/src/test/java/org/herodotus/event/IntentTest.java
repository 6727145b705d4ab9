package org.herodotus.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.herodotus.event.StepFixtures.draft;

import org.herodotus.doc.Event;
import org.herodotus.lexicon.WordLists;
import org.junit.jupiter.api.Test;

/** Step 5, {@link Intent}: intended and future events. */
class IntentTest {

  /** France would provide aid . */
  private static EventParse franceWouldProvide() {
    return HandParsed.sentence(
            "France/NNP/2/nsubj",
            "would/MD/2/aux",
            "provide/VB/-1/root",
            "aid/NN/2/obj",
            "././2/punct")
        .parse();
  }

  @Test
  void aFutureAuxiliaryMakesTheEventIntendedAndRecodesIt() {
    EventDraft d =
        new Intent(WordLists.bundled(), true)
            .apply(franceWouldProvide(), draft(2, "070", "V provide"));
    assertThat(d.flags()).containsExactly(Event.Flag.INTENT);
    assertThat(d.code()).isEqualTo("033");
    assertThat(d.rules()).containsExactly("intent: would (070 → 033)");
  }

  @Test
  void withoutRecodingTheCodeStays() {
    EventDraft d =
        new Intent(WordLists.bundled(), false)
            .apply(franceWouldProvide(), draft(2, "070", "V provide"));
    assertThat(d.flags()).containsExactly(Event.Flag.INTENT);
    assertThat(d.code()).isEqualTo("070");
    assertThat(d.rules()).containsExactly("intent: would");
  }

  @Test
  void aWordOfIntentGoverningTheEventMakesItIntended() {
    // Serbia aimed to meet Kosovo .
    EventParse parse =
        HandParsed.sentence(
                "Serbia/NNP/1/nsubj",
                "aimed/aim/VBD/-1/root",
                "to/TO/3/mark",
                "meet/VB/1/xcomp",
                "Kosovo/NNP/3/obj")
            .parse();
    EventDraft d = new Intent(WordLists.bundled(), true).apply(parse, draft(3, "040", "V meet"));
    assertThat(d.rules()).containsExactly("intent: aimed (040 → 036)");
    assertThat(d.code()).isEqualTo("036");
  }

  @Test
  void noIntentIsLookedForAboveAVerbOfAssertion() {
    // Serbia said it met Kosovo .
    EventParse parse =
        HandParsed.sentence(
                "Serbia/NNP/1/nsubj",
                "said/say/VBD/-1/root",
                "it/PRP/3/nsubj",
                "met/meet/VBD/1/ccomp",
                "Kosovo/NNP/3/obj")
            .parse();
    EventDraft start = draft(3, "040", "V meet");
    assertThat(new Intent(WordLists.bundled(), true).apply(parse, start)).isEqualTo(start);
  }
}
