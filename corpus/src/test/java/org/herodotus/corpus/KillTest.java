package org.herodotus.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process writing a corpus is killed with SIGKILL at random moments; the corpus must open every
 * time with every article it committed, each with all its rows, and nothing half-written.
 */
class KillTest {

  @TempDir Path tmp;

  @Test
  void aCorpusKilledAtAnyMomentOpensWithEveryCommittedArticleWhole() throws Exception {
    Path dir = tmp.resolve("corpus");
    Random random = new Random(20261204);
    int next = 0;
    int committedBefore = 0;
    for (int round = 0; round < 4; round++) {
      Process p =
          new ProcessBuilder(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  "-Xmx512m",
                  "-cp",
                  System.getProperty("java.class.path"),
                  KillTarget.class.getName(),
                  dir.toString(),
                  Integer.toString(next))
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
      int lastCommitted = -1;
      int waitFor = 2 + random.nextInt(4);
      try (BufferedReader out =
          new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
        for (int seen = 0; seen < waitFor; seen++) {
          String line = out.readLine();
          assertThat(line).as("the writer died early").isNotNull();
          lastCommitted = Integer.parseInt(line.substring("committed ".length()));
        }
        Thread.sleep(random.nextInt(400));
        p.destroyForcibly(); // SIGKILL on Linux
        p.waitFor(30, TimeUnit.SECONDS);
      }
      try (Corpus corpus = Corpus.open(dir)) {
        int count = corpus.articleCount();
        // every article reported committed is there; at most the one being committed after it
        assertThat(count).isGreaterThanOrEqualTo(committedBefore + (lastCommitted - next + 1));
        assertConsistent(corpus);
        committedBefore = count;
        next = lastCommitted + 50;
      }
      try (Stream<Path> files = Files.walk(dir.resolve("tables"))) {
        assertThat(files.filter(f -> f.toString().endsWith(".tmp")).toList()).isEmpty();
      }
    }
  }

  /** The index and every table agree, article by article. */
  private static void assertConsistent(Corpus corpus) throws Exception {
    ObjectMapper json = new ObjectMapper();
    List<List<Object>> articles = corpus.sql("SELECT article_id FROM articles").rows();
    assertThat(articles).hasSize(corpus.articleCount());
    Map<String, Long> events = new HashMap<>();
    for (List<Object> row :
        corpus.sql("SELECT article_id, count(*) FROM events GROUP BY 1").rows()) {
      events.put((String) row.get(0), ((Number) row.get(1)).longValue());
    }
    for (List<Object> row : articles) {
      String id = (String) row.get(0);
      JsonNode doc = json.readTree(corpus.articleJson(id).orElseThrow());
      assertThat(events.getOrDefault(id, 0L)).as(id).isEqualTo(doc.get("events").size());
    }
  }
}
