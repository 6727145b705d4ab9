package org.herodotus;

import java.util.List;
import org.herodotus.doc.Doc;
import org.herodotus.lexicon.WordLists;
import org.herodotus.pipeline.Pipeline;
import org.herodotus.read.ArticleReader;
import org.herodotus.read.ReadResult;

/**
 * A loaded pipeline: reads articles and analyzes them. Loading the language models is the slow
 * part, so make one {@code Analyzer} per process and share it; it is safe to use from several
 * threads at once.
 */
public final class Analyzer {

  private final Config config;
  private final Pipeline pipeline;
  private final ArticleReader reader;

  Analyzer(Config config, Pipeline pipeline) {
    this.config = config;
    this.pipeline = pipeline;
    this.reader = new ArticleReader(config.reader(), WordLists.of(config.lexiconDirectory()));
  }

  public Config config() {
    return config;
  }

  public Pipeline pipeline() {
    return pipeline;
  }

  public ArticleReader reader() {
    return reader;
  }

  /** Analyzes a document made by a reader. */
  public Doc analyze(Doc doc) {
    return pipeline.apply(doc);
  }

  /**
   * Reads raw article text (scraped plain text, as a news page reads when copied) and analyzes it.
   *
   * @throws org.herodotus.read.InputException if the text cannot be read as an article
   */
  public Doc analyze(String id, String text) {
    List<ReadResult> results =
        reader.read(id, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    ReadResult first = results.get(0);
    if (first.error().isPresent()) {
      throw first.error().get();
    }
    return analyze(first.doc().orElseThrow());
  }
}
