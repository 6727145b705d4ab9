/**
 * The corpus: every analyzed article kept in a directory, as a Lucene index (search with fields,
 * facets and highlights) and as Parquet tables of every layer (SQL through DuckDB). {@link Corpus}
 * is the API; docs/CORPUS.md documents the directory, the tables and the commit protocol.
 */
@NullMarked
package org.herodotus.corpus;

import org.jspecify.annotations.NullMarked;
