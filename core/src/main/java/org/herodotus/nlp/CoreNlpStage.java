package org.herodotus.nlp;

import edu.stanford.nlp.coref.CorefCoreAnnotations;
import edu.stanford.nlp.coref.data.CorefChain;
import edu.stanford.nlp.coref.data.Dictionaries;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.herodotus.doc.Dependency;
import org.herodotus.doc.Doc;
import org.herodotus.doc.Layer;
import org.herodotus.doc.Mention;
import org.herodotus.doc.Note;
import org.herodotus.doc.Sentence;
import org.herodotus.doc.Span;
import org.herodotus.doc.TimeExpression;
import org.herodotus.doc.Token;
import org.herodotus.pipeline.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The NLP layer on Stanford CoreNLP: sentences, tokens, parts of speech, lemmas, named entities,
 * Universal Dependencies, coreference and SUTime's time values, converted once into Herodotus
 * records. This is the only place in the project that touches CoreNLP's types.
 *
 * <p>The mentions and entities this stage provides are CoreNLP's as they come (named-entity
 * mentions and coreference chains); the entity stage mends and names them. Times are SUTime's
 * values against the publication date; the time stage completes them.
 */
public final class CoreNlpStage implements Stage {

  private static final Logger LOG = LoggerFactory.getLogger(CoreNlpStage.class);

  private final StanfordCoreNLP coreNlp;
  private final int maxSentenceTokens;
  private final StanfordCoreNLP tokenizer;

  /**
   * Loads the models (tens of seconds).
   *
   * @param maxSentenceTokens longest run of words handed to the engine as one sentence
   * @param coreference whether to run CoreNLP's coreference (about half of its time)
   */
  public CoreNlpStage(int maxSentenceTokens, boolean coreference) {
    this.maxSentenceTokens = maxSentenceTokens;
    long start = System.nanoTime();
    this.tokenizer = new StanfordCoreNLP(tokenizerProperties());
    this.coreNlp = new StanfordCoreNLP(properties(coreference));
    LOG.info("CoreNLP loaded in {} s", String.format("%.1f", (System.nanoTime() - start) / 1e9));
  }

