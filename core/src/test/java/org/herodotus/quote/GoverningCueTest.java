package org.herodotus.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.herodotus.lexicon.WordLists;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoverningCueTest {

  @Test
  void theSpeechVerbAboveTheQuoteIsItsCue() {
    Article a = Articles.of(Texts.GOVERNS);
    int said = Articles.token(a, "said");
    assertThat(GoverningCue.find(a, Articles.quoted(a, "the talks are over")))
        .contains(new Cue(Articles.span(a, "said"), said, "cue verb governs the quote", said));
  }

  @Test
  void aCueInTwoPartsRunsToTheCaseWordBeforeTheQuote() {
    Article a = Articles.of(Texts.SLAMMED);
    assertThat(GoverningCue.find(a, Articles.quoted(a, "a disaster")).map(Cue::span))
        .contains(Articles.span(a, "slammed the plan as"));
  }

  @Test
  void aTitleSaidOnIsNoQuote() {
    Article a = Articles.of(Texts.VENUE);
    assertThat(GoverningCue.find(a, Articles.quoted(a, "Face the Nation"))).isEmpty();
  }

  @Test
  void aUsersVenuePrepositionsDecideWhatIsAVenue(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("words"));
    Files.writeString(dir.resolve("words/venue-prepositions.txt"), "# not 'on'\nat\n");
    Article a = Articles.of(Texts.VENUE, WordLists.withUserDirectory(dir));
    assertThat(GoverningCue.find(a, Articles.quoted(a, "Face the Nation")).map(Cue::span))
        .contains(Articles.span(a, "said on"));
  }
}
