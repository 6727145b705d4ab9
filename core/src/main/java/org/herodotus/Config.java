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
 *     *.txt}, {@code *.actors}); see {@link org.herodotus.lexicon.ActorLexicon}; event patterns
 *     ({@code event-lexicon*.tsv}) and PETRARCH2 verb dictionaries ({@code *.verbs}, {@code
 *     *.verbs.txt}), see {@link org.herodotus.event.EventLexicon#withUserDirectory}
 * @param minEventConfidence events coded with less confidence than this (10–100) are dropped with
 *     the note "below threshold"; 0 keeps every event
 */
public record Config(
    ReaderOptions reader,
    int maxSentenceTokens,
    Coreference coreference,
    Optional<Path> lexiconDirectory,
    int minEventConfidence) {

  /** The coreference engine. */
  public enum Coreference {
    /** Herodotus's own rules over names, role nouns, pronouns and the parse. */
    RULES,
    /** CoreNLP's statistical coreference, then the same rules on what it leaves. */
    CORENLP
  }

  public static Config defaults() {
    return new Config(ReaderOptions.defaults(), 120, Coreference.RULES, Optional.empty(), 0);
  }

  public Config withReader(ReaderOptions value) {
    return new Config(value, maxSentenceTokens, coreference, lexiconDirectory, minEventConfidence);
  }

  public Config withCoreference(Coreference value) {
    return new Config(reader, maxSentenceTokens, value, lexiconDirectory, minEventConfidence);
  }

  public Config withLexiconDirectory(Optional<Path> value) {
    return new Config(reader, maxSentenceTokens, coreference, value, minEventConfidence);
  }

  /**
   * Events whose confidence ({@link org.herodotus.event.EventConfidence}, 10–100) is below {@code
   * value} are dropped, with a note saying so; 0 (the default) keeps every event.
   */
  public Config withMinEventConfidence(int value) {
    return new Config(reader, maxSentenceTokens, coreference, lexiconDirectory, value);
  }
}
