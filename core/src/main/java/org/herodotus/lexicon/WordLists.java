package org.herodotus.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The closed word lists that drive rules (negators, modal verbs of the future, verbs of refusal,
 * light verbs ...), one list per meaning, each a data file {@code words/NAME.txt} in this package's
 * resources: one entry per line, as the rule compares it (lower case for words matched in any
 * case), {@code #} starts a comment line. The README beside them says what each list means and
 * which rule reads it.
 *
 * <p>A user overrides a list by putting a file of the same name in the {@code words} folder of the
 * lexicon directory ({@code herodotus analyze --lexicon DIR} reads {@code DIR/words/NAME.txt}): the
 * user's file replaces the bundled list whole. Lists are loaded once, on first use, and shared.
 */
public final class WordLists {

  static final String BASE = "/org/herodotus/lexicon/words/";

  private static final WordLists BUNDLED = new WordLists(Optional.empty());

  private final Optional<Path> userDirectory;
  private final Map<String, Set<String>> loaded = new ConcurrentHashMap<>();

  private WordLists(Optional<Path> userDirectory) {
    this.userDirectory = userDirectory;
  }

  /** The bundled lists. */
  public static WordLists bundled() {
    return BUNDLED;
  }

  /**
   * The bundled lists, with those the user's lexicon directory holds in its {@code words} folder in
   * their place. A directory without a {@code words} folder gives the bundled lists.
   */
  public static WordLists withUserDirectory(Path lexiconDirectory) {
    if (!Files.isDirectory(lexiconDirectory)) {
      throw new IllegalArgumentException("lexicon directory not found: " + lexiconDirectory);
    }
    Path words = lexiconDirectory.resolve("words");
    return Files.isDirectory(words) ? new WordLists(Optional.of(words)) : BUNDLED;
  }

  /** The bundled lists, or the user's where {@code lexiconDirectory} is given. */
  public static WordLists of(Optional<Path> lexiconDirectory) {
    return lexiconDirectory.map(WordLists::withUserDirectory).orElse(BUNDLED);
  }

  /**
   * The list named {@code name} (the file {@code words/NAME.txt}), as an unmodifiable set of its
   * entries as written.
   *
   * @throws IllegalStateException when no such list is bundled (a programming error)
   */
  public Set<String> get(String name) {
    return loaded.computeIfAbsent(name, this::load);
  }

  /** Whether {@code word}, as given or in lower case, is on the list {@code name}. */
  public boolean contains(String name, String word) {
    Set<String> list = get(name);
    return list.contains(word) || list.contains(word.toLowerCase(Locale.ROOT));
  }

  private Set<String> load(String name) {
    String resource = BASE + name + ".txt";
    InputStream bundled = WordLists.class.getResourceAsStream(resource);
    if (bundled == null) {
      throw new IllegalStateException("word list missing from the classpath: " + resource);
    }
    Optional<Path> user =
        userDirectory.map(dir -> dir.resolve(name + ".txt")).filter(Files::isRegularFile);
    try {
      if (user.isPresent()) {
        bundled.close();
        return read(Files.newInputStream(user.get()), user.get().toString());
      }
      return read(bundled, resource);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read word list " + name, e);
    }
  }

  private static Set<String> read(InputStream in, String source) {
    Set<String> words = new LinkedHashSet<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        String word = line.strip();
        if (word.isEmpty() || word.startsWith("#")) {
          continue;
        }
        words.add(word);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read word list " + source, e);
    }
    return Set.copyOf(words);
  }
}
