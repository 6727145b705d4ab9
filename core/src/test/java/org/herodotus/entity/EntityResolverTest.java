package org.herodotus.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.herodotus.doc.Doc;
import org.herodotus.doc.Entity;
import org.herodotus.doc.Mention;
import org.herodotus.lexicon.WordLists;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole chain on a hand-parsed sentence, with bundled and with a user's word lists. */
class EntityResolverTest {

  /** Azerbaijan said on Thursday it aimed . */
  private static Doc azerbaijanSaidIt() {
    return HandParsed.text()
        .sentence(
            "Azerbaijan/NNP/1/nsubj said/VBD/-1/root on/IN/3/case Thursday/NNP/1/obl"
                + " it/PRP/5/nsubj aimed/VBD/1/ccomp ././1/punct")
        .mention(0, 1, "LOCATION", Mention.Kind.NAME, 0)
        .mention(3, 4, "", Mention.Kind.NOMINAL, 1)
        .time(3, 4)
        .doc();
  }

  @Test
  void theChainCleansAddsAndLinksMentions() {
    Doc out = new EntityResolver().apply(azerbaijanSaidIt());
    assertThat(out.entities()).containsExactly(new Entity(0, "Azerbaijan", "GPE", List.of(0, 1)));
    assertThat(out.mentions()).extracting(Mention::text).containsExactly("Azerbaijan", "it");
    assertThat(out.mentions())
        .extracting(Mention::kind)
        .containsExactly(Mention.Kind.NAME, Mention.Kind.PRONOUN);
  }

  @Test
  void aUsersWordListsChangeTheEntities(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("words"));
    Files.writeString(dir.resolve("words/thing-pronouns.txt"), "# none\n");
    Doc out = new EntityResolver(WordLists.withUserDirectory(dir)).apply(azerbaijanSaidIt());
    assertThat(out.mentions()).extracting(Mention::text).containsExactly("Azerbaijan");
  }
}
