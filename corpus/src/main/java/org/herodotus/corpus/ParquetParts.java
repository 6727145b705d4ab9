package org.herodotus.corpus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.herodotus.table.Column;
import org.herodotus.table.Table;

/**
 * Writes corpus table parts as Parquet files through an in-memory DuckDB: the rows are appended to
 * a table with the schema's column types, then copied to the file (ZSTD-compressed). A file is
 * written under a temporary name and moved into place, so a part file either exists whole or not.
 */
final class ParquetParts {

  private ParquetParts() {}

  /** The DuckDB type of a column. */
  static String sqlType(Column c) {
    return switch (c.type()) {
      case STRING -> "VARCHAR";
      case INT -> "INTEGER";
      case BIGINT -> "BIGINT";
      case DOUBLE -> "DOUBLE";
      case BOOLEAN -> "BOOLEAN";
      case DATE -> "DATE";
    };
  }

  static String createTable(String name, Table table) {
    return "CREATE TABLE "
        + name
        + " ("
        + table.columns().stream()
            .map(c -> quote(c.name()) + " " + sqlType(c))
            .collect(Collectors.joining(", "))
        + ")";
  }

  static String quote(String identifier) {
    return "\"" + identifier.replace("\"", "\"\"") + "\"";
  }

  static String literal(String value) {
    return "'" + value.replace("'", "''") + "'";
  }

  /** Writes {@code rows} of {@code table} to {@code file}. */
  static void write(Path file, Table table, List<Object[]> rows) {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement()) {
      s.execute(createTable("part", table));
      try (DuckDBAppender a = c.unwrap(DuckDBConnection.class).createAppender("main", "part")) {
        for (Object[] row : rows) {
          a.beginRow();
          for (Object v : row) {
            append(a, v);
          }
          a.endRow();
        }
      }
      copyTo(s, "SELECT * FROM part", file);
    } catch (SQLException e) {
      throw new CorpusException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  /** Writes {@code from} without the rows of {@code articleIds} to {@code to}. */
  static void rewriteWithout(Path from, Path to, Collection<String> articleIds) {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement()) {
      String ids = articleIds.stream().map(ParquetParts::literal).collect(Collectors.joining(", "));
      copyTo(
          s,
          "SELECT * FROM read_parquet("
              + literal(from.toString())
              + ")"
              + (ids.isEmpty() ? "" : " WHERE article_id NOT IN (" + ids + ")"),
          to);
    } catch (SQLException e) {
      throw new CorpusException("cannot rewrite " + from + ": " + e.getMessage(), e);
    }
  }

  private static void copyTo(Statement s, String select, Path file) throws SQLException {
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    s.execute(
        "COPY ("
            + select
            + ") TO "
            + literal(tmp.toString())
            + " (FORMAT PARQUET, COMPRESSION ZSTD)");
    try {
      Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    } catch (java.io.IOException e) {
      throw new CorpusException("cannot move " + tmp + " to " + file + ": " + e.getMessage(), e);
    }
  }

  private static void append(DuckDBAppender a, Object v) throws SQLException {
    if (v == null) {
      a.appendNull();
    } else if (v instanceof String x) {
      a.append(x);
    } else if (v instanceof Integer x) {
      a.append(x.intValue());
    } else if (v instanceof Long x) {
      a.append(x.longValue());
    } else if (v instanceof Double x) {
      a.append(x.doubleValue());
    } else if (v instanceof Boolean x) {
      a.append(x.booleanValue());
    } else if (v instanceof LocalDate x) {
      a.append(x);
    } else {
      throw new IllegalArgumentException("no column type for " + v.getClass());
    }
  }
}
