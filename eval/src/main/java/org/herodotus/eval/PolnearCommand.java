package org.herodotus.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.herodotus.Analyzer;
import org.herodotus.Herodotus;
import org.herodotus.doc.Doc;
import org.herodotus.eval.corpus.Attribution;
import org.herodotus.eval.corpus.Brat;
import org.herodotus.eval.corpus.PolnearCorpus;
import org.herodotus.eval.score.AttributionScore;
import org.herodotus.eval.score.Attributions;
import org.herodotus.nlp.CoreNlpQuoteBaseline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code herodotus eval polnear}: attribution detection, cue and speaker scores on PolNeAR, for our
 * quote layer and CoreNLP's own quote attributor side by side.
 */
@Command(
    name = "polnear",
    mixinStandardHelpOptions = true,
    description = {
      "Scores quotation attribution on PolNeAR (brat standoff: Source, Cue, Content) for our"
          + " quote layer and for CoreNLP's quote annotator with QuoteAttributionAnnotator, and"
          + " prints both side by side.",
      "Content: precision/recall/F1 of content spans, exact and overlapping (one-to-one)."
          + " Cue: F1 of cue spans (overlap). Speaker: share of found gold attributions with a"
          + " Source whose speaker mention, or a mention of the same entity or coreference chain,"
          + " overlaps the Source. 'direct' rows: gold contents that start with a quotation mark"
          + " against system quotes of kind direct (all of CoreNLP's quotes)."
    })
public final class PolnearCommand implements Callable<Integer> {

  @ParentCommand EvalCommand eval;

  @Spec CommandSpec spec;

  @Option(
      names = "--split",
      paramLabel = "SPLIT",
      defaultValue = "dev",
      description = "dev or test. Default: ${DEFAULT-VALUE}.")
  String split;

  @Option(
      names = "--data",
      paramLabel = "DIR",
      defaultValue = "../shared/data/polnear",
      description = "The PolNeAR directory (holding dev/ and test/). Default: ${DEFAULT-VALUE}.")
  Path data;

  @Option(
      names = "--limit",
      paramLabel = "N",
      defaultValue = "0",
      description = "Score only the first N articles (in name order); 0 for all.")
  int limit;

  @Option(
      names = "--system",
      paramLabel = "NAME",
      defaultValue = "both",
      description = "ours, corenlp or both. Default: ${DEFAULT-VALUE}.")
  String system;

  @Option(
      names = "--errors",
      paramLabel = "FILE",
      description = "Write our missed and spurious attributions to FILE (TSV), for tuning.")
  Path errors;

  @Option(
      names = "--raw",
      description =
          "Also score our quote layer's spans as the JSON gives them, without the PolNeAR"
              + " conventions (column 'herodotus-raw').")
  boolean raw;

  @Option(
      names = "--agreement",
      description =
          "Score only the articles several annotators annotated (two per split), and add a column"
              + " 'annotators': each other annotator scored against the first, as a system is."
              + " How far people agree is how far a system can be expected to. Two more"
              + " columns: 'annotator-pairs' scores every annotator against every other one,"
              + " 'herodotus-every' scores ours against every annotator.")
  boolean agreement;

