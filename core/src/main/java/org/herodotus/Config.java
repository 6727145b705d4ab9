package org.herodotus;

import org.herodotus.read.ReaderOptions;

/**
 * How Herodotus reads and analyzes articles. Built from command-line flags or in code; there is no
 * hidden configuration.
 *
 * @param reader input limits
 * @param maxSentenceTokens a run of more words than this with no sentence end is split there before
 *     the NLP engine sees it (a note says where), which bounds the time and memory one pathological
 *     "sentence" can take
 */
public record Config(ReaderOptions reader, int maxSentenceTokens) {

  public static Config defaults() {
    return new Config(ReaderOptions.defaults(), 120);
  }

  public Config withReader(ReaderOptions value) {
    return new Config(value, maxSentenceTokens);
  }
}
