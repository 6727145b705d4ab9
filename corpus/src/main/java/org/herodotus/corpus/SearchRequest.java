package org.herodotus.corpus;

/**
 * A search: a query in Lucene's classic syntax over the corpus fields, the kind of document to find
 * ({@code article}, {@code quote} or {@code event}), how many hits to return from which offset, and
 * how many values to count per facet (0 for none).
 */
public record SearchRequest(String query, String type, int limit, int offset, int facetValues) {

  public SearchRequest {
    if (!Fields.TYPES.contains(type)) {
      throw new IllegalArgumentException(
          "unknown type '" + type + "': one of " + String.join(", ", Fields.TYPES));
    }
    if (limit < 0 || offset < 0 || facetValues < 0) {
      throw new IllegalArgumentException("limit, offset and facet values must not be negative");
    }
  }

  /** Articles matching {@code query}: the first 10, with 10 values per facet. */
  public static SearchRequest articles(String query) {
    return new SearchRequest(query, "article", 10, 0, 10);
  }

  public SearchRequest withType(String value) {
    return new SearchRequest(query, value, limit, offset, facetValues);
  }

  public SearchRequest withLimit(int value) {
    return new SearchRequest(query, type, value, offset, facetValues);
  }

  public SearchRequest withOffset(int value) {
    return new SearchRequest(query, type, limit, value, facetValues);
  }

  public SearchRequest withFacetValues(int value) {
    return new SearchRequest(query, type, limit, offset, value);
  }
}
