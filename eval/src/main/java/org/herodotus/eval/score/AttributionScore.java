package org.herodotus.eval.score;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.herodotus.doc.Span;
import org.herodotus.eval.corpus.Attribution;
import org.herodotus.eval.corpus.Brat;

/**
 * Scores system attributions against gold ones, accumulated over documents: content detection
 * (exact span and overlap, one-to-one matching), cue detection (overlap), and speaker accuracy
 * (over gold attributions with a Source that the system found, by overlap of content).
 */
public final class AttributionScore {

  /** Precision, recall and F1 counts. */
  public static final class Prf {
    int system;
    int gold;
    int systemMatched;
    int goldMatched;

    public double precision() {
      return system == 0 ? 0 : (double) systemMatched / system;
    }

    public double recall() {
      return gold == 0 ? 0 : (double) goldMatched / gold;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "P %.3f R %.3f F1 %.3f", precision(), recall(), f1());
    }
  }

  final Prf exact = new Prf();
  final Prf overlap = new Prf();
  final Prf cue = new Prf();
  int speakerCorrect;
  int speakerScored;

  public Prf exact() {
    return exact;
  }

  public Prf overlap() {
    return overlap;
  }

  public Prf cue() {
    return cue;
  }

  public double speakerAccuracy() {
    return speakerScored == 0 ? 0 : (double) speakerCorrect / speakerScored;
  }

  public int speakerScored() {
    return speakerScored;
  }

  /** Adds one document's attributions. */
  public void add(List<Brat.Gold> gold, List<Attribution> system) {
    match(gold, system, true, exact, false);
    match(gold, system, false, overlap, true);
    List<Span> goldCues = new ArrayList<>();
    for (Brat.Gold g : gold) {
      g.cue().ifPresent(goldCues::add);
    }
    List<Span> systemCues = new ArrayList<>();
    for (Attribution a : system) {
      a.cue()
          .ifPresent(
              c -> {
                if (!systemCues.contains(c)) systemCues.add(c);
              });
    }
    List<Span> uniqueGoldCues = new ArrayList<>();
    for (Span c : goldCues) {
      if (!uniqueGoldCues.contains(c)) {
        uniqueGoldCues.add(c);
      }
    }
    matchSpans(uniqueGoldCues, systemCues, cue);
  }

  private void match(
      List<Brat.Gold> gold,
      List<Attribution> system,
      boolean exactMatch,
      Prf prf,
      boolean speakers) {
    prf.gold += gold.size();
    prf.system += system.size();
    boolean[] used = new boolean[system.size()];
    for (Brat.Gold g : gold) {
      int best = -1;
      int bestOverlap = 0;
      for (int i = 0; i < system.size(); i++) {
        if (used[i]) {
          continue;
        }
        Span s = system.get(i).content();
        int ov = Math.min(s.end(), g.content().end()) - Math.max(s.start(), g.content().start());
        boolean ok = exactMatch ? s.equals(g.content()) : ov > 0;
        if (ok && (best < 0 || ov > bestOverlap)) {
          best = i;
          bestOverlap = ov;
        }
      }
      if (best >= 0) {
        used[best] = true;
        prf.goldMatched++;
        prf.systemMatched++;
        if (speakers && g.source().isPresent()) {
          speakerScored++;
          Span source = g.source().get();
          if (system.get(best).speakerSpans().stream().anyMatch(s -> s.overlaps(source))) {
            speakerCorrect++;
          }
        }
      }
    }
  }

  private static void matchSpans(List<Span> gold, List<Span> system, Prf prf) {
    prf.gold += gold.size();
    prf.system += system.size();
    boolean[] used = new boolean[system.size()];
    for (Span g : gold) {
      for (int i = 0; i < system.size(); i++) {
        if (!used[i] && system.get(i).overlaps(g)) {
          used[i] = true;
          prf.goldMatched++;
          prf.systemMatched++;
          break;
        }
      }
    }
  }
}
