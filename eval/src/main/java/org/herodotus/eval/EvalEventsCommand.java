package org.herodotus.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.herodotus.Analyzer;
import org.herodotus.Herodotus;
import org.herodotus.doc.Doc;
import org.herodotus.doc.Event;
import org.herodotus.doc.EventActor;
import org.herodotus.doc.Note;
import org.herodotus.eval.news.Aligned;
import org.herodotus.eval.news.NewsEvents;
import org.herodotus.eval.news.NewsTexts;
import org.herodotus.eval.news.Standoff;
import org.herodotus.event.CountryActorCodes;
import org.herodotus.event.EventCoder;
import org.herodotus.event.EventLexicon;
import org.herodotus.event.PetrarchActorCodes;
import org.herodotus.event.PlaceOf;
import org.herodotus.write.DocJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code herodotus eval events}: the event coder on (a) the PETRARCH2 validation suite with its toy
 * dictionaries loaded as user dictionaries, (b) CASE 2021 task 2 through the mapping below, (c) the
 * PLOVER gold-standard records.
 */
@Command(
    name = "events",
    mixinStandardHelpOptions = true,
    description = {
      "Scores the event coder: PETRARCH2 validation suite (share of records coded exactly:"
          + " every expected source, target and code found; no event for 'noevents' records),"
          + " CASE 2021 task 2 (accuracy and macro-F1 over its 30 types, through a fixed mapping"
          + " from CAMEO codes, no training) and the PLOVER gold-standard records (event-type"
          + " accuracy)."
    })
public final class EvalEventsCommand implements Callable<Integer> {

  @ParentCommand EvalCommand eval;

  @Option(
      names = "--data",
      paramLabel = "DIR",
      defaultValue = "../shared/data",
      description = "The shared data directory. Default: ${DEFAULT-VALUE}.")
  Path data;

  @Option(
      names = "--suite",
      paramLabel = "NAME",
      split = ",",
      defaultValue = "petrarch,case,plover,news",
      description =
          "Which suites: petrarch, case, plover, news (our own gold on BBC News and"
              + " Reuters-21578 articles; both halves). Default: all.")
  List<String> suites;

  @Option(
      names = "--gold",
      paramLabel = "FILE",
      description =
          "For the news suite: score against this standoff file instead of the bundled gold"
              + " (e.g. a second annotator's, for agreement).")
  Path newsGold;

  @Option(
      names = "--limit",
      paramLabel = "N",
      defaultValue = "0",
      description = "Score only the first N records of each suite (0: all).")
  int limit;

  @Option(
      names = "--cache",
      paramLabel = "DIR",
      description =
          "Keep each record's analysis (before event coding) as JSON in DIR and reuse it on the"
              + " next run, so that only the event coder runs again.")
  Path cache;

