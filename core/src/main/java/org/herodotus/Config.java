package org.herodotus;

import java.nio.file.Path;
import java.util.Optional;
import org.herodotus.read.ReaderOptions;

/**
 * How Herodotus reads and analyzes articles. Built from command-line flags or in code; there is no
 * hidden configuration.
 *
 * @param reader input limits
 * @param maxSentenceTokens sentences longer than this are not parsed (a note says so); they keep
 *     their tokens and names
 * @param lexiconDirectory a directory of the user's lexicon files that add to or override the
 *     bundled ones (same file names and format), and PETRARCH/TABARI actor dictionaries ({@code
 *     *.txt}, {@code *.actors}); see {@link org.herodotus.lexicon.ActorLexicon}
 */
public record Config(ReaderOptions reader, int maxSentenceTokens, Optional<Path> lexiconDirectory) {

  public static Config defaults() {
    return new Config(ReaderOptions.defaults(), 120, Optional.empty());
  }

  public Config withReader(ReaderOptions value) {
    return new Config(value, maxSentenceTokens, lexiconDirectory);
  }

  public Config withLexiconDirectory(Optional<Path> value) {
    return new Config(reader, maxSentenceTokens, value);
  }
}
