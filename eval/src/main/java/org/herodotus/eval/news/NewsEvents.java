package org.herodotus.eval.news;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.herodotus.doc.Doc;
import org.herodotus.doc.Event;
import org.herodotus.doc.EventActor;

/**
 * Scores the event layer on our news events gold (see GUIDELINE-events.md beside the standoff):
 * events are compared within a sentence, actors by their first three letters (the country, or
 * IGO/NGO ...), as the issue that asked for the set measures them.
 *
 * <ul>
 *   <li>root + source: the share of gold events for which the sentence holds an event of ours with
 *       the same root code and source;
 *   <li>full: the same with the full code, the source and the target (a gold event without target
 *       takes ours without a target code);
 *   <li>precision: of our events (statements 010 left out: the gold does not annotate plain "said")
 *       in sentences that hold a gold event, the share right in root and source; and the same over
 *       every sentence of the annotated articles (the gold is exhaustive).
 * </ul>
 */
public final class NewsEvents {

  /** A gold event. */
  public record Gold(
      String article, int start, int end, String code, String source, String target) {
    String root() {
      return code.substring(0, 2);
    }
  }

  /** Counts for one half. */
  public static final class Score {
    int gold;
    int rootSource;
    int full;
    int ours;
    int oursRight;
    int oursAll;
    int oursAllRight;
    final List<String> misses = new ArrayList<>();

    /** Gold events we missed in root and source (when asked for). */
    public List<String> misses() {
      return misses;
    }

    double rootSourceRecall() {
      return gold == 0 ? 0 : (double) rootSource / gold;
    }

    double fullRecall() {
      return gold == 0 ? 0 : (double) full / gold;
    }

    double precision() {
      return ours == 0 ? 0 : (double) oursRight / ours;
    }

    double precisionAll() {
      return oursAll == 0 ? 0 : (double) oursAllRight / oursAll;
    }
  }

  private NewsEvents() {}

  public static List<Gold> gold(Standoff standoff) {
    List<Gold> out = new ArrayList<>();
    for (String[] f : standoff.rows()) {
      out.add(new Gold(f[0], Integer.parseInt(f[1]), Integer.parseInt(f[2]), f[3], f[4], f[5]));
    }
    return out;
  }

  static String three(String code) {
    return code == null || code.equals("-") || code.length() < 3 ? "" : code.substring(0, 3);
  }

  static String three(Optional<EventActor> actor) {
    return three(actor.flatMap(EventActor::code).orElse(null));
  }

  /**
   * Scores the analyzed articles against the gold, per half ({@code tune}, {@code heldout}) and for
   * both.
   */
  public static Map<String, Score> score(
      Standoff standoff, Map<String, Aligned> analyzed, boolean listMisses) {
    List<Gold> gold = gold(standoff);
    Map<String, Score> scores = new LinkedHashMap<>();
    scores.put("tune", new Score());
    scores.put("heldout", new Score());
    scores.put("all", new Score());
    for (Map.Entry<String, Aligned> e : analyzed.entrySet()) {
      String half = standoff.article(e.getKey()).orElseThrow().half();
      Aligned aligned = e.getValue();
      Doc doc = aligned.doc();
      List<Gold> mine = gold.stream().filter(g -> g.article().equals(e.getKey())).toList();
      Function<Integer, Integer> sentence = offset -> doc.sentenceAt(aligned.at(offset));
      for (Score s : List.of(scores.get(half), scores.get("all"))) {
        for (Gold g : mine) {
          int sent = sentence.apply(g.start());
          List<Event> there =
              doc.events().stream().filter(ev -> ev.evidence().sentence() == sent).toList();
          boolean rs =
              there.stream()
                  .anyMatch(
                      ev ->
                          ev.rootCode().equals(g.root())
                              && three(ev.source()).equals(three(g.source())));
          boolean full =
              there.stream()
                  .anyMatch(
                      ev ->
                          ev.code().equals(g.code())
                              && three(ev.source()).equals(three(g.source()))
                              && three(ev.target()).equals(three(g.target())));
          s.gold++;
          s.rootSource += rs ? 1 : 0;
          s.full += full ? 1 : 0;
          if (!rs && listMisses && s == scores.get(half)) {
            s.misses.add(
                String.format(
                    Locale.ROOT,
                    "MISS %s %s %s->%s '%s' | ours: %s",
                    g.article(),
                    g.code(),
                    g.source(),
                    g.target(),
                    doc.text().substring(aligned.at(g.start()), aligned.at(g.end())),
                    there.stream()
                        .map(
                            ev ->
                                ev.code()
                                    + " "
                                    + ev.source().flatMap(EventActor::code).orElse("-")
                                    + "->"
                                    + ev.target().flatMap(EventActor::code).orElse("-"))
                        .toList()));
          }
        }
        for (Event ev : doc.events()) {
          if (ev.code().equals("010")) {
            continue;
          }
          int sent = ev.evidence().sentence();
          List<Gold> there = mine.stream().filter(g -> sentence.apply(g.start()) == sent).toList();
          boolean right =
              there.stream()
                  .anyMatch(
                      g ->
                          ev.rootCode().equals(g.root())
                              && three(ev.source()).equals(three(g.source())));
          s.oursAll++;
          s.oursAllRight += right ? 1 : 0;
          if (!there.isEmpty()) {
            s.ours++;
            s.oursRight += right ? 1 : 0;
          }
        }
      }
    }
    return scores;
  }

  public static void print(PrintWriter out, Map<String, Score> scores) {
    out.println(
        "news events (our BBC + Reuters gold): half      gold  root+source  full    ours  precision (gold sentences)  precision (all sentences)");
    for (Map.Entry<String, Score> e : scores.entrySet()) {
      Score s = e.getValue();
      out.printf(
          Locale.ROOT,
          "news events: %-8s %5d  %.3f (%d)  %.3f (%d)  %4d  %.3f (%d of %d)  %.3f (%d of %d)%n",
          e.getKey(),
          s.gold,
          s.rootSourceRecall(),
          s.rootSource,
          s.fullRecall(),
          s.full,
          s.oursAll,
          s.precision(),
          s.oursRight,
          s.ours,
          s.precisionAll(),
          s.oursAllRight,
          s.oursAll);
    }
  }
}
