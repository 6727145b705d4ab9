package org.herodotus.tone;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Words and phrases with a valence from −5 to +5: the bundled {@code afinn-165.tsv} (AFINN-165, see
 * the README beside it), or a user's {@code tone.tsv} in the same format ({@code word TAB valence},
 * {@code #} comments) in its place. Phrases are words separated by single spaces, in lower case.
 */
public final class ToneLexicon {

  static final String RESOURCE = "/org/herodotus/tone/afinn-165.tsv";
  private static final ToneLexicon BUNDLED = load();

  private final Map<String, Integer> valences;
  private final int longestPhrase;

  private ToneLexicon(Map<String, Integer> valences) {
    this.valences = Map.copyOf(valences);
    this.longestPhrase =
        valences.keySet().stream().mapToInt(k -> k.split(" ").length).max().orElse(1);
  }

  public static ToneLexicon bundled() {
    return BUNDLED;
  }

  /** The user's {@code tone.tsv} in {@code lexiconDirectory} if there is one, else the bundled. */
  public static ToneLexicon of(Optional<Path> lexiconDirectory) {
    Optional<Path> file =
        lexiconDirectory.map(d -> d.resolve("tone.tsv")).filter(Files::isRegularFile);
    if (file.isEmpty()) {
      return BUNDLED;
    }
    try {
      return read(Files.newInputStream(file.get()), file.get().toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read tone lexicon " + file.get(), e);
    }
  }

  private static ToneLexicon load() {
    InputStream in = ToneLexicon.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException("tone lexicon missing from the classpath: " + RESOURCE);
    }
    return read(in, RESOURCE);
  }

  private static ToneLexicon read(InputStream in, String source) {
    Map<String, Integer> valences = new HashMap<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        try {
          if (f.length != 2) {
            throw new NumberFormatException("two tab-separated columns expected");
          }
          valences.put(
              f[0].strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " "),
              Integer.parseInt(f[1].strip()));
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException(
              source + ":" + number + ": not 'word<TAB>valence': " + line, e);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read tone lexicon " + source, e);
    }
    return new ToneLexicon(valences);
  }

  /** The valence of a word or phrase (lower case, single spaces), 0 when it has none. */
  public int valence(String phrase) {
    return valences.getOrDefault(phrase, 0);
  }

  /** The number of words of the longest phrase. */
  public int longestPhrase() {
    return longestPhrase;
  }

  public int size() {
    return valences.size();
  }
}
