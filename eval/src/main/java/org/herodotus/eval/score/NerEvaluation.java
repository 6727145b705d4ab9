package org.herodotus.eval.score;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.herodotus.doc.Span;
import org.herodotus.eval.corpus.GumCorpus.Gold;
import org.herodotus.eval.score.MentionCache.Named;
import org.herodotus.eval.score.Metrics.Prf;

/**
 * Named-mention evaluation: our name mentions (PERSON, ORGANIZATION, and GPE or LOCATION as PLACE;
 * other types are not scored) against gold named mentions. Exact: same span and type. Overlap:
 * one-to-one matching of overlapping spans of the same type.
 */
public final class NerEvaluation {

  /** The scored types, in report order. */
  public static final List<String> TYPES = List.of("PERSON", "ORGANIZATION", "PLACE");

  /** Per type and overall ("ALL", micro-averaged), exact and overlap counts. */
  public record Result(int documents, Map<String, Prf> exact, Map<String, Prf> overlap) {}

  private final Map<String, Prf> exact = new LinkedHashMap<>();
  private final Map<String, Prf> overlap = new LinkedHashMap<>();
  private int documents;

  public NerEvaluation() {
    for (String t : TYPES) {
      exact.put(t, Prf.zero());
      overlap.put(t, Prf.zero());
    }
  }

  /** The scored type of one of our mention types, if it is scored. */
  public static Optional<String> scoredType(String mentionType) {
    return switch (mentionType) {
      case "PERSON" -> Optional.of("PERSON");
      case "ORGANIZATION" -> Optional.of("ORGANIZATION");
      case "GPE", "LOCATION" -> Optional.of("PLACE");
      default -> Optional.empty();
    };
  }

  /**
   * Our span in the gold's convention: without a leading article ("the Democratic Party") and a
   * trailing possessive ("Google's"), which the gold spans also leave out.
   */
  static Span normalize(String text, Span span) {
    int a = span.start();
    int b = span.end();
    String s = text.substring(a, b);
    for (String article : List.of("the ", "The ", "THE ")) {
      if (s.startsWith(article) && s.length() > article.length()) {
        a += article.length();
        break;
      }
    }
    for (String possessive : List.of("'s", "\u2019s", "'", "\u2019")) {
      if (text.substring(a, b).endsWith(possessive) && b - possessive.length() > a) {
        b -= possessive.length();
        break;
      }
    }
    return Span.of(a, b);
  }

  /** Adds one document's gold and predicted mentions; predicted spans are normalized first. */
  public void add(String text, List<Gold> gold, List<Named> predicted) {
    List<Named> normalized = new ArrayList<>();
    for (Named n : predicted) {
      normalized.add(new Named(normalize(text, n.span()), n.type()));
    }
    add(gold, normalized);
  }

  /** Adds one document's gold and predicted mentions, spans as given. */
  public void add(List<Gold> gold, List<Named> predicted) {
    documents++;
    for (String type : TYPES) {
      List<Span> g = gold.stream().filter(x -> x.type().equals(type)).map(Gold::span).toList();
      List<Span> p = new ArrayList<>();
      for (Named n : predicted) {
        if (scoredType(n.type()).filter(type::equals).isPresent() && !p.contains(n.span())) {
          p.add(n.span());
        }
      }
      int e = Metrics.match(g, p, false).matched();
      exact.merge(type, new Prf(e, p.size() - e, g.size() - e), Prf::plus);
      int o = Metrics.match(g, p, true).matched();
      overlap.merge(type, new Prf(o, p.size() - o, g.size() - o), Prf::plus);
    }
  }

  public Result result() {
    return new Result(documents, withAll(exact), withAll(overlap));
  }

  private static Map<String, Prf> withAll(Map<String, Prf> byType) {
    Map<String, Prf> out = new LinkedHashMap<>(byType);
    out.put("ALL", byType.values().stream().reduce(Prf.zero(), Prf::plus));
    return out;
  }

  /** A plain-text table. */
  public static String table(Result r) {
    StringBuilder b = new StringBuilder();
    b.append(
        String.format(
            Locale.ROOT,
            "NER on %d documents: exact span and type | overlap%n%-13s %5s %5s %5s %6s %6s %6s | %6s %6s %6s%n",
            r.documents(),
            "type",
            "gold",
            "pred",
            "tp",
            "P",
            "R",
            "F1",
            "P",
            "R",
            "F1"));
    for (String t : r.exact().keySet()) {
      Prf e = r.exact().get(t);
      Prf o = r.overlap().get(t);
      b.append(
          String.format(
              Locale.ROOT,
              "%-13s %5d %5d %5d %6.3f %6.3f %6.3f | %6.3f %6.3f %6.3f%n",
              t,
              e.tp() + e.fn(),
              e.tp() + e.fp(),
              e.tp(),
              e.precision(),
              e.recall(),
              e.f1(),
              o.precision(),
              o.recall(),
              o.f1()));
    }
    return b.toString();
  }

  /** JSON-ready maps. */
  public static Map<String, Object> json(Result r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("documents", r.documents());
    Map<String, Object> e = new LinkedHashMap<>();
    r.exact().forEach((k, v) -> e.put(k, GeoReport.prf(v)));
    Map<String, Object> o = new LinkedHashMap<>();
    r.overlap().forEach((k, v) -> o.put(k, GeoReport.prf(v)));
    m.put("exact", e);
    m.put("overlap", o);
    return m;
  }
}
