package org.herodotus.entity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.herodotus.doc.Dependency;
import org.herodotus.doc.Doc;
import org.herodotus.doc.Span;
import org.herodotus.doc.Token;

/**
 * Dependency look-ups over one document: heads, relations, dependents, tokens of a span. Shared by
 * the stages that read the parse (entities, actors, places).
 */
public final class Syntax {

  private final Doc doc;
  private final int[] head;
  private final String[] relation;
  private final List<List<Integer>> dependents;

  public Syntax(Doc doc) {
    this.doc = doc;
    int n = doc.tokens().size();
    head = new int[n];
    relation = new String[n];
    Arrays.fill(head, -2);
    Arrays.fill(relation, "");
    dependents = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      dependents.add(new ArrayList<>());
    }
    for (Dependency d : doc.dependencies()) {
      head[d.dependent()] = d.head();
      relation[d.dependent()] = d.relation();
      if (d.head() >= 0) {
        dependents.get(d.head()).add(d.dependent());
      }
    }
  }

  public Token token(int i) {
    return doc.tokens().get(i);
  }

  public int size() {
    return head.length;
  }

  public int head(int token) {
    return head[token];
  }

  public String relation(int token) {
    return relation[token];
  }

  public List<Integer> dependents(int token) {
    return dependents.get(token);
  }

  /** The token indexes a span covers, as {@code [first, end)}; empty when it covers none. */
  public int[] tokenRange(Span span) {
    List<Token> tokens = doc.tokens();
    int lo = 0;
    int hi = tokens.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).span().end() <= span.start()) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    int first = lo;
    int end = first;
    while (end < tokens.size() && tokens.get(end).span().start() < span.end()) {
      end++;
    }
    return new int[] {first, end};
  }

  /**
   * The syntactic head of a span: the first token whose head lies outside the span. Falls back to
   * the last token when there is no parse.
   */
  public int headOf(Span span) {
    int[] range = tokenRange(span);
    if (range[0] >= range[1]) {
      return -1;
    }
    for (int i = range[0]; i < range[1]; i++) {
      int h = head[i];
      if (h == -2) {
        break;
      }
      if (h < range[0] || h >= range[1]) {
        return i;
      }
    }
    return range[1] - 1;
  }

  public String lemma(int token) {
    return token(token).lemma().toLowerCase(java.util.Locale.ROOT);
  }

  public String pos(int token) {
    return token(token).pos();
  }
}
