package org.herodotus.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.herodotus.Config;
import org.herodotus.Herodotus;
import org.herodotus.doc.Doc;
import org.herodotus.doc.Event;
import org.herodotus.doc.EventPlace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user's lexicon directory (the command line's {@code --lexicon DIR}) reaches the event coder.
 */
class UserLexiconTest {

  @Test
  void userPatternsAndPetrarchVerbDictionariesLoadFromTheLexiconDirectory(@TempDir Path dir)
      throws IOException {
    Files.writeString(
        dir.resolve("event-lexicon-mine.tsv"), "0874\tV capitulate\n-\tV say\n-\tV say ~sorry\n");
    Files.writeString(
        dir.resolve("mine.verbs.txt"), "--- SERENADE  [043]  ---\nSERENADE\n- * WITH [043]\n\n");
    EventLexicon lexicon = EventLexicon.bundled().withUserDirectory(dir);
    assertThat(lexicon.verb("capitulate")).anyMatch(p -> p.code().equals("0874"));
    assertThat(lexicon.verb("say")).isEmpty();
    assertThat(lexicon.hasPetrarchVerbs()).isTrue();

    Doc doc =
        Herodotus.pipeline(Config.defaults().withLexiconDirectory(Optional.of(dir)))
            .analyze("user-lexicon", "Armenia said the separatists capitulated to Azerbaijan.");
    assertThat(doc.events()).as(EventPrinter.all(doc)).anyMatch(e -> e.code().equals("0874"));
    assertThat(doc.events()).noneMatch(e -> e.rootCode().equals("01"));
    // the verb dictionary is not read as an actor dictionary
    assertThat(doc.actors()).noneMatch(a -> a.name().equalsIgnoreCase("serenade"));
  }

  @Test
  void aUsersWordListsReachTheEventCoderAndTheEventPlaces(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("words"));
    Files.writeString(dir.resolve("words/negators.txt"), "never\n");
    Files.writeString(dir.resolve("words/locative-prepositions.txt"), "near\n");
    var analyzer = Herodotus.pipeline(Config.defaults().withLexiconDirectory(Optional.of(dir)));

    Doc meeting = analyzer.analyze("user-negators", "Egypt did not meet Sudan.");
    assertThat(meeting.events())
        .as(EventPrinter.all(meeting))
        .anyMatch(e -> e.code().equals("040"))
        .noneMatch(e -> e.has(Event.Flag.NEGATED));

    Doc talks =
        analyzer.analyze("user-locatives", "Armenia and Azerbaijan held talks in Baku on Monday.");
    assertThat(talks.events())
        .as(EventPrinter.all(talks))
        .filteredOn(e -> e.rootCode().equals("04"))
        .isNotEmpty()
        .allSatisfy(
            e ->
                assertThat(e.location().map(EventPlace::from))
                    .isNotEqualTo(Optional.of("trigger")));
  }
}
