package org.herodotus.table;

/** One column of a corpus table: its name (snake case), type and what it holds. */
public record Column(String name, ColumnType type, String meaning) {}
