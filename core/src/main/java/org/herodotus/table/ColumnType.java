package org.herodotus.table;

/**
 * The type of a table column, as Parquet, DuckDB and Spark all have it. Java values in rows: {@code
 * STRING} String, {@code INT} Integer, {@code BIGINT} Long, {@code DOUBLE} Double, {@code BOOLEAN}
 * Boolean, {@code DATE} java.time.LocalDate; {@code null} where a value is unknown.
 */
public enum ColumnType {
  STRING,
  INT,
  BIGINT,
  DOUBLE,
  BOOLEAN,
  DATE
}
