package org.herodotus.table;

import java.util.List;

/** A corpus table: its name and its columns in order. */
public record Table(String name, List<Column> columns) {

  public Table {
    columns = List.copyOf(columns);
  }

  /** The index of the column named {@code name}. */
  public int column(String name) {
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).name().equals(name)) {
        return i;
      }
    }
    throw new IllegalArgumentException("table " + this.name + " has no column " + name);
  }
}
