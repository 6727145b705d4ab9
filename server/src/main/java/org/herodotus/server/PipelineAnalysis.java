package org.herodotus.server;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.herodotus.Analyzer;
import org.herodotus.doc.Doc;
import org.herodotus.read.InputException;
import org.herodotus.read.InputFormat;
import org.herodotus.read.PublicationDates;
import org.herodotus.read.ReadResult;
import org.herodotus.write.DocJson;

/**
 * Analyzes articles with Herodotus's pipeline, loaded on first use (loading the language models is
 * the slow part; {@link #load()} starts it early). Plain text is read as scraped text, never
 * sniffed as HTML; a page as a news page; the client's URL, date and title win over what the text
 * says, as for a JSON Lines record.
 */
public final class PipelineAnalysis implements ArticleAnalysis {

  private final Supplier<Analyzer> loader;
  private volatile Analyzer analyzer;

  public PipelineAnalysis(Supplier<Analyzer> loader) {
    this.loader = loader;
  }

  /** Loads the pipeline now, if it is not loaded yet. */
  public Analyzer load() {
    Analyzer a = analyzer;
    if (a == null) {
      synchronized (this) {
        a = analyzer;
        if (a == null) {
          a = loader.get();
          analyzer = a;
        }
      }
    }
    return a;
  }

  @Override
  public Doc analyze(ArticleInput input) {
    Analyzer a = load();
    Doc doc = read(a, input);
    return a.analyze(doc);
  }

  private static Doc read(Analyzer a, ArticleInput input) {
    List<ReadResult> results;
    if (input.kind() == ArticleInput.Kind.TEXT) {
      // a JSON Lines record: the reader's own way of taking a text with its id, URL, date, title
      Map<String, Object> record = new LinkedHashMap<>();
      record.put("id", input.id());
      record.put("text", input.content());
      input.url().ifPresent(u -> record.put("url", u));
      input.date().ifPresent(d -> record.put("date", d));
      input.title().ifPresent(t -> record.put("title", t));
      String line;
      try {
        line = DocJson.mapper().writeValueAsString(record);
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new IllegalStateException(e);
      }
      results =
          a.reader()
              .read(
                  input.id(),
                  line.getBytes(StandardCharsets.UTF_8),
                  Optional.of(InputFormat.JSONL));
    } else {
      results =
          a.reader()
              .read(
                  input.id(),
                  input.content().getBytes(StandardCharsets.UTF_8),
                  Optional.of(InputFormat.HTML));
    }
    ReadResult first = results.get(0);
    if (first.error().isPresent()) {
      throw first.error().get();
    }
    Doc doc = first.doc().orElseThrow(() -> new InputException(input.id(), "holds no article"));
    if (input.kind() == ArticleInput.Kind.HTML) {
      doc =
          new Doc(
              input.id(),
              doc.text(),
              doc.metadata(),
              doc.paragraphs(),
              doc.sentences(),
              doc.tokens(),
              doc.dependencies(),
              doc.mentions(),
              doc.entities(),
              doc.times(),
              doc.notes(),
              doc.quotes(),
              doc.actors(),
              doc.places(),
              doc.events(),
              doc.attributions());
      if (input.url().isPresent()) {
        doc = doc.withMetadata(doc.metadata().withUrl(input.url()));
      }
      Optional<String> date = input.date().flatMap(PublicationDates::parse);
      if (date.isPresent()) {
        doc = doc.withMetadata(doc.metadata().withPublished(date, Optional.empty()));
      }
      if (input.title().isPresent() && !input.title().get().isBlank()) {
        doc = doc.withMetadata(doc.metadata().withHeadline(input.title().map(String::strip)));
      }
    }
    return doc;
  }
}
