package org.herodotus.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.herodotus.doc.Doc;
import org.herodotus.doc.Paragraph;
import org.herodotus.read.HtmlReader;
import org.herodotus.read.InputException;

/**
 * Runs {@link HtmlReader} over the two article-extraction gold sets (Zyte's article-body benchmark
 * and fundus's publisher test pages) and scores what it finds.
 */
final class ExtractionBenchmark {

  /** Which documents to score: a fixed half for tuning, the other half, or all. */
  enum Part {
    TUNE,
    HOLDOUT,
    ALL;

    boolean includes(String key) {
      if (this == ALL) {
        return true;
      }
      boolean tune = (key.hashCode() & 1) == 0;
      return this == TUNE ? tune : !tune;
    }
  }

  /** The scores of the Zyte set. */
  record ZyteResult(ShingleOverlap.Scores body, int failed) {}

  /** The scores of the fundus set; accuracies are shares of the pages that have the field. */
  record FundusResult(
      ShingleOverlap.Scores body,
      int failed,
      double titleAccuracy,
      double dateAccuracy,
      int withAuthors,
      double authorAccuracy) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  private final PrintWriter details;
  private final boolean verbose;

  ExtractionBenchmark(PrintWriter details, boolean verbose) {
    this.details = details;
    this.verbose = verbose;
  }

  ZyteResult zyte(Path dir, Part part) {
    JsonNode truth = readJson(dir.resolve("ground-truth.json"));
    List<ShingleOverlap.Counts> counts = new ArrayList<>();
    int failed = 0;
    for (Iterator<Map.Entry<String, JsonNode>> it = truth.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      String id = entry.getKey();
      if (!part.includes(id)) {
        continue;
      }
      String gold = entry.getValue().path("articleBody").asText("");
      Optional<Doc> doc = read(dir.resolve("html").resolve(id + ".html.gz"), id);
      if (doc.isEmpty()) {
        failed++;
      }
      ShingleOverlap.Counts c = ShingleOverlap.match(gold, doc.map(d -> body(d, false)).orElse(""));
      counts.add(c);
      if (verbose) {
        details.printf(
            Locale.ROOT, "zyte %s tp=%.3f fp=%.3f fn=%.3f%n", id, c.tp(), c.fp(), c.fn());
      }
    }
    return new ZyteResult(ShingleOverlap.score(counts), failed);
  }

  FundusResult fundus(Path dir, Part part) {
    JsonNode pairs = readJson(dir.resolve("pairs.json"));
    Map<String, JsonNode> sorted = new TreeMap<>();
    pairs.fields().forEachRemaining(e -> sorted.put(e.getKey(), e.getValue()));
    List<ShingleOverlap.Counts> counts = new ArrayList<>();
    int failed = 0;
    int titles = 0;
    int titleRight = 0;
    int dates = 0;
    int dateRight = 0;
    int withAuthors = 0;
    int authorsRight = 0;
    for (Map.Entry<String, JsonNode> entry : sorted.entrySet()) {
      String file = entry.getKey();
      if (!part.includes(file)) {
        continue;
      }
      JsonNode pair = entry.getValue();
      Path html = dir.resolve(file);
      Path goldFile = html.resolveSibling(pair.path("publisher").asText() + ".json");
      JsonNode gold = readJson(goldFile).path(pair.path("parser_version").asText());
      Optional<Doc> doc = read(html, file);
      if (doc.isEmpty()) {
        failed++;
      }
      ShingleOverlap.Counts c =
          ShingleOverlap.match(goldBody(gold.path("body")), doc.map(d -> body(d, true)).orElse(""));
      counts.add(c);
      String title = gold.path("title").asText("");
      boolean tOk = false;
      if (!title.isEmpty()) {
        titles++;
        tOk = doc.flatMap(d -> d.metadata().headline()).map(h -> sameText(h, title)).orElse(false);
        titleRight += tOk ? 1 : 0;
      }
      String date = gold.path("publishing_date").asText("");
      boolean dOk = false;
      if (!date.isEmpty()) {
        dates++;
        dOk = doc.flatMap(d -> d.metadata().published()).map(p -> sameDay(p, date)).orElse(false);
        dateRight += dOk ? 1 : 0;
      }
      Set<String> goldAuthors = names(gold.path("authors"));
      boolean aOk = false;
      if (!goldAuthors.isEmpty()) {
        withAuthors++;
        Set<String> ours = new LinkedHashSet<>();
        doc.ifPresent(d -> d.metadata().authors().forEach(a -> ours.add(normalize(a))));
        aOk = ours.equals(goldAuthors);
        authorsRight += aOk ? 1 : 0;
      }
      if (verbose) {
        details.printf(
            Locale.ROOT,
            "fundus %s f1p=%.3f f1r=%.3f title=%s date=%s authors=%s | %s | %s | %s%n",
            file,
            c.tp() + c.fp() > 0 ? c.tp() / (c.tp() + c.fp()) : 0,
            c.tp() + c.fn() > 0 ? c.tp() / (c.tp() + c.fn()) : 0,
            tOk,
            dOk,
            aOk,
            doc.flatMap(d -> d.metadata().headline()).orElse("-") + " // " + title,
            doc.flatMap(d -> d.metadata().published()).orElse("-") + " // " + date,
            doc.map(d -> d.metadata().authors().toString()).orElse("-") + " // " + goldAuthors);
      }
    }
    return new FundusResult(
        ShingleOverlap.score(counts),
        failed,
        share(titleRight, titles),
        share(dateRight, dates),
        withAuthors,
        share(authorsRight, withAuthors));
  }

