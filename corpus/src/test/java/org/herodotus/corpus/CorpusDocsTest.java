package org.herodotus.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.herodotus.doc.Doc;
import org.herodotus.table.Column;
import org.herodotus.table.CorpusTables;
import org.herodotus.table.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** docs/CORPUS.md says what the corpus does: its tables and its example questions. */
class CorpusDocsTest {

  @TempDir Path tmp;

  private static String docs() throws IOException {
    for (Path p : List.of(Path.of("../docs/CORPUS.md"), Path.of("docs/CORPUS.md"))) {
      if (Files.isRegularFile(p)) {
        return Files.readString(p);
      }
    }
    throw new IllegalStateException("docs/CORPUS.md not found");
  }

  @Test
  void theDocsListEveryColumnOfEveryTableWithItsType() throws IOException {
    String docs = docs();
    for (Table t : CorpusTables.ALL) {
      int at = docs.indexOf("### " + t.name() + "\n");
      assertThat(at).as(t.name()).isNotNegative();
      int end = docs.indexOf("\n### ", at + 1);
      String section = docs.substring(at, end < 0 ? docs.length() : end);
      for (Column c : t.columns()) {
        assertThat(section).contains("| `" + c.name() + "` | " + c.type() + " |");
      }
    }
  }

  @Test
  void everyExampleQuestionRuns() throws IOException {
    Matcher block = Pattern.compile("```sql\n(.*?)```", Pattern.DOTALL).matcher(docs());
    List<String> queries = new ArrayList<>();
    while (block.find()) {
      for (String line : block.group(1).split("\n")) {
        if (!line.isBlank() && !line.startsWith("--")) {
          queries.add(line.strip().replaceAll(";$", ""));
        }
      }
    }
    assertThat(queries).hasSizeGreaterThanOrEqualTo(4);
    try (Corpus corpus = Corpus.open(tmp.resolve("c"))) {
      for (Doc d : TestDocs.all()) {
        corpus.add(d);
      }
      corpus.commit();
      for (String q : queries) {
        SqlResult r = corpus.sql(q);
        assertThat(r.columns()).as(q).isNotEmpty();
      }
      assertThat(corpus.sql(queries.get(0)).rows()).isNotEmpty();
    }
  }
}
