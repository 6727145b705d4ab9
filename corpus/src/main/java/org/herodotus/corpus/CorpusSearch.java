package org.herodotus.corpus;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/** One search over one index snapshot: the query parsed, hits, highlights and facet counts. */
final class CorpusSearch {

  private final IndexSearcher searcher;
  private final Optional<SortedSetDocValuesReaderState> facetState;

  /**
   * A search over {@code searcher}'s snapshot; {@code facetState} is the facet ordinals of that
   * snapshot's reader (costly to build, so the corpus keeps one per reader: see {@link
   * #facetState}), empty when nothing is indexed yet.
   */
  CorpusSearch(IndexSearcher searcher, Optional<SortedSetDocValuesReaderState> facetState) {
    this.searcher = searcher;
    this.facetState = facetState;
  }

  /** The facet ordinals of {@code reader}, or empty when it has no facet fields yet. */
  static Optional<SortedSetDocValuesReaderState> facetState(
      org.apache.lucene.index.IndexReader reader, FacetsConfig config) throws IOException {
    try {
      return Optional.of(new DefaultSortedSetDocValuesReaderState(reader, config));
    } catch (IllegalArgumentException e) {
      return Optional.empty(); // nothing indexed yet
    }
  }

  /** Parses a query; a malformed one is a {@link BadQueryException} saying why. */
  static Query parse(String text) {
    if (text.isBlank() || text.strip().equals("*")) {
      return new MatchAllDocsQuery();
    }
    try {
      return new CorpusQueryParser(Analyzers.perField()).parse(text);
    } catch (ParseException | RuntimeException e) {
      String message = e.getMessage() == null ? e.toString() : e.getMessage();
      throw new BadQueryException(
          "bad query '" + text + "': " + message.lines().findFirst().orElse(message), e);
    }
  }

  SearchResult run(SearchRequest request) throws IOException {
    Query query =
        new BooleanQuery.Builder()
            .add(parse(request.query()), BooleanClause.Occur.MUST)
            .add(new TermQuery(new Term(Fields.TYPE, request.type())), BooleanClause.Occur.FILTER)
            .build();
    int want = request.offset() + request.limit();
    FacetsCollectorManager.FacetsResult found =
        FacetsCollectorManager.search(
            searcher, query, Math.max(want, 1), new FacetsCollectorManager());
    TopDocs top = found.topDocs();
    ScoreDoc[] all = top.scoreDocs;
    List<ScoreDoc> page = new ArrayList<>();
    for (int i = request.offset(); i < Math.min(want, all.length); i++) {
      page.add(all[i]);
    }
    List<List<SearchResult.Passage>> highlights = highlight(query, page);
    List<SearchResult.Hit> hits = new ArrayList<>();
    for (int i = 0; i < page.size(); i++) {
      Document d = searcher.storedFields().document(page.get(i).doc);
      hits.add(hit(d, page.get(i).score, highlights.get(i)));
    }
    return new SearchResult(top.totalHits.value, hits, facets(found.facetsCollector(), request));
  }

  private List<List<SearchResult.Passage>> highlight(Query query, List<ScoreDoc> page)
      throws IOException {
    List<List<SearchResult.Passage>> out = new ArrayList<>();
    if (page.isEmpty()) {
      return out;
    }
    ObjectHighlighter highlighter =
        new ObjectHighlighter(
            UnifiedHighlighter.builder(searcher, Analyzers.perField())
                .withFormatter(new PassageObjects())
                .withMaxLength(200_000));
    int[] ids = page.stream().mapToInt(s -> s.doc).toArray();
    Map<String, Object[]> objects = highlighter.objects(Fields.TEXT, query, ids, 2);
    Object[] texts = objects.get(Fields.TEXT);
    for (int i = 0; i < ids.length; i++) {
      @SuppressWarnings("unchecked")
      List<SearchResult.Passage> p =
          texts == null || texts[i] == null ? List.of() : (List<SearchResult.Passage>) texts[i];
      out.add(p);
    }
    return out;
  }

  private static SearchResult.Hit hit(
      Document d, float score, List<SearchResult.Passage> passages) {
    Map<String, List<String>> fields = new LinkedHashMap<>();
    for (String f :
        List.of(
            Fields.ACTOR,
            Fields.SOURCE,
            Fields.TARGET,
            Fields.CODE,
            Fields.ROOT,
            Fields.QUAD,
            Fields.SPEAKER,
            Fields.PLACE,
            Fields.COUNTRY)) {
      List<String> values = new ArrayList<>();
      for (IndexableField v : d.getFields(f)) {
        if (v.stringValue() != null && !values.contains(v.stringValue())) {
          values.add(v.stringValue());
        }
      }
      if (!values.isEmpty()) {
        fields.put(f, values);
      }
    }
    IndexableField index = d.getField(Fields.INDEX);
    return new SearchResult.Hit(
        d.get(Fields.TYPE),
        d.get(Fields.ARTICLE_ID),
        index == null ? Optional.empty() : Optional.of(index.numericValue().intValue()),
        Optional.ofNullable(d.get(Fields.DATE)),
        Optional.ofNullable(d.get(Fields.HEADLINE)),
        score,
        passages,
        fields);
  }

  private Map<String, List<SearchResult.FacetValue>> facets(
      FacetsCollector collector, SearchRequest request) throws IOException {
    Map<String, List<SearchResult.FacetValue>> out = new LinkedHashMap<>();
    if (request.facetValues() == 0) {
      return out;
    }
    if (facetState.isEmpty()) {
      return out;
    }
    Facets facets = new SortedSetDocValuesFacetCounts(facetState.get(), collector);
    for (String dim : Fields.FACETS) {
      List<SearchResult.FacetValue> values = new ArrayList<>();
      try {
        FacetResult r = facets.getTopChildren(request.facetValues(), dim);
        if (r != null) {
          for (LabelAndValue lv : r.labelValues) {
            values.add(new SearchResult.FacetValue(lv.label, lv.value.intValue()));
          }
        }
      } catch (IllegalArgumentException e) {
        // a dimension no document has
      }
      out.put(dim, values);
    }
    return out;
  }
}
