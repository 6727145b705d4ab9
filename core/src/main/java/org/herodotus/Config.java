package org.herodotus;

import java.nio.file.Path;
import java.util.Optional;
import org.herodotus.read.ReaderOptions;

/**
 * How Herodotus reads and analyzes articles. Built from command-line flags or in code; there is no
 * hidden configuration.
 *
 * @param reader input limits
 * @param maxSentenceTokens a run of more words than this with no sentence end is split there before
 *     the NLP engine sees it (a note says where), which bounds the time and memory one pathological
 *     "sentence" can take
 * @param coreference who links pronouns and descriptions to names: Herodotus's own rules, or
 *     CoreNLP's statistical coreference (several times slower) mended by the same rules
 * @param lexiconDirectory a directory of the user's lexicon files that add to or override the
 *     bundled ones (same file names and format), and PETRARCH/TABARI actor dictionaries ({@code
 *     *.txt}, {@code *.actors}); see {@link org.herodotus.lexicon.ActorLexicon}
 */
public record Config(
    ReaderOptions reader,
    int maxSentenceTokens,
    Coreference coreference,
    Optional<Path> lexiconDirectory) {

  /** The coreference engine. */
  public enum Coreference {
    /** Herodotus's own rules over names, role nouns, pronouns and the parse. */
    RULES,
    /** CoreNLP's statistical coreference, then the same rules on what it leaves. */
    CORENLP
  }

  public static Config defaults() {
    return new Config(ReaderOptions.defaults(), 120, Coreference.RULES, Optional.empty());
  }

  public Config withReader(ReaderOptions value) {
    return new Config(value, maxSentenceTokens, coreference, lexiconDirectory);
  }

  public Config withCoreference(Coreference value) {
    return new Config(reader, maxSentenceTokens, value, lexiconDirectory);
  }

  public Config withLexiconDirectory(Optional<Path> value) {
    return new Config(reader, maxSentenceTokens, coreference, value);
  }
}
