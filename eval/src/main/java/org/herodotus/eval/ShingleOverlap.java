package org.herodotus.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article-body metric of the Zyte (Scrapinghub) article extraction benchmark, as its {@code
 * evaluate.py} defines it.
 *
 * <p>Tokens are runs of word characters (Python's {@code \w}: letters, digits, underscore). Each
 * text becomes the multiset of its shingles, the runs of 4 consecutive tokens (a text of fewer than
 * 4 tokens is one shingle of all of them). Per document, TP/FP/FN are the multiset overlap and
 * differences, normalized by their sum so that long texts do not weigh more. Precision is the mean
 * of per-document precision over documents with TP+FP &gt; 0, recall the mean of per-document
 * recall over documents with TP+FN &gt; 0, and F1 the harmonic mean of those two means.
 */
public final class ShingleOverlap {

  /** Normalized true positives, false positives and false negatives of one document. */
  public record Counts(double tp, double fp, double fn) {}

  /** Precision, recall and F1 over a set of documents. */
  public record Scores(int n, double precision, double recall, double f1) {}

  private static final int N = 4;
  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}_]+");

  private ShingleOverlap() {}

  static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  static Map<List<String>, Integer> shingles(String text) {
    List<String> tokens = tokens(text);
    Map<List<String>, Integer> out = new HashMap<>();
    for (int i = 0; i < Math.max(1, tokens.size() - N + 1); i++) {
      List<String> shingle = tokens.subList(i, Math.min(tokens.size(), i + N));
      if (!shingle.isEmpty()) {
        out.merge(List.copyOf(shingle), 1, Integer::sum);
      }
    }
    return out;
  }

  /** The normalized counts of one document: {@code gold} is the truth, {@code predicted} ours. */
  public static Counts match(String gold, String predicted) {
    Map<List<String>, Integer> g = shingles(gold);
    Map<List<String>, Integer> p = shingles(predicted);
    Set<List<String>> keys = new HashSet<>(g.keySet());
    keys.addAll(p.keySet());
    double tp = 0;
    double fp = 0;
    double fn = 0;
    for (List<String> key : keys) {
      int gc = g.getOrDefault(key, 0);
      int pc = p.getOrDefault(key, 0);
      tp += Math.min(gc, pc);
      fp += Math.max(0, pc - gc);
      fn += Math.max(0, gc - pc);
    }
    double sum = tp + fp + fn;
    return sum > 0 ? new Counts(tp / sum, fp / sum, fn / sum) : new Counts(0, 0, 0);
  }

  public static Scores score(List<Counts> documents) {
    double precision = 0;
    int np = 0;
    double recall = 0;
    int nr = 0;
    for (Counts c : documents) {
      if (c.tp() + c.fp() > 0) {
        precision += precision(c);
        np++;
      }
      if (c.tp() + c.fn() > 0) {
        recall += recall(c);
        nr++;
      }
    }
    precision = np == 0 ? 0 : precision / np;
    recall = nr == 0 ? 0 : recall / nr;
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    return new Scores(documents.size(), precision, recall, f1);
  }

  private static double precision(Counts c) {
    if (c.fp() == 0 && c.fn() == 0) {
      return 1;
    }
    if (c.tp() == 0 && c.fp() == 0) {
      return 0;
    }
    return c.tp() / (c.tp() + c.fp());
  }

  private static double recall(Counts c) {
    if (c.fp() == 0 && c.fn() == 0) {
      return 1;
    }
    if (c.tp() == 0 && c.fn() == 0) {
      return 0;
    }
    return c.tp() / (c.tp() + c.fn());
  }
}
