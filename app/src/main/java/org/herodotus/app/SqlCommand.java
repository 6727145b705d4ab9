package org.herodotus.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.herodotus.corpus.BadQueryException;
import org.herodotus.corpus.Corpus;
import org.herodotus.corpus.CorpusException;
import org.herodotus.corpus.SqlResult;
import org.herodotus.corpus.SqlTables;
import org.herodotus.write.DocJson;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code herodotus sql "SELECT ..." --corpus DIR}: SQL over the corpus tables (DuckDB). */
@Command(
    name = "sql",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Runs a SQL query (DuckDB's dialect) over the corpus tables: articles, mentions, entities,"
          + " actors, places, times, quotes, attributions, events (columns in docs/CORPUS.md).",
      "--tables DIR runs it over a directory of the same tables written elsewhere (the Spark"
          + " job): DIR/<table>/ holding Parquet files, partitions allowed."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:the query ran", "2:bad SQL, or no corpus or tables there"})
public final class SqlCommand implements Callable<Integer> {

  @ParentCommand HerodotusCommand herodotus;

  @Parameters(index = "0", paramLabel = "SQL", description = "The query.")
  String sql;

  static final class Where {
    @Option(names = "--corpus", required = true, paramLabel = "DIR", description = "A corpus.")
    Path corpus;

    @Option(
        names = "--tables",
        required = true,
        paramLabel = "DIR",
        description = "A directory of corpus tables in Parquet.")
    Path tables;
  }

  @ArgGroup(multiplicity = "1")
  Where where;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "table",
      description =
          "table (aligned text), csv or json (one object per row). Default: ${DEFAULT-VALUE}.")
  String format;

  @Override
  public Integer call() {
    Io io = herodotus.io();
    if (!List.of("table", "csv", "json").contains(format)) {
      io.err().println("herodotus: unknown --format '" + format + "': table, csv or json");
      return 2;
    }
    SqlResult result;
    try {
      if (where.tables != null) {
        result = SqlTables.queryDirectory(where.tables, sql);
      } else {
        try (Corpus store = Corpus.openReadOnly(where.corpus)) {
          result = store.sql(sql);
        }
      }
    } catch (BadQueryException | CorpusException e) {
      io.err().println("herodotus: " + e.getMessage());
      return 2;
    }
    switch (format) {
      case "csv" -> csv(io, result);
      case "json" -> json(io, result);
      default -> table(io, result);
    }
    io.out().flush();
    return 0;
  }

  private static void table(Io io, SqlResult r) {
    List<List<String>> cells = new ArrayList<>();
    cells.add(r.columns());
    for (List<Object> row : r.rows()) {
      cells.add(row.stream().map(v -> v == null ? "" : oneLine(v.toString())).toList());
    }
    int[] width = new int[r.columns().size()];
    for (List<String> row : cells) {
      for (int i = 0; i < row.size(); i++) {
        width[i] = Math.max(width[i], Math.min(60, row.get(i).length()));
      }
    }
    for (int n = 0; n < cells.size(); n++) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < width.length; i++) {
        String v = cells.get(n).get(i);
        if (v.length() > 60) {
          v = v.substring(0, 59) + "…";
        }
        line.append(i == 0 ? "" : "  ").append(String.format("%-" + width[i] + "s", v));
      }
      io.out().println(line.toString().stripTrailing());
      if (n == 0) {
        StringBuilder rule = new StringBuilder();
        for (int i = 0; i < width.length; i++) {
          rule.append(i == 0 ? "" : "  ").append("-".repeat(width[i]));
        }
        io.out().println(rule);
      }
    }
    io.err().println(r.rows().size() + " row" + (r.rows().size() == 1 ? "" : "s"));
  }

  private static String oneLine(String s) {
    return s.replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
  }

  private static void csv(Io io, SqlResult r) {
    io.out().println(String.join(",", r.columns().stream().map(SqlCommand::csvField).toList()));
    for (List<Object> row : r.rows()) {
      io.out()
          .println(
              String.join(
                  ",",
                  row.stream().map(v -> v == null ? "" : csvField(Objects.toString(v))).toList()));
    }
  }

  private static String csvField(String v) {
    if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
      return "\"" + v.replace("\"", "\"\"") + "\"";
    }
    return v;
  }

  private static void json(Io io, SqlResult r) {
    try {
      for (List<Object> row : r.rows()) {
        ObjectNode o = DocJson.mapper().createObjectNode();
        for (int i = 0; i < r.columns().size(); i++) {
          o.set(r.columns().get(i), DocJson.mapper().valueToTree(row.get(i)));
        }
        io.out().println(DocJson.mapper().writeValueAsString(o));
      }
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
