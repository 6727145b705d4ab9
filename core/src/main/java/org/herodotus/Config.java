package org.herodotus;

import org.herodotus.read.ReaderOptions;

/**
 * How Herodotus reads and analyzes articles. Built from command-line flags or in code; there is no
 * hidden configuration.
 *
 * @param reader input limits
 * @param maxSentenceTokens sentences longer than this are not parsed (a note says so); they keep
 *     their tokens and names
 */
public record Config(ReaderOptions reader, int maxSentenceTokens) {

  public static Config defaults() {
    return new Config(ReaderOptions.defaults(), 120);
  }

  public Config withReader(ReaderOptions value) {
    return new Config(value, maxSentenceTokens);
  }
}