  /** Tokenization and sentence splitting, run first so that SentenceRepair can mend them. */
  static Properties tokenizerProperties() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit");
    // NlpText ends every paragraph with a line break and joins wrapped lines.
    p.setProperty("ssplit.newlineIsSentenceBreak", "always");
    return p;
  }

  /** The rest of the analysis, on the mended sentences. */
  static Properties properties(boolean coreference) {
    Properties p = tokenizerProperties();
    p.setProperty("annotators", "pos,lemma,ner,depparse" + (coreference ? ",coref" : ""));
    p.setProperty("enforceRequirements", "false");
    // The fine-grained KBP stage costs 4x the CRF and adds noise (war = CAUSE_OF_DEATH).
    p.setProperty("ner.applyFineGrained", "false");
    p.setProperty("ner.useSUTime", "true");
    p.setProperty("coref.algorithm", "statistical");
    return p;
  }

  @Override
  public String name() {
    return "nlp";
  }

  @Override
  public Set<Layer> requires() {
    return EnumSet.of(Layer.TEXT, Layer.METADATA, Layer.PARAGRAPHS);
  }

  @Override
  public Set<Layer> provides() {
    return EnumSet.of(
        Layer.SENTENCES,
        Layer.TOKENS,
        Layer.DEPENDENCIES,
        Layer.MENTIONS,
        Layer.ENTITIES,
        Layer.TIMES);
  }

  @Override
  public Doc apply(Doc doc) {
    NlpText.Prepared prepared = NlpText.prepare(doc, maxSentenceTokens);
    Annotation annotation = new Annotation(prepared.text());
    doc.metadata()
        .publishedDate()
        .ifPresent(date -> annotation.set(CoreAnnotations.DocDateAnnotation.class, date));
    tokenizer.annotate(annotation);
    SentenceRepair.apply(annotation);
    coreNlp.annotate(annotation);
    Doc result = new Conversion(doc, annotation).run();
    for (int offset : prepared.forcedBreaks()) {
      result =
          result.withNote(
              new Note(
                  "nlp",
                  "a run of over "
                      + maxSentenceTokens
                      + " words with no sentence end was split at offset "
                      + offset));
    }
    return result;
  }

  /**
   * Seconds spent in each CoreNLP annotator since the stage was made, summed over threads (as
   * CoreNLP itself counts them).
   */
  public Map<String, Double> annotatorSeconds() {
    Map<String, Double> seconds =
        new java.util.LinkedHashMap<>(AnnotatorTimes.parse(tokenizer.timingInformation()));
    seconds.putAll(AnnotatorTimes.parse(coreNlp.timingInformation()));
    return seconds;
  }

  /** One document's conversion from CoreNLP's annotation into records. */
  private final class Conversion {
    private final Doc doc;
    private final Annotation annotation;
    private final List<Sentence> sentences = new ArrayList<>();
    private final List<Token> tokens = new ArrayList<>();
    private final List<Dependency> dependencies = new ArrayList<>();
    private final List<TimeExpression> times = new ArrayList<>();
    private final List<Note> notes = new ArrayList<>();

    Conversion(Doc doc, Annotation annotation) {
      this.doc = doc;
      this.annotation = annotation;
    }

    Doc run() {
      List<CoreMap> coreSentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
      List<Integer> sentenceOffsets = new ArrayList<>();
      for (CoreMap coreSentence : coreSentences) {
        sentenceOffsets.add(tokens.size());
        convertSentence(coreSentence);
      }
      MentionTable mentions = new MentionTable();
      collectNamedMentions(coreSentences, sentenceOffsets, mentions);
      collectCoref(sentenceOffsets, mentions);
      Doc result = doc.withSyntax(sentences, tokens, dependencies).withTimes(times);
      result = mentions.into(result);
      for (Note note : notes) {
        result = result.withNote(note);
      }
      return result;
    }

    private void convertSentence(CoreMap coreSentence) {
      List<CoreLabel> labels = coreSentence.get(CoreAnnotations.TokensAnnotation.class);
      int sentenceIndex = sentences.size();
      int first = tokens.size();
      for (CoreLabel label : labels) {
        Span span = new Span(label.beginPosition(), label.endPosition());
        tokens.add(
            new Token(
                span,
                doc.slice(span),
                nullToEmpty(label.tag()),
                nullToEmpty(label.lemma()),
                label.ner() == null ? "O" : label.ner(),
                sentenceIndex));
      }
      Span span =
          labels.isEmpty()
              ? new Span(0, 0)
              : new Span(
                  labels.get(0).beginPosition(), labels.get(labels.size() - 1).endPosition());
      sentences.add(new Sentence(span, first, tokens.size()));

      SemanticGraph graph =
          coreSentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
      if (graph == null || graph.isEmpty()) {
        return;
      }
      for (IndexedWord root : graph.getRoots()) {
        dependencies.add(new Dependency(-1, first + root.index() - 1, "root"));
      }
      for (SemanticGraphEdge edge : graph.edgeIterable()) {
        dependencies.add(
            new Dependency(
                first + edge.getGovernor().index() - 1,
                first + edge.getDependent().index() - 1,
                edge.getRelation().toString()));
      }
    }

    private void collectNamedMentions(
        List<CoreMap> coreSentences, List<Integer> sentenceOffsets, MentionTable mentions) {
      List<CoreMap> entityMentions = annotation.get(CoreAnnotations.MentionsAnnotation.class);
      if (entityMentions == null) {
        return;
      }
      for (CoreMap m : entityMentions) {
        String ner = m.get(CoreAnnotations.NamedEntityTagAnnotation.class);
        Span span =
            new Span(
                m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class));
        Timex timex = m.get(TimeAnnotations.TimexAnnotation.class);
        if (timex != null) {
          times.add(
              new TimeExpression(
                  span,
                  doc.slice(span),
                  timex.timexType(),
                  timex.value() == null ? "" : timex.value(),
                  true));
          continue;
        }
        String type = EntityTypes.fromNer(ner);
        if (type.isEmpty()) {
          continue;
        }
        mentions.addName(span, type);
      }
    }

    private void collectCoref(List<Integer> sentenceOffsets, MentionTable mentions) {
      Map<Integer, CorefChain> chains =
          annotation.get(CorefCoreAnnotations.CorefChainAnnotation.class);
      if (chains == null) {
        return;
      }
      for (CorefChain chain : chains.values()) {
        List<CorefChain.CorefMention> inOrder = chain.getMentionsInTextualOrder();
        int chainId = mentions.newChain();
        for (CorefChain.CorefMention cm : inOrder) {
          int offset = sentenceOffsets.get(cm.sentNum - 1);
          int firstToken = offset + cm.startIndex - 1;
          int endToken = offset + cm.endIndex - 1;
          if (firstToken >= endToken || endToken > tokens.size()) {
            continue;
          }
          Span span =
              new Span(
                  tokens.get(firstToken).span().start(), tokens.get(endToken - 1).span().end());
          int head = offset + cm.headIndex - 1;
          mentions.addCoref(chainId, span, kindOf(cm.mentionType), head, tokens);
        }
      }
    }
  }

  private static Mention.Kind kindOf(Dictionaries.MentionType type) {
    return switch (type) {
      case PRONOMINAL -> Mention.Kind.PRONOUN;
      case PROPER -> Mention.Kind.NAME;
      default -> Mention.Kind.NOMINAL;
    };
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
