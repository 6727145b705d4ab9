package org.herodotus.nlp;

import edu.stanford.nlp.coref.CorefCoreAnnotations;
import edu.stanford.nlp.coref.data.CorefChain;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.QuoteAttributionAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.herodotus.doc.Span;

/**
 * CoreNLP's own quote finder and attributor ({@code quote} with {@code quote.attributeQuotes}), run
 * as it comes over raw text, for comparison with our quote layer. Its results are converted into
 * plain records here, so nothing outside this package sees CoreNLP's types.
 */
public final class CoreNlpQuoteBaseline {

  /**
   * One quote CoreNLP found: the quote with its marks, the speaker mention it chose (its {@code
   * MentionBegin/End}), and the spans of the coreference chain that mention (or its canonical
   * mention) lies in, the canonical mention included.
   */
  public record BaselineQuote(Span span, Optional<Span> speaker, List<Span> speakerChain) {
    public BaselineQuote {
      speakerChain = List.copyOf(speakerChain);
    }
  }

  private final StanfordCoreNLP coreNlp;

  public CoreNlpQuoteBaseline() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote");
    p.setProperty("ner.applyFineGrained", "false");
    p.setProperty("coref.algorithm", "statistical");
    p.setProperty("quote.attributeQuotes", "true");
    this.coreNlp = new StanfordCoreNLP(p);
  }

  public List<BaselineQuote> quotes(String text) {
    Annotation annotation = new Annotation(text);
    coreNlp.annotate(annotation);
    List<CoreLabel> tokens = annotation.get(CoreAnnotations.TokensAnnotation.class);
    List<CoreMap> quotes = annotation.get(CoreAnnotations.QuotationsAnnotation.class);
    Map<Integer, CorefChain> chains =
        annotation.get(CorefCoreAnnotations.CorefChainAnnotation.class);
    List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
    List<BaselineQuote> out = new ArrayList<>();
    if (quotes == null) {
      return out;
    }
    for (CoreMap q : quotes) {
      Span span =
          new Span(
              q.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
              q.get(CoreAnnotations.CharacterOffsetEndAnnotation.class));
      Optional<Span> speaker =
          tokenSpan(
              tokens,
              q.get(QuoteAttributionAnnotator.MentionBeginAnnotation.class),
              q.get(QuoteAttributionAnnotator.MentionEndAnnotation.class));
      Optional<Span> canonical =
          tokenSpan(
              tokens,
              q.get(QuoteAttributionAnnotator.CanonicalMentionBeginAnnotation.class),
              q.get(QuoteAttributionAnnotator.CanonicalMentionEndAnnotation.class));
      List<Span> chain = new ArrayList<>();
      canonical.ifPresent(chain::add);
      for (Span s : speaker.or(() -> canonical).stream().toList()) {
        chain.addAll(chainOf(s, chains, sentences));
      }
      out.add(new BaselineQuote(span, speaker, chain));
    }
    return out;
  }

  private static Optional<Span> tokenSpan(List<CoreLabel> tokens, Integer begin, Integer end) {
    if (begin == null || end == null || begin < 0 || end >= tokens.size() || end < begin) {
      return Optional.empty();
    }
    return Optional.of(new Span(tokens.get(begin).beginPosition(), tokens.get(end).endPosition()));
  }

  private static List<Span> chainOf(
      Span mention, Map<Integer, CorefChain> chains, List<CoreMap> sentences) {
    List<Span> out = new ArrayList<>();
    if (chains == null) {
      return out;
    }
    for (CorefChain chain : chains.values()) {
      List<Span> spans = new ArrayList<>();
      boolean holds = false;
      for (CorefChain.CorefMention cm : chain.getMentionsInTextualOrder()) {
        List<CoreLabel> st =
            sentences.get(cm.sentNum - 1).get(CoreAnnotations.TokensAnnotation.class);
        if (cm.startIndex < 1 || cm.endIndex - 1 > st.size()) {
          continue;
        }
        Span s =
            new Span(
                st.get(cm.startIndex - 1).beginPosition(), st.get(cm.endIndex - 2).endPosition());
        spans.add(s);
        if (s.overlaps(mention)) {
          holds = true;
        }
      }
      if (holds) {
        out.addAll(spans);
      }
    }
    return out;
  }
}
