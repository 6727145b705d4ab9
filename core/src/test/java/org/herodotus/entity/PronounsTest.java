package org.herodotus.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.herodotus.lexicon.WordLists;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PronounsTest {

  @Test
  void eachPronounHasTheCategoryOfItsList() {
    Pronouns pronouns = new Pronouns(WordLists.bundled());
    assertThat(pronouns.categoryOf("She")).contains(Pronouns.Category.PERSON);
    assertThat(pronouns.categoryOf("its")).contains(Pronouns.Category.THING);
    assertThat(pronouns.categoryOf("THEMSELVES")).contains(Pronouns.Category.PLURAL);
    assertThat(pronouns.categoryOf("I")).isEmpty();
    assertThat(pronouns.categoryOf("who")).isEmpty();
  }

  @Test
  void aUsersListOfPersonPronounsReplacesTheBundledOne(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("words"));
    Files.writeString(dir.resolve("words/person-pronouns.txt"), "he\nhim\nhis\nthey\n");
    Pronouns pronouns = new Pronouns(WordLists.withUserDirectory(dir));
    assertThat(pronouns.categoryOf("she")).isEmpty();
    assertThat(pronouns.categoryOf("they")).contains(Pronouns.Category.PERSON);
  }
}
