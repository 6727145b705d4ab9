/**
 * The corpus tables: one fixed, versioned schema for every layer of a {@link org.herodotus.doc.Doc}
 * as flat rows, written the same way by {@code herodotus ingest} on one machine and by the Spark
 * job on a cluster, so that every reader works on both. Plain Java: no storage library here.
 */
@NullMarked
package org.herodotus.table;

import org.jspecify.annotations.NullMarked;
