package org.herodotus.corpus;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.herodotus.table.CorpusTables;
import org.herodotus.table.Table;

/**
 * SQL over corpus tables with an in-memory DuckDB: each table is a view over its Parquet files (an
 * empty table of the schema when it has none), so queries name the tables as docs/CORPUS.md does.
 */
public final class SqlTables {

  private SqlTables() {}

  /**
   * Runs {@code sql} over a directory of corpus tables written elsewhere (the Spark job): {@code
   * DIR/<table>/} holding Parquet files at any depth (Hive partitions such as {@code
   * published=2023-09-20/} become columns).
   */
  public static SqlResult queryDirectory(Path dir, String sql) {
    if (!Files.isDirectory(dir)) {
      throw new CorpusException(dir + ": no such tables directory");
    }
    Map<String, List<Path>> globs = new LinkedHashMap<>();
    boolean any = false;
    for (Table t : CorpusTables.ALL) {
      Path tableDir = dir.resolve(t.name());
      if (Files.isDirectory(tableDir) && hasParquet(tableDir)) {
        globs.put(t.name(), List.of(tableDir.resolve("**").resolve("*.parquet")));
        any = true;
      }
    }
    if (!any) {
      throw new CorpusException(
          dir
              + ": no corpus tables in it (expected folders such as articles/, events/ of Parquet)");
    }
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement()) {
      for (Table t : CorpusTables.ALL) {
        List<Path> glob = globs.get(t.name());
        if (glob == null) {
          s.execute(ParquetParts.createTable(ParquetParts.quote(t.name()), t));
        } else {
          s.execute(
              "CREATE VIEW "
                  + ParquetParts.quote(t.name())
                  + " AS SELECT * FROM read_parquet("
                  + ParquetParts.literal(glob.get(0).toString())
                  + ", hive_partitioning = true, union_by_name = true)");
        }
      }
      return run(s, sql);
    } catch (SQLException e) {
      throw new CorpusException("cannot open the tables in " + dir + ": " + e.getMessage(), e);
    }
  }

  private static boolean hasParquet(Path dir) {
    try (var walk = Files.walk(dir)) {
      return walk.anyMatch(p -> p.toString().endsWith(".parquet"));
    } catch (java.io.IOException e) {
      return false;
    }
  }

  private static SqlResult run(Statement s, String sql) {
    try (ResultSet rs = s.executeQuery(sql)) {
      return rows(rs);
    } catch (SQLException e) {
      String message = e.getMessage() == null ? e.toString() : e.getMessage();
      throw new BadQueryException("bad SQL: " + message.strip(), e);
    }
  }

  /** Runs a prepared statement whose parameters are bound. */
  static SqlResult run(PreparedStatement s, String sql) throws SQLException {
    try (ResultSet rs = s.executeQuery()) {
      return rows(rs);
    }
  }

  private static SqlResult rows(ResultSet rs) throws SQLException {
    ResultSetMetaData meta = rs.getMetaData();
    List<String> columns = new ArrayList<>();
    List<String> types = new ArrayList<>();
    for (int i = 1; i <= meta.getColumnCount(); i++) {
      columns.add(meta.getColumnLabel(i));
      types.add(meta.getColumnTypeName(i));
    }
    List<List<Object>> rows = new ArrayList<>();
    while (rs.next()) {
      List<Object> row = new ArrayList<>();
      for (int i = 1; i <= columns.size(); i++) {
        row.add(value(rs.getObject(i)));
      }
      rows.add(row);
    }
    return new SqlResult(columns, types, rows);
  }

  /** A value as plain Java: numbers, strings, booleans, dates and times as ISO text. */
  private static Object value(Object v) {
    if (v == null
        || v instanceof String
        || v instanceof Boolean
        || v instanceof Integer
        || v instanceof Long
        || v instanceof Double) {
      return v;
    }
    if (v instanceof Short || v instanceof Byte) {
      return ((Number) v).intValue();
    }
    if (v instanceof Float f) {
      return f.doubleValue();
    }
    if (v instanceof BigInteger b) {
      return b.bitLength() < 63 ? (Object) b.longValue() : b.toString();
    }
    if (v instanceof BigDecimal b) {
      return b.doubleValue();
    }
    if (v instanceof java.sql.Date d) {
      return d.toLocalDate().toString();
    }
    if (v instanceof java.sql.Array a) {
      try {
        List<Object> list = new ArrayList<>();
        for (Object o : (Object[]) a.getArray()) {
          list.add(value(o));
        }
        return list;
      } catch (SQLException e) {
        return v.toString();
      }
    }
    return v.toString();
  }
}