  private Optional<Doc> read(Path gz, String id) {
    byte[] bytes;
    try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
      bytes = in.readAllBytes();
    } catch (IOException e) {
      details.println(id + ": cannot read: " + e);
      return Optional.empty();
    }
    try {
      return Optional.of(HtmlReader.read(id, bytes));
    } catch (InputException e) {
      details.println(e.getMessage());
      return Optional.empty();
    }
  }

  /** The extracted body: body paragraphs, and with {@code standfirst} the standfirst first. */
  static String body(Doc doc, boolean standfirst) {
    StringBuilder out = new StringBuilder();
    for (Paragraph p : doc.paragraphs()) {
      if (p.kind() == Paragraph.Kind.BODY
          || (standfirst && p.kind() == Paragraph.Kind.STANDFIRST)) {
        if (out.length() > 0) {
          out.append("\n\n");
        }
        out.append(doc.slice(p.span()));
      }
    }
    return out.toString();
  }

  /** Fundus's body as its README says: the summary and the paragraphs, joined by blank lines. */
  static String goldBody(JsonNode body) {
    List<String> parts = new ArrayList<>();
    body.path("summary").forEach(s -> parts.add(s.asText()));
    for (JsonNode section : body.path("sections")) {
      section.path("paragraphs").forEach(s -> parts.add(s.asText()));
    }
    return String.join("\n\n", parts);
  }

  static boolean sameText(String a, String b) {
    return normalize(a).equals(normalize(b));
  }

  /** Whitespace collapsed, compatibility forms folded, quotes and dashes unified, lower case. */
  static String normalize(String s) {
    String t = Normalizer.normalize(s, Normalizer.Form.NFKC);
    t = t.replaceAll("[\\u2018\\u2019\\u201A\\u201B\\u2032]", "'");
    t = t.replaceAll("[\\u201C\\u201D\\u201E\\u201F\\u2033]", "\"");
    t = t.replaceAll("[\\u2010-\\u2015\\u2212]", "-");
    t = t.replaceAll("[\\s\\u00A0\\u200B]+", " ").strip();
    return t.toLowerCase(Locale.ROOT);
  }

  /**
   * True when our date falls on the gold's calendar day: ours is read in the gold's offset when it
   * has a time and offset, else compared as a date.
   */
  static boolean sameDay(String ours, String gold) {
    OffsetDateTime g = parseDateTime(gold);
    if (g == null) {
      return ours.startsWith(gold.length() >= 10 ? gold.substring(0, 10) : gold);
    }
    OffsetDateTime o = parseDateTime(ours);
    LocalDate ourDay =
        o != null
            ? o.atZoneSameInstant(g.getOffset()).toLocalDate()
            : LocalDate.parse(ours.substring(0, Math.min(10, ours.length())));
    return ourDay.equals(g.toLocalDate());
  }

  private static OffsetDateTime parseDateTime(String s) {
    try {
      return OffsetDateTime.parse(s.replace(' ', 'T'), DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static Set<String> names(JsonNode list) {
    Set<String> out = new LinkedHashSet<>();
    list.forEach(n -> out.add(normalize(n.asText())));
    out.remove("");
    return out;
  }

  private static double share(int right, int total) {
    return total == 0 ? 0 : right / (double) total;
  }

  private static JsonNode readJson(Path path) {
    try {
      return JSON.readTree(path.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
    }
  }
}
