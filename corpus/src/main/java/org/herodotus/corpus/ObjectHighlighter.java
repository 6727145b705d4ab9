package org.herodotus.corpus;

import java.io.IOException;
import java.util.Map;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/** Lucene's unified highlighter, giving the formatter's objects ({@link PassageObjects}). */
final class ObjectHighlighter extends UnifiedHighlighter {

  ObjectHighlighter(UnifiedHighlighter.Builder builder) {
    super(builder);
  }

  Map<String, Object[]> objects(String field, Query query, int[] docIds, int passages)
      throws IOException {
    return highlightFieldsAsObjects(new String[] {field}, query, docIds, new int[] {passages});
  }
}