  @Override
  public Integer call() {
    PrintWriter out = eval.out();
    PrintWriter err = eval.err();
    if (!List.of("ours", "corenlp", "both").contains(system)) {
      throw new ParameterException(
          spec.commandLine(), "--system must be ours, corenlp or both, got " + system);
    }
    List<PolnearCorpus.Article> articles;
    List<PolnearCorpus.MultiplyAnnotated> multiple = List.of();
    try {
      articles = PolnearCorpus.read(data, split, limit);
      if (agreement) {
        multiple = PolnearCorpus.multiplyAnnotated(data, split);
      }
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    if (agreement) {
      Set<String> names =
          multiple.stream().map(PolnearCorpus.MultiplyAnnotated::name).collect(Collectors.toSet());
      articles = articles.stream().filter(a -> names.contains(a.name())).toList();
    }
    err.println("polnear " + split + ": " + articles.size() + " articles");
    Map<String, Scores> results = new LinkedHashMap<>();
    Map<String, List<Attribution>> ourAgainstEvery = new LinkedHashMap<>();
    List<String> errorRows = new ArrayList<>();
    if (!system.equals("corenlp")) {
      Analyzer analyzer = Herodotus.pipeline();
      Scores s = new Scores();
      Scores plain = new Scores();
      long start = System.nanoTime();
      int n = 0;
      for (PolnearCorpus.Article a : articles) {
        Doc doc = analyzer.analyze(a.name(), a.text());
        if (!doc.text().equals(a.text())) {
          err.println("skipped " + a.name() + ": the reader changed the text");
          continue;
        }
        List<Attribution> found = Attributions.fromLayer(doc, doc.attributions());
        s.add(a.gold(), found);
        if (agreement) {
          ourAgainstEvery.put(a.name(), found);
        }
        plain.add(a.gold(), Attributions.raw(doc));
        if (errors != null) {
          errorRows.addAll(errorRows(a, found));
        }
        err.println("ours " + ++n + "/" + articles.size() + " " + a.name());
      }
      s.seconds = (System.nanoTime() - start) / 1e9;
      results.put("herodotus", s);
      if (raw) {
        results.put("herodotus-raw", plain);
      }
    }
    if (!system.equals("ours")) {
      CoreNlpQuoteBaseline baseline = new CoreNlpQuoteBaseline();
      Scores s = new Scores();
      long start = System.nanoTime();
      int n = 0;
      for (PolnearCorpus.Article a : articles) {
        s.add(a.gold(), Attributions.baseline(baseline.quotes(a.text())));
        err.println("corenlp " + ++n + "/" + articles.size() + " " + a.name());
      }
      s.seconds = (System.nanoTime() - start) / 1e9;
      results.put("corenlp-quote", s);
    }
    if (agreement) {
      Scores s = new Scores();
      Scores pairs = new Scores();
      for (PolnearCorpus.MultiplyAnnotated m : multiple) {
        List<List<Brat.Gold>> all = m.annotations();
        for (List<Brat.Gold> other : all.subList(1, all.size())) {
          s.add(all.get(0), Attributions.fromGold(other));
        }
        for (List<Brat.Gold> gold : all) {
          for (List<Brat.Gold> other : all) {
            if (other != gold) {
              pairs.add(gold, Attributions.fromGold(other));
            }
          }
        }
      }
      results.put("annotators", s);
      results.put("annotator-pairs", pairs);
      if (!ourAgainstEvery.isEmpty()) {
        Scores every = new Scores();
        for (PolnearCorpus.MultiplyAnnotated m : multiple) {
          List<Attribution> found = ourAgainstEvery.get(m.name());
          for (List<Brat.Gold> gold : m.annotations()) {
            every.add(gold, found);
          }
        }
        results.put("herodotus-every", every);
      }
    }
    print(out, articles.size(), results);
    out.flush();
    if (errors != null) {
      try {
        Files.write(errors, errorRows, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return 0;
  }

  /** All attributions and the direct ones. */
  private static final class Scores {
    final AttributionScore all = new AttributionScore();
    final AttributionScore direct = new AttributionScore();
    double seconds;

    void add(List<Brat.Gold> gold, List<Attribution> system) {
      all.add(gold, system);
      direct.add(
          gold.stream().filter(Brat.Gold::direct).toList(),
          system.stream().filter(Attribution::direct).toList());
    }
  }

  private void print(PrintWriter out, int articles, Map<String, Scores> results) {
    out.printf(Locale.ROOT, "PolNeAR %s, %d articles%n", split, articles);
    StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%-34s", "measure"));
    for (String name : results.keySet()) {
      header.append(String.format(Locale.ROOT, "%16s", name));
    }
    out.println(header);
    row(out, results, "direct content exact P", s -> s.direct.exact().precision());
    row(out, results, "direct content exact R", s -> s.direct.exact().recall());
    row(out, results, "direct content exact F1", s -> s.direct.exact().f1());
    row(out, results, "direct content overlap F1", s -> s.direct.overlap().f1());
    row(out, results, "direct speaker accuracy", s -> s.direct.speakerAccuracy());
    row(out, results, "all content exact P", s -> s.all.exact().precision());
    row(out, results, "all content exact R", s -> s.all.exact().recall());
    row(out, results, "all content exact F1", s -> s.all.exact().f1());
    row(out, results, "all content overlap P", s -> s.all.overlap().precision());
    row(out, results, "all content overlap R", s -> s.all.overlap().recall());
    row(out, results, "all content overlap F1", s -> s.all.overlap().f1());
    row(out, results, "all cue F1 (overlap)", s -> s.all.cue().f1());
    row(out, results, "all speaker accuracy", s -> s.all.speakerAccuracy());
    row(out, results, "seconds", s -> s.seconds);
    StringBuilder scored =
        new StringBuilder(String.format(Locale.ROOT, "%-34s", "speakers scored (direct/all)"));
    for (Scores s : results.values()) {
      scored.append(
          String.format(
              Locale.ROOT, "%16s", s.direct.speakerScored() + "/" + s.all.speakerScored()));
    }
    out.println(scored);
  }

  private static void row(
      PrintWriter out,
      Map<String, Scores> results,
      String label,
      java.util.function.ToDoubleFunction<Scores> value) {
    StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-34s", label));
    for (Scores s : results.values()) {
      line.append(String.format(Locale.ROOT, "%16.3f", value.applyAsDouble(s)));
    }
    out.println(line);
  }

  private static List<String> errorRows(PolnearCorpus.Article a, List<Attribution> found) {
    List<String> rows = new ArrayList<>();
    String t = a.text();
    for (Brat.Gold g : a.gold()) {
      Attribution match = null;
      for (Attribution f : found) {
        if (f.content().overlaps(g.content())) {
          match = f;
          break;
        }
      }
      String src = g.source().map(s -> s.slice(t)).orElse("-");
      if (match == null) {
        rows.add(
            a.name()
                + "\tMISS\t"
                + (g.direct() ? "direct" : "other")
                + "\t"
                + flat(g.content().slice(t))
                + "\t"
                + g.cue().map(c -> c.slice(t)).orElse("-")
                + "\t"
                + src);
      } else {
        boolean exact = match.content().equals(g.content());
        org.herodotus.doc.Span source = g.source().orElse(null);
        boolean speakerOk =
            source == null || match.speakerSpans().stream().anyMatch(s -> s.overlaps(source));
        if (!exact || !speakerOk) {
          rows.add(
              a.name()
                  + "\t"
                  + (exact ? "SPEAKER" : speakerOk ? "BOUNDS" : "BOUNDS+SPEAKER")
                  + "\t"
                  + (g.direct() ? "direct" : "other")
                  + "\tgold="
                  + flat(g.content().slice(t))
                  + "\tours="
                  + flat(match.content().slice(t))
                  + "\t"
                  + src
                  + "\tours="
                  + (match.speakerSpans().isEmpty()
                      ? "-"
                      : flat(match.speakerSpans().get(0).slice(t))));
        }
      }
    }
    for (Brat.Gold g : a.gold()) {
      if (g.direct()
          && found.stream().noneMatch(f -> f.direct() && f.content().equals(g.content()))) {
        rows.add(
            a.name()
                + "\tDIRECT-MISS\tgold="
                + flat(g.content().slice(t))
                + "\tours="
                + found.stream()
                    .filter(f -> f.content().overlaps(g.content()))
                    .map(f -> (f.direct() ? "" : "(not direct) ") + flat(f.content().slice(t)))
                    .toList());
      }
    }
    for (Attribution f : found) {
      if (f.direct()
          && a.gold().stream().noneMatch(g -> g.direct() && g.content().equals(f.content()))) {
        rows.add(
            a.name()
                + "\tDIRECT-SPURIOUS\tours="
                + flat(f.content().slice(t))
                + "\tgold="
                + a.gold().stream()
                    .filter(g -> g.content().overlaps(f.content()))
                    .map(g -> (g.direct() ? "" : "(not direct) ") + flat(g.content().slice(t)))
                    .toList());
      }
    }
    for (Attribution f : found) {
      if (a.gold().stream().noneMatch(g -> g.content().overlaps(f.content()))) {
        rows.add(
            a.name()
                + "\tSPURIOUS\t"
                + (f.direct() ? "direct" : "other")
                + "\t"
                + flat(f.content().slice(t))
                + "\t"
                + f.cue().map(c -> c.slice(t)).orElse("-"));
      }
    }
    return rows;
  }

  private static String flat(String s) {
    return s.replace('\n', ' ').replace('\t', ' ');
  }
}
