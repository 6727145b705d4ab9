package org.herodotus.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link PetrarchMatching} and {@link PetrarchMatcher}: PETRARCH verb patterns read in full. */
class PetrarchMatchingTest {

  @TempDir Path dir;

  private EventLexicon verbs(String dictionary) throws IOException {
    Path file = dir.resolve("test.verbs");
    Files.writeString(file, dictionary);
    return EventLexicon.empty().withPetrarchVerbs(file);
  }

  /** Gondor and Rohan clashed with Mordor near Osgiliath . */
  private static EventParse gondorAndRohan() {
    return HandParsed.sentence(
            "Gondor/NNP/3/nsubj",
            "and/CC/2/cc",
            "Rohan/NNP/0/conj",
            "clashed/clash/VBD/-1/root",
            "with/IN/5/case",
            "Mordor/NNP/3/obl",
            "near/IN/7/case",
            "Osgiliath/NNP/3/obl",
            "././3/punct")
        .mention("Gondor", "LOCATION")
        .mention("Rohan", "LOCATION")
        .mention("Mordor", "LOCATION")
        .code("Gondor", "GON")
        .code("Rohan", "ROH")
        .code("Mordor", "MOR")
        .parse(true);
  }

  private static Optional<PetrarchMatch> best(EventLexicon lexicon, EventParse parse, int verb) {
    PetrarchMatching matching = new PetrarchMatching(lexicon);
    return matching.best(
        parse, verb, matching.patterns(parse, verb), parse.doc().sentences().get(0));
  }

  @Test
  void theLongestPatternThatMatchesWins() throws IOException {
    EventLexicon lexicon =
        verbs(
            "--- CLASH  [190] ---\nCLASH { CLASHED }\n- * WITH [191]\n- * WITH + NEAR [192]\n"
                + "- * WITH + FROM [193]\n");
    EventParse parse = gondorAndRohan();
    assertThat(new PetrarchMatching(lexicon).patterns(parse, 3))
        .extracting(PetrarchVerbPattern::code)
        .containsExactly("190", "191", "192", "193");
    Optional<PetrarchMatch> m = best(lexicon, parse, 3);
    assertThat(m.map(x -> x.pattern().code())).contains("192");
    assertThat(List.of(m.get().source(), m.get().target(), m.get().compound()))
        .containsExactly(-1, 5, -1);
  }

  @Test
  void aCompoundMarkerWantsCoordinatedActors() throws IOException {
    EventLexicon lexicon = verbs("--- CLASH  [190] ---\nCLASH\n- % * [193]\n- * % [194]\n");
    Optional<PetrarchMatch> m = best(lexicon, gondorAndRohan(), 3);
    // "Gondor and Rohan" before the verb is compound; "Mordor" after it is not
    assertThat(m.map(x -> x.pattern().code())).contains("193");
    assertThat(m.get().compound()).isEqualTo(0);
  }

  @Test
  void aSkipPassesOverANounPhraseEvenAnActor() throws IOException {
    EventLexicon lexicon = verbs("--- CLASH  [190] ---\nCLASH\n- * WITH ^ NEAR + [195]\n");
    // Osgiliath has no code: there is no target to take, so only the verb's default matches
    assertThat(best(lexicon, gondorAndRohan(), 3).map(x -> x.pattern().code())).contains("190");
    EventParse coded =
        HandParsed.sentence(
                "Gondor/NNP/1/nsubj",
                "clashed/clash/VBD/-1/root",
                "with/IN/3/case",
                "Mordor/NNP/1/obl",
                "near/IN/5/case",
                "Osgiliath/NNP/1/obl")
            .mention("Mordor", "LOCATION")
            .mention("Osgiliath", "LOCATION")
            .code("Mordor", "MOR")
            .code("Osgiliath", "OSG")
            .parse(true);
    Optional<PetrarchMatch> m = best(lexicon, coded, 1);
    assertThat(m.map(x -> x.pattern().code())).contains("195");
    assertThat(m.get().target()).isEqualTo(5);
  }
}
