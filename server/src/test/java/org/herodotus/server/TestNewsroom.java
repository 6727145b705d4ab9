package org.herodotus.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.herodotus.Config;
import org.herodotus.Herodotus;
import org.herodotus.corpus.Corpus;
import org.herodotus.write.DocJson;

/**
 * One newsroom for the tests of this module, over a corpus of articles the tests analyze with the
 * shared pipeline (loaded once): the example article and two Wikinews articles of the bundled demo
 * texts, and an article whose text holds markup. Started on a free port of 127.0.0.1 on first use
 * and stopped when the JVM exits.
 */
final class TestNewsroom {

  static final String EXAMPLE = "karabakh-2023-09-20";
  static final String MARKUP = "markup-test";
  static final List<String> WIKINEWS = List.of("wikinews-62929", "wikinews-127227");

  /** An article whose text is markup, which the page must show as text. */
  static final String MARKUP_TEXT =
      "Officials condemn <script>window.pwned = true</script> attack on city website\n\n"
          + "Officials in Springfield said on Monday that the <script>window.pwned = true</script>"
          + " tag was found on the city's website. \"We will not tolerate <b>attacks</b> like"
          + " this one,\" said the mayor, Jane Smith. The police said they were investigating"
          + " the attack. <img src=x onerror=\"window.pwned = true\">\n";

  private static Newsroom newsroom;
  private static Corpus corpus;
  private static PipelineAnalysis analysis;
  private static Path dir;

  private TestNewsroom() {}

  /** The shared newsroom, started. */
  static synchronized Newsroom get() {
    if (newsroom == null) {
      try {
        dir = Files.createTempDirectory("herodotus-newsroom-test");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      analysis = new PipelineAnalysis(() -> Herodotus.pipeline(Config.defaults()));
      corpus = Corpus.open(dir.resolve("corpus"));
      for (JsonNode record : demoRecords()) {
        String id = record.get("id").asText();
        if (id.equals(EXAMPLE) || WIKINEWS.contains(id)) {
          corpus.add(analysis.analyze(input(record)));
        }
      }
      corpus.add(analysis.analyze(ArticleInput.text(MARKUP, MARKUP_TEXT)));
      corpus.commit();
      newsroom =
          new Newsroom(corpus, true, analysis, ServerSettings.defaults().withPort(0)).start();
      Runtime.getRuntime().addShutdownHook(new Thread(TestNewsroom::stop));
    }
    return newsroom;
  }

  /** The shared pipeline, for newsrooms of a test's own. */
  static synchronized PipelineAnalysis analysis() {
    get();
    return analysis;
  }

  /** The shared corpus's directory (open for writing by the shared newsroom). */
  static synchronized Path directory() {
    get();
    return dir.resolve("corpus");
  }

  static String url() {
    return get().url();
  }

  static ArticleInput input(JsonNode record) {
    return new ArticleInput(
        record.get("id").asText(),
        ArticleInput.Kind.TEXT,
        record.get("text").asText(),
        Optional.ofNullable(record.get("url")).map(JsonNode::asText),
        Optional.ofNullable(record.get("date")).map(JsonNode::asText),
        Optional.ofNullable(record.get("title")).map(JsonNode::asText));
  }

  /** The bundled demo texts. */
  static List<JsonNode> demoRecords() {
    List<JsonNode> records = new ArrayList<>();
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(
                TestNewsroom.class.getResourceAsStream("demo/demo-articles.jsonl"),
                StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.isBlank()) {
          records.add(DocJson.mapper().readTree(line));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return records;
  }

  private static synchronized void stop() {
    if (newsroom != null) {
      newsroom.stop();
      corpus.close();
      try (Stream<Path> walk = Files.walk(dir)) {
        walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      } catch (IOException e) {
        // a temporary directory left behind
      }
      newsroom = null;
    }
  }

  static Set<String> ids() {
    Set<String> ids = new java.util.TreeSet<>(WIKINEWS);
    ids.add(EXAMPLE);
    ids.add(MARKUP);
    return ids;
  }
}
