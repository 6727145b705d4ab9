package org.herodotus.eval.news;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.herodotus.doc.Doc;
import org.herodotus.doc.Entity;
import org.herodotus.doc.Mention;
import org.herodotus.doc.Quote;
import org.herodotus.doc.Span;
import org.herodotus.doc.Speaker;

/**
 * Scores quotes and speakers on our BBC quotes gold (see GUIDELINE-quotes.md beside the standoff).
 * A gold quote (direct or partial; scare quotes and titles are not scored) is found when one of our
 * quotes covers its first character. Its speaker is right when ours names the same person or body:
 * our speaker mention overlaps the gold's, or a mention of our speaker's entity does, or the names
 * agree (case, titles such as "Mr" and a leading "the" aside; a surname alone agrees with the full
 * name; the gold may give alternatives separated by '|', e.g. a spokesman and the party he speaks
 * for).
 */
public final class NewsQuotes {

  /** A gold quote. */
  public record Gold(
      String article, int start, String kind, int speakerStart, int speakerEnd, String speaker) {}

  /** Counts for one half. */
  public static final class Score {
    public int quotes;
    public int found;
    public int named;
    public int speakerRight;
    public int noSpeaker;
    public int wrongSpeaker;
    final List<String> misses = new ArrayList<>();

    public List<String> misses() {
      return misses;
    }

    double speakerAccuracy() {
      return named == 0 ? 0 : (double) speakerRight / named;
    }
  }

  private NewsQuotes() {}

  public static List<Gold> gold(Standoff standoff) {
    List<Gold> out = new ArrayList<>();
    for (String[] f : standoff.rows()) {
      if (f[2].equals("scare") || f[2].equals("title")) {
        continue;
      }
      out.add(
          new Gold(
              f[0],
              Integer.parseInt(f[1]),
              f[2],
              Integer.parseInt(f[3]),
              Integer.parseInt(f[4]),
              f[5]));
    }
    return out;
  }

  static String normal(String name) {
    String n = name.toLowerCase(Locale.ROOT).strip();
    n = n.replaceAll("^(the|mr|mrs|ms|miss|dr|sir|lord|lady)\\.? ", "");
    n = n.replaceAll("[’']s$", "");
    return n.replaceAll("\\s+", " ");
  }

  static boolean sameName(String ours, String gold) {
    String a = normal(ours);
    for (String alternative : gold.split("\\|")) {
      String b = normal(alternative);
      if (a.isEmpty() || b.isEmpty()) {
        continue;
      }
      if (a.equals(b) || a.endsWith(" " + b) || b.endsWith(" " + a)) {
        return true;
      }
      String[] wa = a.split(" ");
      String[] wb = b.split(" ");
      if (wa[wa.length - 1].equals(wb[wb.length - 1]) && (wa.length == 1 || wb.length == 1)) {
        return true;
      }
    }
    return false;
  }

  static boolean overlaps(Span s, int start, int end) {
    return start >= 0 && s.start() < end && start < s.end();
  }

  public static Map<String, Score> score(
      Standoff standoff, Map<String, Aligned> analyzed, boolean listMisses) {
    Map<String, Score> scores = new LinkedHashMap<>();
    scores.put("tune", new Score());
    scores.put("heldout", new Score());
    scores.put("all", new Score());
    List<Gold> gold = gold(standoff);
    for (Map.Entry<String, Aligned> e : analyzed.entrySet()) {
      String half = standoff.article(e.getKey()).orElseThrow().half();
      Aligned aligned = e.getValue();
      Doc doc = aligned.doc();
      for (Gold g : gold) {
        if (!g.article().equals(e.getKey())) {
          continue;
        }
        int at = aligned.at(g.start());
        Optional<Quote> quote =
            doc.quotes().stream()
                .filter(q -> q.span().start() <= at && at < q.span().end())
                .findFirst();
        Optional<Speaker> speaker = quote.flatMap(Quote::speaker);
        boolean named = !g.speaker().equals("-");
        int sStart = g.speakerStart() < 0 ? -1 : aligned.at(g.speakerStart());
        int sEnd = g.speakerEnd() < 0 ? -1 : aligned.at(g.speakerEnd());
        boolean right =
            named
                && speaker.isPresent()
                && (overlaps(speaker.get().mention(), sStart, sEnd)
                    || entityMentioned(doc, speaker.get(), sStart, sEnd)
                    || sameName(speaker.get().name(), g.speaker())
                    || sameName(doc.slice(speaker.get().mention()), g.speaker()));
        for (Score s : List.of(scores.get(half), scores.get("all"))) {
          s.quotes++;
          s.found += quote.isPresent() ? 1 : 0;
          if (named) {
            s.named++;
            s.speakerRight += right ? 1 : 0;
            s.noSpeaker += speaker.isEmpty() ? 1 : 0;
            s.wrongSpeaker += speaker.isPresent() && !right ? 1 : 0;
          }
        }
        if (listMisses && named && !right) {
          String context =
              doc.text().substring(at, Math.min(doc.text().length(), at + 50)).replace('\n', ' ');
          scores
              .get(half)
              .misses
              .add(
                  String.format(
                      Locale.ROOT,
                      "%s %s %s \"%s…\" gold: %s; ours: %s",
                      half.equals("tune") ? "MISS" : "MISS(heldout)",
                      g.article(),
                      g.kind(),
                      context,
                      g.speaker(),
                      quote.isEmpty()
                          ? "no quote"
                          : speaker
                              .map(sp -> sp.name() + " (" + quote.get().rule() + ")")
                              .orElse(
                                  "no speaker ("
                                      + quote.get().unattributedReason().orElse("")
                                      + ")")));
        }
      }
    }
    return scores;
  }

  private static boolean entityMentioned(Doc doc, Speaker speaker, int start, int end) {
    if (speaker.entity() < 0 || speaker.entity() >= doc.entities().size() || start < 0) {
      return false;
    }
    Entity entity = doc.entities().get(speaker.entity());
    for (int m : entity.mentions()) {
      Mention mention = doc.mentions().get(m);
      if (overlaps(mention.span(), start, end)) {
        return true;
      }
    }
    return false;
  }
}
