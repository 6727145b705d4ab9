package org.herodotus.corpus;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.duckdb.DuckDBConnection;
import org.herodotus.table.CorpusTables;
import org.herodotus.table.Table;

/**
 * An in-memory DuckDB database whose tables are views over one commit's Parquet files, kept open so
 * that many queries (a server's) do not each pay for starting DuckDB and declaring the views. Each
 * query runs on its own duplicated connection, so queries may run from any number of threads.
 *
 * <p>A corpus holds one {@code TableViews} for its current files and replaces it when a commit
 * changes them; the old one is closed when its last query is done.
 */
final class TableViews {

  private final Map<String, List<Path>> files;
  private final DuckDBConnection database;
  private int running;
  private boolean retired;

  private TableViews(Map<String, List<Path>> files, DuckDBConnection database) {
    this.files = files;
    this.database = database;
  }

  /** Opens a database with a view per table over {@code files} (an empty table when none). */
  static TableViews open(Map<String, List<Path>> files) {
    try {
      DuckDBConnection c =
          DriverManager.getConnection("jdbc:duckdb:").unwrap(DuckDBConnection.class);
      try (Statement s = c.createStatement()) {
        for (Table t : CorpusTables.ALL) {
          List<Path> parts = files.getOrDefault(t.name(), List.of());
          if (parts.isEmpty()) {
            s.execute(ParquetParts.createTable(ParquetParts.quote(t.name()), t));
          } else {
            s.execute(
                "CREATE VIEW "
                    + ParquetParts.quote(t.name())
                    + " AS SELECT * FROM read_parquet(["
                    + parts.stream()
                        .map(p -> ParquetParts.literal(p.toString()))
                        .collect(Collectors.joining(", "))
                    + "], union_by_name = true)");
          }
        }
      } catch (SQLException e) {
        c.close();
        throw e;
      }
      return new TableViews(Map.copyOf(files), c);
    } catch (SQLException e) {
      throw new CorpusException("cannot open the tables: " + e.getMessage(), e);
    }
  }

  /** The files these views read. */
  Map<String, List<Path>> files() {
    return files;
  }

  /**
   * Runs {@code sql} with {@code parameters} bound to its {@code ?} placeholders in order (strings,
   * numbers, booleans, {@link java.time.LocalDate}s or null).
   *
   * @throws BadQueryException when DuckDB refuses the query or its parameters
   */
  SqlResult query(String sql, List<?> parameters) {
    synchronized (this) {
      if (retired) {
        throw new IllegalStateException("table views closed");
      }
      running++;
    }
    try (Connection c = database.duplicate();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.size(); i++) {
        Object p = parameters.get(i);
        s.setObject(i + 1, p instanceof java.time.LocalDate d ? java.sql.Date.valueOf(d) : p);
      }
      return SqlTables.run(s, sql);
    } catch (SQLException e) {
      String message = e.getMessage() == null ? e.toString() : e.getMessage();
      throw new BadQueryException("bad SQL: " + message.strip(), e);
    } finally {
      boolean close;
      synchronized (this) {
        running--;
        close = retired && running == 0;
      }
      if (close) {
        closeDatabase();
      }
    }
  }

  /** Closes the database now, or when the queries running on it are done. */
  void retire() {
    boolean close;
    synchronized (this) {
      if (retired) {
        return;
      }
      retired = true;
      close = running == 0;
    }
    if (close) {
      closeDatabase();
    }
  }

  private void closeDatabase() {
    try {
      database.close();
    } catch (SQLException e) {
      // nothing is left to read from it
    }
  }
}
