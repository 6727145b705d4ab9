package org.herodotus.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.herodotus.doc.Speaker;
import org.herodotus.lexicon.WordLists;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InvertedLeadTest {

  @Test
  void theVerbOpeningTheSentenceIsTheCueAndTheNameAfterItTheSpeaker() {
    Article a = Articles.of(Texts.INVERTED);
    QuotedWords q = Articles.quoted(a, "I do not think");
    Draft d = InvertedLead.find(a, q, q.draft()).orElseThrow();
    assertThat(d.cue()).contains(Articles.span(a, "Said"));
    assertThat(d.speaker().map(Speaker::mention)).contains(Articles.span(a, "Ellis"));
    assertThat(d.rule()).isEqualTo("inverted speech verb opening the sentence");
  }

  @Test
  void aUsersListOfVerbsReplacesTheBundledOne(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("words"));
    Files.writeString(dir.resolve("words/inverted-lead-verbs.txt"), "asked\n");
    Article a = Articles.of(Texts.INVERTED, WordLists.withUserDirectory(dir));
    QuotedWords q = Articles.quoted(a, "I do not think");
    assertThat(InvertedLead.find(a, q, q.draft())).isEmpty();
  }
}
