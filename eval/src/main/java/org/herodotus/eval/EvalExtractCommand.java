package org.herodotus.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code herodotus eval extract --data DIR}: main-text and metadata extraction from news HTML,
 * scored on the Zyte article-body benchmark and the fundus publisher test pages.
 */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = {
      "Scores HTML extraction against gold: on DIR/zyte-article-extraction-benchmark the"
          + " benchmark's own body metric (4-token shingles; precision, recall, F1); on"
          + " DIR/fundus-publisher-tests the share of pages with the right title, publication"
          + " day and authors, and body F1 (standfirst and body against summary and paragraphs).",
      "A table goes to standard output, or JSON with --json."
    })
public final class EvalExtractCommand implements Callable<Integer> {

  @ParentCommand EvalCommand eval;

  @Option(
      names = "--data",
      required = true,
      paramLabel = "DIR",
      description =
          "Directory holding zyte-article-extraction-benchmark/ and/or"
              + " fundus-publisher-tests/.")
  Path data;

  @Option(names = "--json", description = "Write the scores as JSON instead of a table.")
  boolean json;

  @Option(
      names = "--part",
      paramLabel = "PART",
      defaultValue = "all",
      description =
          "tune, holdout or all: score a fixed half of each set (by a hash of the page's name),"
              + " the other half, or everything. Default: ${DEFAULT-VALUE}.")
  String part;

  @Option(names = "--details", description = "Print per-page scores and values on standard error.")
  boolean verbose;

  @Override
  public Integer call() {
    PrintWriter out = eval.out();
    PrintWriter err = eval.err();
    ExtractionBenchmark.Part which;
    try {
      which = ExtractionBenchmark.Part.valueOf(part.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      err.println(
          "herodotus eval extract: --part must be tune, holdout or all, not '" + part + "'");
      return 2;
    }
    Path zyteDir = data.resolve("zyte-article-extraction-benchmark");
    Path fundusDir = data.resolve("fundus-publisher-tests");
    boolean hasZyte = Files.isRegularFile(zyteDir.resolve("ground-truth.json"));
    boolean hasFundus = Files.isRegularFile(fundusDir.resolve("pairs.json"));
    if (!hasZyte && !hasFundus) {
      err.println(
          "herodotus eval extract: "
              + data
              + " holds neither zyte-article-extraction-benchmark/ground-truth.json nor"
              + " fundus-publisher-tests/pairs.json");
      return 2;
    }
    ExtractionBenchmark bench = new ExtractionBenchmark(err, verbose);
    ExtractionBenchmark.ZyteResult zyte;
    ExtractionBenchmark.FundusResult fundus;
    try {
      zyte = hasZyte ? bench.zyte(zyteDir, which) : null;
      fundus = hasFundus ? bench.fundus(fundusDir, which) : null;
    } catch (UncheckedIOException e) {
      err.println("herodotus eval extract: " + e.getMessage());
      return 1;
    }
    if (json) {
      ObjectMapper mapper = new ObjectMapper();
      ObjectNode root = mapper.createObjectNode();
      root.put("part", which.name().toLowerCase(Locale.ROOT));
      if (zyte != null) {
        ObjectNode z = root.putObject("zyte");
        body(z, zyte.body());
        z.put("failed", zyte.failed());
      }
      if (fundus != null) {
        ObjectNode f = root.putObject("fundus");
        body(f, fundus.body());
        f.put("failed", fundus.failed());
        f.put("title_accuracy", round(fundus.titleAccuracy()));
        f.put("date_accuracy", round(fundus.dateAccuracy()));
        f.put("author_pages", fundus.withAuthors());
        f.put("author_accuracy", round(fundus.authorAccuracy()));
      }
      out.println(root.toString());
    } else {
      out.printf(
          Locale.ROOT,
          "%-8s %5s %7s %9s %7s %7s %7s %7s %7s%n",
          "dataset",
          "n",
          "failed",
          "precision",
          "recall",
          "F1",
          "title",
          "date",
          "authors");
      if (zyte != null) {
        ShingleOverlap.Scores s = zyte.body();
        out.printf(
            Locale.ROOT,
            "%-8s %5d %7d %9.3f %7.3f %7.3f %7s %7s %7s%n",
            "zyte",
            s.n(),
            zyte.failed(),
            s.precision(),
            s.recall(),
            s.f1(),
            "-",
            "-",
            "-");
      }
      if (fundus != null) {
        ShingleOverlap.Scores s = fundus.body();
        out.printf(
            Locale.ROOT,
            "%-8s %5d %7d %9.3f %7.3f %7.3f %7.3f %7.3f %7.3f%n",
            "fundus",
            s.n(),
            fundus.failed(),
            s.precision(),
            s.recall(),
            s.f1(),
            fundus.titleAccuracy(),
            fundus.dateAccuracy(),
            fundus.authorAccuracy());
      }
    }
    out.flush();
    return 0;
  }

  private static void body(ObjectNode node, ShingleOverlap.Scores s) {
    node.put("n", s.n());
    node.put("precision", round(s.precision()));
    node.put("recall", round(s.recall()));
    node.put("f1", round(s.f1()));
  }

  private static double round(double v) {
    return Math.round(v * 10000) / 10000.0;
  }
}
