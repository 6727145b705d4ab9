package org.herodotus.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.herodotus.Herodotus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ingest --corpus, search and sql as a user runs them, with the real pipeline. */
class CorpusCommandsTest {

  @TempDir static Path tmp;
  static Path corpus;

  static final String STRIKE =
      "Miners strike in Chile as talks fail\n\nPublished 2023-10-02\n\nThousands of copper miners"
          + " in Chile went on strike on Monday after talks with the government collapsed, the"
          + " union said. \"The government has ignored our demands,\" union leader Maria Lopez"
          + " told reporters in Santiago.\n";
  static final String COUNCIL =
      "Council rejects <script>alert('x')</script> budget\n\nPublished 2023-10-05\n\nThe city"
          + " council of Lyon rejected the budget plan on Thursday. \"This plan is not serious,\""
          + " said councillor Jean Martin.\n";

  @BeforeAll
  static void ingest() throws IOException {
    Herodotus.pipeline();
    Files.writeString(tmp.resolve("strike.txt"), STRIKE);
    Files.writeString(tmp.resolve("council.txt"), COUNCIL);
    corpus = tmp.resolve("corpus");
    AnalyzeCommandTest.Run first =
        AnalyzeCommandTest.run(
            "ingest",
            "--corpus",
            corpus.toString(),
            tmp.resolve("strike.txt").toString(),
            tmp.resolve("council.txt").toString());
    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(first.err()).contains("ingest: 2 added, 0 replaced, 0 unchanged");
    assertThat(first.out()).isEmpty();
  }

  @Test
  void ingestingAgainChangesNothing() {
    AnalyzeCommandTest.Run again =
        AnalyzeCommandTest.run(
            "ingest", "--corpus", corpus.toString(), tmp.resolve("strike.txt").toString());
    assertThat(again.exitCode()).isZero();
    assertThat(again.err()).contains("0 added, 0 replaced, 1 unchanged; the corpus holds 2");
  }

  @Test
  void searchFindsWordsAndFields() {
    AnalyzeCommandTest.Run r =
        AnalyzeCommandTest.run("search", "--corpus", corpus.toString(), "copper AND place:Chile");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("1 article found").contains("strike").contains("«copper»");

    AnalyzeCommandTest.Run quotes =
        AnalyzeCommandTest.run(
            "search", "--corpus", corpus.toString(), "--type", "quote", "--json", "serious");
    JsonNode json = AnalyzeCommandTest.json(quotes.out());
    assertThat(json.get("total").asInt()).isEqualTo(1);
    assertThat(json.get("hits").get(0).get("articleId").asText()).isEqualTo("council");
  }

  @Test
  void sqlAnswersInEveryFormat() {
    String q = "SELECT article_id, headline FROM articles ORDER BY article_id";
    AnalyzeCommandTest.Run table = AnalyzeCommandTest.run("sql", "--corpus", corpus.toString(), q);
    assertThat(table.exitCode()).isZero();
    assertThat(table.out()).contains("article_id").contains("council").contains("strike");
    AnalyzeCommandTest.Run csv =
        AnalyzeCommandTest.run("sql", "--corpus", corpus.toString(), "--format", "csv", q);
    assertThat(csv.out().lines().toList())
        .containsExactly(
            "article_id,headline",
            "council,Council rejects <script>alert('x')</script> budget",
            "strike,Miners strike in Chile as talks fail");
    AnalyzeCommandTest.Run json =
        AnalyzeCommandTest.run("sql", "--corpus", corpus.toString(), "--format", "json", q);
    assertThat(
            AnalyzeCommandTest.json(json.out().lines().findFirst().orElseThrow())
                .get("article_id")
                .asText())
        .isEqualTo("council");
  }

  @Test
  void badQueriesAndPlacesAreUsageErrorsWithoutAStackTrace() throws IOException {
    AnalyzeCommandTest.Run query =
        AnalyzeCommandTest.run("search", "--corpus", corpus.toString(), "root:(19");
    assertThat(query.exitCode()).isEqualTo(2);
    assertThat(query.err()).startsWith("herodotus: bad query").doesNotContain("\tat ");

    AnalyzeCommandTest.Run sql =
        AnalyzeCommandTest.run("sql", "--corpus", corpus.toString(), "SELECT * FROM nowhere");
    assertThat(sql.exitCode()).isEqualTo(2);
    assertThat(sql.err()).contains("bad SQL").contains("nowhere").doesNotContain("\tat ");

    AnalyzeCommandTest.Run missing =
        AnalyzeCommandTest.run("search", "--corpus", tmp.resolve("nope").toString(), "x");
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).contains("nope").contains("no such corpus");

    Path empty = Files.createDirectories(tmp.resolve("empty-tables"));
    AnalyzeCommandTest.Run tables =
        AnalyzeCommandTest.run("sql", "--tables", empty.toString(), "SELECT 1");
    assertThat(tables.exitCode()).isEqualTo(2);
    assertThat(tables.err()).contains("no corpus tables");

    AnalyzeCommandTest.Run noCorpus =
        AnalyzeCommandTest.run("ingest", tmp.resolve("strike.txt").toString());
    assertThat(noCorpus.exitCode()).isEqualTo(2);
    assertThat(noCorpus.err()).contains("--corpus");
  }

  @Test
  void sqlReadsTablesWrittenElsewhere() {
    AnalyzeCommandTest.Run r =
        AnalyzeCommandTest.run(
            "sql",
            "--tables",
            corpus.resolve("tables").toString(),
            "--format",
            "csv",
            "SELECT count(*) AS n FROM articles");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out().lines().toList()).containsExactly("n", "2");
  }
}
