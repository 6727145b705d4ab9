package org.herodotus.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WordListsTest {

  @Test
  void everyListTheReadmeNamesIsBundledAndNotEmpty() throws IOException {
    String readme;
    try (InputStream in = WordLists.class.getResourceAsStream(WordLists.BASE + "README.md")) {
      readme = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Matcher row = Pattern.compile("(?m)^\\| `([a-z0-9-]+)` \\|").matcher(readme);
    while (row.find()) {
      assertFalse(WordLists.bundled().get(row.group(1)).isEmpty(), row.group(1));
    }
  }

  @Test
  void anUnknownListIsAProgrammingError() {
    assertThrows(IllegalStateException.class, () -> WordLists.bundled().get("no-such-list"));
  }

  @Test
  void aUserFileReplacesTheBundledListWhole(@TempDir Path dir) throws IOException {
    String name = "test-list";
    Files.createDirectories(dir.resolve("words"));
    Files.writeString(dir.resolve("words/" + name + ".txt"), "# mine\nnary\n\nNever\n");
    WordLists user = WordLists.withUserDirectory(dir);
    assertEquals(Set.of("nary", "Never"), user.get(name));
    assertTrue(user.contains(name, "NARY"));
    assertEquals(Set.of("alpha", "beta"), WordLists.bundled().get(name));
  }

  @Test
  void aDirectoryWithoutWordsGivesTheBundledLists(@TempDir Path dir) {
    assertSame(WordLists.bundled(), WordLists.of(Optional.of(dir)));
    assertSame(WordLists.bundled(), WordLists.of(Optional.empty()));
    assertThrows(
        IllegalArgumentException.class, () -> WordLists.withUserDirectory(dir.resolve("missing")));
  }
}
