package org.herodotus.corpus;

import java.util.List;

/** The result of a SQL query: column names and types, and the rows as Java values. */
public record SqlResult(List<String> columns, List<String> types, List<List<Object>> rows) {

  public SqlResult {
    columns = List.copyOf(columns);
    types = List.copyOf(types);
    rows = List.copyOf(rows);
  }
}
