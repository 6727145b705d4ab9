package org.herodotus.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.herodotus.AnalyzedSeed;
import org.herodotus.doc.Doc;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TableRowsTest {

  private static Doc doc;
  private static Map<Table, List<Object[]>> rows;

  @BeforeAll
  static void analyze() {
    doc = AnalyzedSeed.doc();
    rows = TableRows.of(doc);
  }

  @Test
  void everyTableStartsWithTheArticleIdAndHasUniqueColumnNames() {
    for (Table t : CorpusTables.ALL) {
      assertThat(t.columns().get(0).name()).isEqualTo("article_id");
      Set<String> names = new HashSet<>();
      t.columns()
          .forEach(c -> assertThat(names.add(c.name())).as(t.name() + "." + c.name()).isTrue());
    }
    assertThat(rows.keySet()).containsExactlyElementsOf(CorpusTables.ALL);
  }

  @Test
  void everyValueHasItsColumnsType() {
    for (Map.Entry<Table, List<Object[]>> e : rows.entrySet()) {
      List<Column> columns = e.getKey().columns();
      for (Object[] row : e.getValue()) {
        assertThat(row).as(e.getKey().name()).hasSize(columns.size());
        for (int i = 0; i < row.length; i++) {
          if (row[i] == null) {
            continue;
          }
          Class<?> expected =
              switch (columns.get(i).type()) {
                case STRING -> String.class;
                case INT -> Integer.class;
                case BIGINT -> Long.class;
                case DOUBLE -> Double.class;
                case BOOLEAN -> Boolean.class;
                case DATE -> LocalDate.class;
              };
          assertThat(row[i])
              .as(e.getKey().name() + "." + columns.get(i).name())
              .isInstanceOf(expected);
        }
      }
    }
  }

  @Test
  void oneRowPerItemOfEachLayer() {
    assertThat(rows.get(CorpusTables.ARTICLES)).hasSize(1);
    assertThat(rows.get(CorpusTables.EVENTS)).hasSize(doc.events().size()).isNotEmpty();
    assertThat(rows.get(CorpusTables.QUOTES)).hasSize(doc.quotes().size()).isNotEmpty();
    assertThat(rows.get(CorpusTables.MENTIONS)).hasSize(doc.mentions().size());
    assertThat(rows.get(CorpusTables.PLACES)).hasSize(doc.places().size());
    assertThat(rows.get(CorpusTables.ATTRIBUTIONS)).hasSize(doc.attributions().size());
  }

  @Test
  void rowsSayWhatTheDocumentSays() {
    Object[] article = rows.get(CorpusTables.ARTICLES).get(0);
    assertThat(article[CorpusTables.ARTICLES.column("published")])
        .isEqualTo(LocalDate.of(2023, 9, 20));
    assertThat(article[CorpusTables.ARTICLES.column("text")]).isEqualTo(doc.text());
    boolean hajiyev =
        rows.get(CorpusTables.QUOTES).stream()
            .anyMatch(
                q ->
                    "Hikmet Hajiyev".equals(q[CorpusTables.QUOTES.column("speaker")])
                        && LocalDate.of(2023, 9, 20)
                            .equals(q[CorpusTables.QUOTES.column("published")]));
    assertThat(hajiyev).isTrue();
    Object[] first = rows.get(CorpusTables.EVENTS).get(0);
    int trigger = CorpusTables.EVENTS.column("trigger");
    int start = CorpusTables.EVENTS.column("trigger_start");
    int end = CorpusTables.EVENTS.column("trigger_end");
    assertThat(first[trigger])
        .isEqualTo(doc.text().substring((int) first[start], (int) first[end]));
  }

  @Test
  void theTextHashIgnoresCaseAndWhitespace() {
    assertThat(TableRows.textHash("Baku  said\nit"))
        .isEqualTo(TableRows.textHash(" baku said it "));
    assertThat(TableRows.textHash("Baku said it")).isNotEqualTo(TableRows.textHash("Baku said"));
  }
}
