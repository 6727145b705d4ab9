package org.herodotus.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.herodotus.doc.Doc;
import org.herodotus.table.Column;
import org.herodotus.table.CorpusTables;
import org.herodotus.table.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusTest {

  @TempDir Path tmp;

  private Corpus filled(Path dir) {
    Corpus corpus = Corpus.open(dir);
    for (Doc d : TestDocs.all()) {
      assertThat(corpus.add(d)).isEqualTo(Corpus.Added.ADDED);
    }
    corpus.commit();
    return corpus;
  }

  private static long count(Corpus corpus, String sql) {
    return ((Number) corpus.sql(sql).rows().get(0).get(0)).longValue();
  }

  @Test
  void everyTableHasTheSchemasColumnsAndTypes() {
    try (Corpus corpus = filled(tmp.resolve("c"))) {
      for (Table t : CorpusTables.ALL) {
        SqlResult described = corpus.sql("DESCRIBE " + t.name());
        List<String> names = described.rows().stream().map(r -> (String) r.get(0)).toList();
        List<String> types = described.rows().stream().map(r -> (String) r.get(1)).toList();
        assertThat(names)
            .as(t.name())
            .containsExactlyElementsOf(t.columns().stream().map(Column::name).toList());
        assertThat(types)
            .as(t.name())
            .containsExactlyElementsOf(t.columns().stream().map(ParquetParts::sqlType).toList());
      }
    }
  }

  @Test
  void theTablesHoldEveryLayer() {
    List<Doc> docs = TestDocs.all();
    try (Corpus corpus = filled(tmp.resolve("c"))) {
      assertThat(corpus.articleCount()).isEqualTo(docs.size());
      assertThat(count(corpus, "SELECT count(*) FROM articles")).isEqualTo(docs.size());
      assertThat(count(corpus, "SELECT count(*) FROM events"))
          .isEqualTo(docs.stream().mapToLong(d -> d.events().size()).sum());
      assertThat(count(corpus, "SELECT count(*) FROM quotes WHERE speaker = 'Hikmet Hajiyev'"))
          .isEqualTo(15);
      assertThat(
              corpus
                  .sql("SELECT published FROM articles WHERE article_id = 'strike'")
                  .rows()
                  .get(0)
                  .get(0))
          .isEqualTo("2023-10-02");
    }
  }

  @Test
  void ingestingTwiceGivesTheSameCorpus() {
    String query =
        "SELECT article_id, event, code, source_code, target_code, trigger FROM events ORDER BY 1, 2";
    List<List<Object>> first;
    try (Corpus corpus = filled(tmp.resolve("a"))) {
      first = corpus.sql(query).rows();
      for (Doc d : TestDocs.all()) {
        assertThat(corpus.add(d)).isEqualTo(Corpus.Added.UNCHANGED);
      }
      corpus.commit();
      assertThat(corpus.sql(query).rows()).isEqualTo(first);
    }
    try (Corpus other = filled(tmp.resolve("b"))) {
      assertThat(other.sql(query).rows()).isEqualTo(first);
    }
  }

  @Test
  void anArticleWithTheSameIdAndAnotherTextReplacesTheOldOne() {
    Doc strike = TestDocs.byId("strike");
    Doc karabakh = TestDocs.byId("karabakh-2023-09-20");
    // the example article's analysis under the strike's id: another text, the same id
    Doc replacement =
        new Doc(
            "strike",
            karabakh.text(),
            karabakh.metadata(),
            karabakh.paragraphs(),
            karabakh.sentences(),
            karabakh.tokens(),
            karabakh.dependencies(),
            karabakh.mentions(),
            karabakh.entities(),
            karabakh.times(),
            karabakh.notes(),
            karabakh.quotes(),
            karabakh.actors(),
            karabakh.places(),
            karabakh.events(),
            karabakh.attributions());
    Path dir = tmp.resolve("c");
    try (Corpus corpus = Corpus.open(dir)) {
      corpus.add(strike);
      corpus.commit();
      assertThat(corpus.status("strike", java.util.Optional.empty(), karabakh.text()))
          .isEqualTo(Corpus.Added.REPLACED);
      assertThat(corpus.add(replacement)).isEqualTo(Corpus.Added.REPLACED);
      corpus.commit();
      assertThat(corpus.articleCount()).isEqualTo(1);
      assertThat(count(corpus, "SELECT count(*) FROM events WHERE article_id = 'strike'"))
          .isEqualTo(karabakh.events().size());
      assertThat(count(corpus, "SELECT count(*) FROM articles")).isEqualTo(1);
      assertThat(corpus.search(SearchRequest.articles("miners")).total()).isZero();
      assertThat(corpus.search(SearchRequest.articles("reintegration")).total()).isEqualTo(1);
    }
  }

  @Test
  void searchFindsByWordsAndFieldsWithHighlightsAndFacets() {
    try (Corpus corpus = filled(tmp.resolve("c"))) {
      SearchResult r = corpus.search(SearchRequest.articles("actor:AZEGOV"));
      assertThat(r.hits())
          .extracting(SearchResult.Hit::articleId)
          .containsExactly("karabakh-2023-09-20");

      SearchResult quotes =
          corpus.search(SearchRequest.articles("speaker:\"Hikmet Hajiyev\"").withType("quote"));
      assertThat(quotes.total()).isEqualTo(15);
      assertThat(quotes.hits().get(0).index()).isPresent();

      SearchResult october =
          corpus.search(SearchRequest.articles("date:[2023-10-01 TO 2023-10-31]"));
      assertThat(october.hits())
          .extracting(SearchResult.Hit::articleId)
          .containsExactlyInAnyOrder("strike", "script-tag");

      SearchResult words = corpus.search(SearchRequest.articles("copper miners"));
      assertThat(words.hits()).extracting(SearchResult.Hit::articleId).containsExactly("strike");
      SearchResult.Passage passage = words.hits().get(0).highlights().get(0);
      assertThat(passage.marked("[", "]")).contains("[copper]").contains("[miners]");

      SearchResult events = corpus.search(SearchRequest.articles("root:17").withType("event"));
      assertThat(events.hits()).extracting(SearchResult.Hit::articleId).contains("ministers-meet");

      SearchResult all = corpus.search(SearchRequest.articles("*"));
      assertThat(all.total()).isEqualTo(4);
      assertThat(all.facets().get("actor"))
          .extracting(SearchResult.FacetValue::value)
          .contains("AZEGOV", "CHLGOV");
      assertThat(all.facets().get("month"))
          .extracting(SearchResult.FacetValue::value)
          .containsExactlyInAnyOrder("2023-09", "2023-10");
    }
  }

  @Test
  void badQueriesSayWhatIsWrong() {
    try (Corpus corpus = filled(tmp.resolve("c"))) {
      assertThatThrownBy(() -> corpus.search(SearchRequest.articles("code:(057")))
          .isInstanceOf(BadQueryException.class)
          .hasMessageContaining("bad query");
      assertThatThrownBy(() -> corpus.search(SearchRequest.articles("date:yesterday")))
          .isInstanceOf(BadQueryException.class)
          .hasMessageContaining("not a day");
      assertThatThrownBy(() -> corpus.sql("SELECT nope FROM events"))
          .isInstanceOf(BadQueryException.class)
          .hasMessageContaining("nope");
      assertThatThrownBy(() -> SearchRequest.articles("x").withType("tweet"))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void parametersAreValuesNeverSql() throws Exception {
    try (Corpus corpus = filled(tmp.resolve("c"))) {
      String byId = "SELECT count(*) FROM articles WHERE article_id = ?";
      assertThat(corpus.sql(byId, List.of("strike")).rows().get(0).get(0)).isEqualTo(1L);
      assertThat(corpus.sql(byId, List.of("x' OR '1' = '1")).rows().get(0).get(0)).isEqualTo(0L);
      assertThat(corpus.sql(byId, List.of("strike'; DROP VIEW articles; --")).rows().get(0).get(0))
          .isEqualTo(0L);
      assertThat(count(corpus, "SELECT count(*) FROM articles")).isEqualTo(TestDocs.all().size());
      assertThat(
              corpus
                  .sql(
                      "SELECT count(*) FROM quotes WHERE speaker = ? AND published >= ?"
                          + " AND quote >= ?",
                      List.of("Hikmet Hajiyev", java.time.LocalDate.of(2023, 9, 1), 0))
                  .rows()
                  .get(0)
                  .get(0))
          .isEqualTo(15L);
      assertThatThrownBy(() -> corpus.sql(byId, List.of())).isInstanceOf(BadQueryException.class);
      // many threads at once on the one database, and a commit in between opens it again
      java.util.concurrent.ExecutorService pool =
          java.util.concurrent.Executors.newFixedThreadPool(8);
      try {
        List<java.util.concurrent.Future<Object>> answers = new java.util.ArrayList<>();
        for (int i = 0; i < 64; i++) {
          answers.add(pool.submit(() -> corpus.sql(byId, List.of("strike")).rows().get(0).get(0)));
        }
        for (java.util.concurrent.Future<Object> a : answers) {
          assertThat(a.get()).isEqualTo(1L);
        }
      } finally {
        pool.shutdown();
      }
      Doc strike = TestDocs.byId("strike");
      Doc renamed =
          new Doc(
              "strike-again",
              strike.text() + " Again.",
              strike.metadata().withUrl(java.util.Optional.empty()),
              strike.paragraphs(),
              strike.sentences(),
              strike.tokens(),
              strike.dependencies(),
              strike.mentions(),
              strike.entities(),
              strike.times(),
              strike.notes(),
              strike.quotes(),
              strike.actors(),
              strike.places(),
              strike.events(),
              strike.attributions());
      corpus.add(renamed);
      corpus.commit();
      assertThat(corpus.sql(byId, List.of("strike-again")).rows().get(0).get(0)).isEqualTo(1L);
    }
  }

  @Test
  void theWrongDirectoryIsRefusedWithItsName() throws IOException {
    Path notes = tmp.resolve("notes");
    Files.createDirectories(notes);
    Files.writeString(notes.resolve("todo.txt"), "keep me");
    assertThatThrownBy(() -> Corpus.open(notes))
        .isInstanceOf(CorpusException.class)
        .hasMessageContaining(notes.toString())
        .hasMessageContaining("not a corpus");
    assertThat(notes.resolve("todo.txt")).exists();
    assertThatThrownBy(() -> Corpus.openReadOnly(tmp.resolve("missing")))
        .isInstanceOf(CorpusException.class)
        .hasMessageContaining("no such corpus");
  }

  @Test
  void oneWriterAtATimeAndReadersSeeCommits() {
    Path dir = tmp.resolve("c");
    try (Corpus writer = Corpus.open(dir)) {
      assertThatThrownBy(() -> Corpus.open(dir))
          .isInstanceOf(CorpusException.class)
          .hasMessageContaining("another process");
      try (Corpus reader = Corpus.openReadOnly(dir)) {
        assertThat(reader.articleCount()).isZero();
        writer.add(TestDocs.byId("strike"));
        writer.commit();
        reader.refresh();
        assertThat(reader.articleCount()).isEqualTo(1);
        assertThat(count(reader, "SELECT count(*) FROM articles")).isEqualTo(1);
      }
    }
  }

  @Test
  void theStoredDocumentIsTheJsonOfTheArticle() {
    try (Corpus corpus = filled(tmp.resolve("c"))) {
      String json = corpus.articleJson("script-tag").orElseThrow();
      assertThat(json).contains("\"id\":\"script-tag\"").contains("<script>");
      assertThat(corpus.articleJson("nope")).isEmpty();
    }
  }

  @Test
  void aReplacedArticlesOldFilesAreGone() throws IOException {
    Path dir = tmp.resolve("c");
    try (Corpus corpus = filled(dir)) {
      corpus.commit();
    }
    try (Stream<Path> files = Files.walk(dir.resolve("tables"))) {
      List<String> names =
          files
              .filter(Files::isRegularFile)
              .map(p -> p.getFileName().toString())
              .collect(Collectors.toList());
      assertThat(names).allMatch(n -> n.endsWith(".parquet"));
    }
  }
}
