package org.herodotus.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.herodotus.Analyzer;
import org.herodotus.Herodotus;
import org.herodotus.doc.Doc;
import org.herodotus.doc.Metadata;
import org.herodotus.doc.Paragraph;
import org.herodotus.doc.Span;
import org.herodotus.eval.corpus.GumCorpus;
import org.herodotus.eval.score.MentionCache;
import org.herodotus.eval.score.NerEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code herodotus eval ner --data DIR}: named mentions against GUM news gold. */
@Command(
    name = "ner",
    mixinStandardHelpOptions = true,
    description = {
      "Named mentions on the GUM news documents (CoNLL-U): exact-span precision, recall and F1"
          + " for person, organization and place (our GPE and LOCATION), and micro-averaged.",
      "Gold: GUM person/organization/place mentions whose head is a proper noun; leading"
          + " determiners and trailing punctuation and possessives trimmed."
    })
public final class EvalNerCommand implements Callable<Integer> {

  @ParentCommand EvalCommand eval;

  @Option(
      names = "--data",
      required = true,
      paramLabel = "DIR",
      description = "Folder with the GUM .conllu files (or with a conllu/ folder).")
  Path data;

  @Option(names = "--limit", paramLabel = "N", description = "At most N documents.")
  Integer limit;

  @Option(
      names = "--split",
      paramLabel = "LIST",
      split = ",",
      description = "Only these documents (ids such as GUM_news_nasa), comma-separated.")
  List<String> only = new ArrayList<>();

  @Option(
      names = "--mentions",
      paramLabel = "FILE",
      description = "Cache of the pipeline's name mentions (TSV), as for eval geo.")
  Path mentions;

  @Option(names = "--json", description = "Write JSON instead of the table.")
  boolean json;

  @Override
  public Integer call() {
    List<GumCorpus.Document> docs = new ArrayList<>(GumCorpus.load(data));
    if (!only.isEmpty()) {
      docs.removeIf(d -> !only.contains(d.id()));
    }
    if (limit != null && docs.size() > limit) {
      docs = docs.subList(0, limit);
    }
    MentionCache cache = mentions == null ? null : MentionCache.open(mentions);
    Analyzer analyzer = null;
    NerEvaluation evaluation = new NerEvaluation();
    long start = System.nanoTime();
    int done = 0;
    for (GumCorpus.Document d : docs) {
      Optional<List<MentionCache.Named>> cached =
          cache == null ? Optional.empty() : cache.get(d.id());
      List<MentionCache.Named> named;
      if (cached.isPresent()) {
        named = cached.get();
      } else {
        if (analyzer == null) {
          eval.err().println("eval ner: loading the pipeline");
          analyzer = Herodotus.pipeline();
        }
        List<Paragraph> paragraphs = new ArrayList<>();
        for (Span p : d.paragraphs()) {
          paragraphs.add(Paragraph.of(p, Paragraph.Kind.BODY));
        }
        Doc doc = analyzer.analyze(Doc.of(d.id(), d.text(), Metadata.empty(), paragraphs));
        named = cache == null ? MentionCache.named(doc) : cache.put(d.id(), doc);
      }
      evaluation.add(d.text(), d.gold(), named);
      done++;
      eval.err()
          .printf(
              Locale.ROOT,
              "eval ner: %d/%d %s (%.0f s)%n",
              done,
              docs.size(),
              d.id(),
              (System.nanoTime() - start) / 1e9);
    }
    NerEvaluation.Result r = evaluation.result();
    if (json) {
      try {
        eval.out()
            .println(
                new ObjectMapper()
                    .enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(NerEvaluation.json(r)));
      } catch (JsonProcessingException e) {
        throw new UncheckedIOException(e);
      }
    } else {
      eval.out().print(NerEvaluation.table(r));
    }
    return 0;
  }
}
