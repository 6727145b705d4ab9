package org.herodotus.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * CoreNLP run the usual way, for comparison in benchmarks: one {@code StanfordCoreNLP} with the
 * annotators that give the same outputs as Herodotus (tokenize, ssplit, pos, lemma, ner, depparse,
 * coref, quote) and CoreNLP's defaults otherwise, on the raw article text.
 */
public final class PlainCoreNlp {

  /** The annotators of the usual full pipeline. */
  public static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote";

  private final StanfordCoreNLP coreNlp;

  public PlainCoreNlp() {
    Properties p = new Properties();
    p.setProperty("annotators", ANNOTATORS);
    p.setProperty("coref.algorithm", "statistical");
    p.setProperty("quote.attributeQuotes", "true");
    this.coreNlp = new StanfordCoreNLP(p);
  }

  /** Annotates one article; returns the number of tokens. */
  public int annotate(String text, Optional<String> date) {
    Annotation annotation = new Annotation(text);
    date.ifPresent(d -> annotation.set(CoreAnnotations.DocDateAnnotation.class, d));
    coreNlp.annotate(annotation);
    List<?> tokens = annotation.get(CoreAnnotations.TokensAnnotation.class);
    return tokens == null ? 0 : tokens.size();
  }

  /** Seconds per annotator so far, summed over threads. */
  public Map<String, Double> annotatorSeconds() {
    return AnnotatorTimes.parse(coreNlp.timingInformation());
  }
}