  @Option(
      names = "--verbose",
      description = "Print every record that is not coded right, on standard error.")
  boolean verbose;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = eval.out();
    PrintWriter err = eval.err();
    if (suites.contains("plover")) {
      plover(out, err);
      out.flush();
    }
    if (suites.contains("news")) {
      news(out, err);
      out.flush();
    }
    if (suites.contains("petrarch")) {
      petrarch(out, err);
      out.flush();
    }
    if (suites.contains("case")) {
      caseTask2(out, err);
    }
    out.flush();
    return 0;
  }

  private void news(PrintWriter out, PrintWriter err) {
    Standoff gold = newsGold == null ? Standoff.bundled("events.tsv") : Standoff.read(newsGold);
    NewsTexts texts = new NewsTexts(data);
    Map<String, Aligned> analyzed = new LinkedHashMap<>();
    for (Standoff.ArticleInfo a : gold.articles().values()) {
      if (limit > 0 && analyzed.size() >= limit) {
        break;
      }
      NewsTexts.Article article = texts.read(a.id());
      if (!NewsTexts.sha1(article.text()).equals(a.sha1())) {
        err.println(
            "herodotus: eval events: "
                + a.id()
                + " reads differently from the text that was annotated (SHA-1); skipped");
        continue;
      }
      analyzed.put(a.id(), Aligned.analyze(analyzer(), article));
    }
    Map<String, NewsEvents.Score> scores = NewsEvents.score(gold, analyzed, verbose);
    NewsEvents.print(out, scores);
    if (verbose) {
      scores.get("tune").misses().forEach(err::println);
    }
  }

  /** The analysis of a text, from the cache when there is one. */
  private Analyzer loaded;

  private Analyzer analyzer() {
    if (loaded == null) {
      loaded = Herodotus.pipeline();
    }
    return loaded;
  }

  private Doc analyze(String id, String text) throws IOException {
    if (cache == null) {
      return analyzer().analyze(id, text);
    }
    String key =
        id.replaceAll("[^A-Za-z0-9_.-]", "_")
            + "-"
            + Integer.toHexString(text.hashCode())
            + ".json";
    Path file = cache.resolve(key);
    if (Files.isRegularFile(file)) {
      return DocJson.read(Files.readString(file, StandardCharsets.UTF_8));
    }
    Doc doc = analyzer().analyze(id, text);
    Files.createDirectories(cache);
    Files.writeString(
        file,
        DocJson.write(doc, java.util.EnumSet.allOf(DocJson.OptionalLayer.class)),
        StandardCharsets.UTF_8);
    return doc;
  }

  private int cap(int n) {
    return limit > 0 ? Math.min(limit, n) : n;
  }

  // ---- (a) PETRARCH2 validation suite ----

  private static final Pattern SENTENCE =
      Pattern.compile("<Sentence\\b([^>]*)>(.*?)</Sentence>", Pattern.DOTALL);
  private static final Pattern CODING = Pattern.compile("<EventCoding\\b([^>]*)>");
  private static final Pattern TEXT = Pattern.compile("<Text>(.*?)</Text>", Pattern.DOTALL);
  private static final Pattern ATTR = Pattern.compile("(\\w+)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')");

  private static Map<String, String> attributes(String s) {
    Map<String, String> a = new HashMap<>();
    Matcher m = ATTR.matcher(s);
    while (m.find()) {
      String value = m.group(2) != null ? m.group(2) : m.group(3);
      a.put(m.group(1), value.equals("\"\"") ? "" : value);
    }
    return a;
  }

  private static String orNone(String code) {
    return code == null || code.isBlank() ? "---" : code.strip();
  }

  private void petrarch(PrintWriter out, PrintWriter err) throws IOException {
    Path dir = data.resolve("petrarch2-validation/unit-test");
    String xml =
        Files.readString(dir.resolve("PETR.UnitTest.records.xml"), StandardCharsets.ISO_8859_1)
            .replaceAll("(?s)<!--.*?-->", "");
    EventLexicon lexicon =
        EventLexicon.empty().withPetrarchVerbs(dir.resolve("PETR.Validate.verbs.txt"));
    PetrarchActorCodes actors =
        PetrarchActorCodes.load(
            dir.resolve("PETR.Validate.actors.txt"),
            Optional.of(dir.resolve("PETR.Validate.agents.txt")));
    List<String[]> records = new ArrayList<>();
    Matcher m = SENTENCE.matcher(xml);
    while (m.find()) {
      records.add(new String[] {m.group(1), m.group(2)});
    }
    int n = cap(records.size());
    int exact = 0;
    int scored = 0;
    for (int i = 0; i < n; i++) {
      Map<String, String> head = attributes(records.get(i)[0]);
      String body = records.get(i)[1];
      Matcher t = TEXT.matcher(body);
      if (!t.find()) {
        continue;
      }
      String text = t.group(1).replaceAll("\\s+", " ").strip();
      Set<String> expected = new TreeSet<>();
      boolean noEvents = false;
      Matcher c = CODING.matcher(body);
      while (c.find()) {
        Map<String, String> a = attributes(c.group(1));
        if ("True".equalsIgnoreCase(a.get("noevents"))) {
          noEvents = true;
        } else if (a.containsKey("eventcode")) {
          // an empty code is an actor without a code, written "---" as we write it
          expected.add(
              orNone(a.get("sourcecode"))
                  + " "
                  + a.get("eventcode")
                  + " "
                  + orNone(a.get("targetcode")));
        }
      }
      if (expected.isEmpty() && !noEvents) {
        continue;
      }
      scored++;
      EventCoder coder =
          new EventCoder(lexicon, actors.on(head.getOrDefault("date", "")), PlaceOf.NONE, false);
      Doc doc = coder.apply(analyze(head.getOrDefault("id", "r" + i), text));
      Set<String> got = new TreeSet<>();
      for (Event e : doc.events()) {
        if (e.rootCode().equals("01") && !expected.stream().anyMatch(x -> x.contains(" 01"))) {
          continue;
        }
        got.add(
            e.source().flatMap(EventActor::code).orElse("---")
                + " "
                + e.code()
                + " "
                + e.target().flatMap(EventActor::code).orElse("---"));
      }
      boolean right = noEvents ? got.isEmpty() : got.containsAll(expected);
      if (right) {
        exact++;
      } else if (verbose) {
        err.println(head.get("id") + " expected " + expected + " got " + got + " :: " + text);
      }
    }
    out.printf(
        Locale.ROOT,
        "petrarch2 unit-test records: %d scored, %d coded exactly (%.1f%%)%n",
        scored,
        exact,
        scored == 0 ? 0.0 : 100.0 * exact / scored);
  }

  // ---- (b) CASE 2021 task 2 ----

  private void caseTask2(PrintWriter out, PrintWriter err) throws IOException {
    Path file = data.resolve("case2021-task2-event-types/test_set_final_release_with_labels.tsv");
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    EventCoder coder =
        new EventCoder(EventLexicon.bundled(), new CountryActorCodes(), PlaceOf.NONE);
    int n = cap(lines.size() - 1);
    // the first half of the file is where our lexicon was tuned; the second half is held out
    int half = (lines.size() - 1) / 2;
    CaseScore all = new CaseScore();
    CaseScore tune = new CaseScore();
    CaseScore heldOut = new CaseScore();
    for (int i = 1; i <= n; i++) {
      String[] f = lines.get(i).split("\t");
      if (f.length < 3) {
        continue;
      }
      String gold = f[2].strip();
      Doc doc = coder.apply(analyze("case-" + f[0], f[1]));
      String predicted = CaseTypes.of(doc, f[1]);
      all.add(gold, predicted);
      (i <= half ? tune : heldOut).add(gold, predicted);
      if (!gold.equals(predicted) && verbose) {
        err.println(
            (i <= half ? "tune " : "held-out ")
                + f[0]
                + " gold "
                + gold
                + " got "
                + predicted
                + " :: "
                + f[1]);
      }
    }
    out.printf(
        Locale.ROOT,
        "case2021 task 2: %d snippets, accuracy %.3f, macro-F1 %.3f over %d types%n",
        all.n,
        all.accuracy(),
        all.macroF1(),
        all.types());
    out.printf(
        Locale.ROOT,
        "case2021 task 2, tuning half (snippets 1-%d): accuracy %.3f, macro-F1 %.3f;"
            + " held-out half (%d snippets): accuracy %.3f, macro-F1 %.3f%n",
        Math.min(half, n),
        tune.accuracy(),
        tune.macroF1(),
        heldOut.n,
        heldOut.accuracy(),
        heldOut.macroF1());
  }

  /** Accuracy and macro-F1 over the gold types of a set of CASE snippets. */
  static final class CaseScore {
    final Map<String, int[]> counts = new LinkedHashMap<>(); // type -> tp, fp, fn
    int n;
    int right;

    void add(String gold, String predicted) {
      n++;
      counts.computeIfAbsent(gold, k -> new int[3]);
      counts.computeIfAbsent(predicted, k -> new int[3]);
      if (gold.equals(predicted)) {
        right++;
        counts.get(gold)[0]++;
      } else {
        counts.get(predicted)[1]++;
        counts.get(gold)[2]++;
      }
    }

    double accuracy() {
      return n == 0 ? 0.0 : (double) right / n;
    }

    int types() {
      int t = 0;
      for (int[] c : counts.values()) {
        t += c[0] + c[2] > 0 ? 1 : 0;
      }
      return t;
    }

    double macroF1() {
      double sum = 0;
      int types = 0;
      for (int[] c : counts.values()) {
        if (c[0] + c[2] == 0) {
          continue; // not a gold type
        }
        double p = c[0] + c[1] == 0 ? 0 : (double) c[0] / (c[0] + c[1]);
        double r = (double) c[0] / (c[0] + c[2]);
        sum += p + r == 0 ? 0 : 2 * p * r / (p + r);
        types++;
      }
      return types == 0 ? 0.0 : sum / types;
    }
  }

  // ---- (c) PLOVER gold-standard records ----

  private static final Map<String, String> PLOVER_05 =
      Map.of(
          "DEMAND", "REQUEST", "DISAPPROVE", "ACCUSE", "INVESTIGATE", "ACCUSE", "FIGHT", "ASSAULT");

  private void plover(PrintWriter out, PrintWriter err) throws IOException {
    Path file = data.resolve("ontology/plover/PLOVER_GSR_CAMEO.json");
    JsonNode records = DocJson.mapper().readTree(file.toFile());
    EventCoder coder =
        new EventCoder(EventLexicon.bundled(), new CountryActorCodes(), PlaceOf.NONE);
    int scored = 0;
    int right = 0;
    for (JsonNode r : records) {
      String gold = r.path("event").asText();
      String text = r.path("text").asText("");
      if (gold.equals("DOCUMENT") || text.isBlank()) {
        continue;
      }
      if (limit > 0 && scored >= limit) {
        break;
      }
      gold = PLOVER_05.getOrDefault(gold, gold);
      scored++;
      Doc doc = coder.apply(analyze(r.path("id").asText(), text));
      Optional<String> predicted =
          candidates(doc).stream()
              // PLOVER codes promised and future cooperation, and agreements to yield, as AGREE
              .map(
                  c ->
                      org.herodotus.event.PloverMapping.bundled()
                          .of(c.code())
                          .map(p -> c.intent() ? "AGREE" : p.event()))
              .flatMap(Optional::stream)
              .findFirst();
      if (predicted.filter(gold::equals).isPresent()) {
        right++;
      } else if (verbose) {
        err.println(
            r.path("id").asText()
                + " gold "
                + gold
                + " got "
                + predicted.orElse("-")
                + " :: "
                + text);
      }
    }
    out.printf(
        Locale.ROOT,
        "plover gold-standard records: %d scored, event-type accuracy %.3f%n",
        scored,
        scored == 0 ? 0.0 : (double) right / scored);
  }

  /** An event or an event the coder dropped for want of an actor: a code and its pattern. */
  record Candidate(
      String code,
      String pattern,
      boolean claimed,
      boolean intent,
      String source,
      String sourceText) {}

  private static final Pattern DROPPED =
      Pattern.compile("^dropped (\\d+) '.*' at \\d+-\\d+ \\((.*)\\): no source actor$");

  /**
   * Events of a document, most telling first (not statements, not claimed, then the rest), then the
   * events dropped for want of an actor (read from the diagnostics).
   */
  static List<Candidate> candidates(Doc doc) {
    List<Candidate> first = new ArrayList<>();
    List<Candidate> later = new ArrayList<>();
    for (Event e : doc.events()) {
      Candidate c =
          new Candidate(
              e.code(),
              e.evidence().pattern(),
              e.has(Event.Flag.CLAIMED),
              e.has(Event.Flag.INTENT),
              e.source().flatMap(EventActor::code).orElse(""),
              e.source().map(EventActor::text).orElse(""));
      if (e.rootCode().equals("01") || e.rootCode().equals("02")) {
        later.add(c);
      } else {
        first.add(c);
      }
    }
    Set<String> seen = new HashSet<>();
    for (Note n : doc.notes()) {
      if (!n.stage().equals("events")) {
        continue;
      }
      Matcher m = DROPPED.matcher(n.message());
      if (m.matches() && seen.add(m.group(1) + m.group(2))) {
        Candidate c = new Candidate(m.group(1), m.group(2), false, false, "", "");
        (c.code().startsWith("01") ? later : first).add(c);
      }
    }
    List<Candidate> all = new ArrayList<>(first);
    all.addAll(later);
    return all;
  }
}
