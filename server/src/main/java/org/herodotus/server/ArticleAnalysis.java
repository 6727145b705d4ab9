package org.herodotus.server;

import org.herodotus.doc.Doc;

/**
 * Reads and analyzes an article sent to the API. {@link PipelineAnalysis} does it with Herodotus's
 * pipeline; tests give their own.
 */
@FunctionalInterface
public interface ArticleAnalysis {

  /**
   * The analyzed document.
   *
   * @throws org.herodotus.read.InputException when the input cannot be read as an article (the
   *     client gets 400 with its message)
   */
  Doc analyze(ArticleInput input);
}
