package org.herodotus.corpus;

import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.facet.FacetsConfig;

/** The analyzers and facet settings of the corpus index. */
final class Analyzers {

  private Analyzers() {}

  /** Whole values, lower-cased: how keyword fields are queried. */
  static final Analyzer KEYWORD =
      new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
          KeywordTokenizer tokenizer = new KeywordTokenizer();
          return new TokenStreamComponents(tokenizer, new LowerCaseFilter(tokenizer));
        }
      };

  /** Standard analysis for text, keyword analysis for keyword fields. */
  static Analyzer perField() {
    Map<String, Analyzer> keywords = new HashMap<>();
    Fields.KEYWORDS.forEach(f -> keywords.put(f, KEYWORD));
    Fields.EXACT.forEach(f -> keywords.put(f, new KeywordAnalyzer()));
    return new PerFieldAnalyzerWrapper(new StandardAnalyzer(), keywords);
  }

  static FacetsConfig facets() {
    FacetsConfig config = new FacetsConfig();
    Fields.FACETS.forEach(d -> config.setMultiValued(d, true));
    return config;
  }
}
