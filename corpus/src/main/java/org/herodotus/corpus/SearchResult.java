package org.herodotus.corpus;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a search found: the total number of matching documents, the hits asked for, and per facet
 * dimension the most frequent values among all matches with their counts.
 */
public record SearchResult(long total, List<Hit> hits, Map<String, List<FacetValue>> facets) {

  public SearchResult {
    hits = List.copyOf(hits);
    facets = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(facets));
  }

  /**
   * One hit: the article, the index of the quote or event within it (for those types), its date,
   * headline, score, the passages that matched, and its keyword fields.
   */
  public record Hit(
      String type,
      String articleId,
      Optional<Integer> index,
      Optional<String> date,
      Optional<String> headline,
      float score,
      List<Passage> highlights,
      Map<String, List<String>> fields) {
    public Hit {
      highlights = List.copyOf(highlights);
      fields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
    }
  }

  /**
   * A passage of the text that matched, as plain text, with the matched words as offsets into it
   * ({@code [start, end)} pairs), so that a page marks them without reading the text as markup.
   */
  public record Passage(String text, List<List<Integer>> matches) {
    public Passage {
      matches = List.copyOf(matches);
    }

    /** The passage with its matches between two markers ({@code «} and {@code »} on a terminal). */
    public String marked(String open, String close) {
      StringBuilder out = new StringBuilder();
      int at = 0;
      for (List<Integer> m : matches) {
        out.append(text, at, m.get(0)).append(open).append(text, m.get(0), m.get(1)).append(close);
        at = m.get(1);
      }
      return out.append(text.substring(at)).toString();
    }
  }

  /** A facet value and the number of matching documents that have it. */
  public record FacetValue(String value, int count) {}
}
