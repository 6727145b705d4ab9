package org.herodotus.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.herodotus.event.StepFixtures.actor;
import static org.herodotus.event.StepFixtures.draft;
import static org.herodotus.event.StepFixtures.show;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.herodotus.doc.Event;
import org.herodotus.doc.Note;
import org.herodotus.lexicon.WordLists;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Step 6, {@link Negation}: negated events, recoded as rejections or dropped. */
class NegationTest {

  private static final Negation NEGATION = new Negation(WordLists.bundled(), true);

  /** Egypt did not meet Sudan . */
  private static EventParse egyptDidNotMeet() {
    return HandParsed.sentence(
            "Egypt/NNP/3/nsubj",
            "did/do/VBD/3/aux",
            "not/RB/3/advmod",
            "meet/VB/-1/root",
            "Sudan/NNP/3/obj",
            "././3/punct")
        .parse();
  }

  @Test
  void aNegatedMeetingIsARejection() {
    EventParse parse = egyptDidNotMeet();
    DroppedEvents dropped = new DroppedEvents(parse);
    Optional<EventDraft> d = NEGATION.apply(parse, draft(3, "040", "V meet"), dropped);
    assertThat(d).isPresent();
    assertThat(d.get().code()).isEqualTo("125");
    assertThat(d.get().flags()).containsExactly(Event.Flag.NEGATED);
    assertThat(d.get().rules()).containsExactly("negated: not (040 → 125)");
    assertThat(dropped.notes()).isEmpty();
  }

  @Test
  void withoutRecodingANegatedEventKeepsItsCode() {
    EventParse parse = egyptDidNotMeet();
    Optional<EventDraft> d =
        new Negation(WordLists.bundled(), false)
            .apply(parse, draft(3, "040", "V meet"), new DroppedEvents(parse));
    assertThat(d.map(EventDraft::code)).contains("040");
    assertThat(d.get().rules()).containsExactly("negated: not (040 → 040)");
  }

  @Test
  void aNegatedEventCameoCannotRejectIsDropped() {
    EventParse parse = egyptDidNotMeet();
    DroppedEvents dropped = new DroppedEvents(parse);
    assertThat(NEGATION.apply(parse, draft(3, "190", "V meet"), dropped)).isEmpty();
    assertThat(dropped.notes())
        .containsExactly(
            new Note(
                "events",
                "dropped 190 'meet' at 14-18 (V meet): negated (not) and CAMEO has no rejection"
                    + " for it"));
  }

  @Test
  void aNegatedObjectLeavesNothingToCode() {
    // Azerbaijan gave no detail .
    EventParse parse =
        HandParsed.sentence(
                "Azerbaijan/NNP/1/nsubj",
                "gave/give/VBD/-1/root",
                "no/DT/3/det",
                "detail/NN/1/obj",
                "././1/punct")
            .parse();
    DroppedEvents dropped = new DroppedEvents(parse);
    assertThat(NEGATION.apply(parse, draft(1, "040", "V give"), dropped)).isEmpty();
    assertThat(dropped.notes())
        .extracting(Note::message)
        .containsExactly(
            "dropped 040 'gave' at 11-15 (V give): negated (no detail) and CAMEO has no"
                + " rejection for it");
  }

  @Test
  void aRefusalNegatesItsComplement() {
    // Egypt refused to meet Sudan .
    EventParse parse =
        HandParsed.sentence(
                "Egypt/NNP/1/nsubj",
                "refused/refuse/VBD/-1/root",
                "to/TO/3/mark",
                "meet/VB/1/xcomp",
                "Sudan/NNP/3/obj")
            .parse();
    Optional<EventDraft> d =
        NEGATION.apply(parse, draft(3, "040", "V meet"), new DroppedEvents(parse));
    assertThat(d.get().rules()).containsExactly("negated: refused (040 → 125)");
  }

  @Test
  void aNegationOnAGoverningNounInReportedSpeechIsTheSpeakersRejection() {
    // Russia said there was no need for talks .
    EventParse parse =
        HandParsed.sentence(
                "Russia/NNP/1/nsubj",
                "said/say/VBD/-1/root",
                "there/EX/3/expl",
                "was/be/VBD/1/ccomp",
                "no/DT/5/det",
                "need/NN/3/nsubj",
                "for/IN/7/case",
                "talks/talk/NNS/5/nmod",
                "././1/punct")
            .mention("Russia", "LOCATION")
            .code("Russia", "RUSGOV")
            .parse();
    EventDraft start =
        draft(7, "040", "N talk")
            .withSource(Optional.of(actor(0, 9, "UNO", "nsubj")))
            .withSpeechVerb(1);
    Optional<EventDraft> d = NEGATION.apply(parse, start, new DroppedEvents(parse));
    assertThat(show(d.get().source())).isEqualTo("RUSGOV/speaker");
    assertThat(show(d.get().target())).isEqualTo("UNO/nsubj");
    assertThat(d.get().code()).isEqualTo("125");
    assertThat(d.get().rules())
        .containsExactly(
            "negated: no need (040 → 125)",
            "rejected by the speaker; the negated event's actor is the target");
  }

  @Test
  void aUsersNegatorsReplaceTheBundledOnes(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("words"));
    Files.writeString(dir.resolve("words/negators.txt"), "never\n");
    EventParse parse = egyptDidNotMeet();
    EventDraft start = draft(3, "040", "V meet");
    assertThat(
            new Negation(WordLists.withUserDirectory(dir), true)
                .apply(parse, start, new DroppedEvents(parse)))
        .contains(start);
  }
}
