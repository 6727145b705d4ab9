package org.herodotus.corpus;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/** Formats the highlighter's passages as {@link SearchResult.Passage} objects. */
final class PassageObjects extends PassageFormatter {

  @Override
  public Object format(Passage[] passages, String content) {
    List<SearchResult.Passage> out = new ArrayList<>();
    for (Passage p : passages) {
      List<List<Integer>> matches = new ArrayList<>();
      int last = p.getStartOffset();
      for (int i = 0; i < p.getNumMatches(); i++) {
        int start = Math.max(p.getMatchStarts()[i], last);
        int end = p.getMatchEnds()[i];
        if (end > start) {
          matches.add(List.of(start - p.getStartOffset(), end - p.getStartOffset()));
          last = end;
        }
      }
      String text = content.substring(p.getStartOffset(), p.getEndOffset()).replace('\n', ' ');
      out.add(new SearchResult.Passage(text, matches));
    }
    return out;
  }
}
