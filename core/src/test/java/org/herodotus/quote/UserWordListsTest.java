package org.herodotus.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.herodotus.Config;
import org.herodotus.Herodotus;
import org.herodotus.doc.Doc;
import org.herodotus.doc.Quote;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A user's word lists reach the quote layer through the pipeline's lexicon directory. */
class UserWordListsTest {

  private static Quote title(Doc doc) {
    return doc.quotes().stream()
        .filter(q -> doc.slice(q.content()).equals("Face the Nation"))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aUsersVenuePrepositionsChangeTheQuoteLayer(@TempDir Path dir) throws IOException {
    Quote bundled = title(Herodotus.pipeline().analyze("venue", Texts.VENUE));
    assertThat(bundled.rule()).isEqualTo("quote marks, no cue");
    assertThat(bundled.cue()).isEmpty();

    Files.createDirectories(dir.resolve("words"));
    Files.writeString(dir.resolve("words/venue-prepositions.txt"), "at\n");
    Config config = Config.defaults().withLexiconDirectory(Optional.of(dir));
    Doc doc = Herodotus.pipeline(config).analyze("venue", Texts.VENUE);
    Quote user = title(doc);
    assertThat(user.rule()).isEqualTo("cue verb governs the quote");
    assertThat(user.cue().map(doc::slice)).contains("said on");
  }
}
