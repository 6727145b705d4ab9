package org.herodotus.quote;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.herodotus.doc.Dependency;
import org.herodotus.doc.Doc;
import org.herodotus.doc.Sentence;
import org.herodotus.doc.Span;
import org.herodotus.doc.Token;

/** A document's dependency parse as arrays: the head and relation of each token, its children. */
final class Parse {

  static final int NO_HEAD = -2;

  final Doc doc;
  final List<Token> tokens;
  final int[] head;
  final String[] rel;
  final List<List<Integer>> children;

  Parse(Doc doc) {
    this.doc = doc;
    this.tokens = doc.tokens();
    int n = tokens.size();
    head = new int[n];
    rel = new String[n];
    Arrays.fill(head, NO_HEAD);
    Arrays.fill(rel, "");
    children = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      children.add(new ArrayList<>());
    }
    for (Dependency d : doc.dependencies()) {
      if (d.dependent() < 0 || d.dependent() >= n) {
        continue;
      }
      head[d.dependent()] = d.head();
      rel[d.dependent()] = d.relation();
      if (d.head() >= 0 && d.head() < n) {
        children.get(d.head()).add(d.dependent());
      }
    }
  }

  Token token(int i) {
    return tokens.get(i);
  }

  String lower(int i) {
    return tokens.get(i).text().toLowerCase(java.util.Locale.ROOT);
  }

  boolean isVerb(int i) {
    return tokens.get(i).pos().startsWith("VB");
  }

  boolean isPunct(int i) {
    String pos = tokens.get(i).pos();
    return rel[i].equals("punct")
        || pos.equals(".")
        || pos.equals(",")
        || pos.equals(":")
        || pos.equals("``")
        || pos.equals("''")
        || pos.equals("-LRB-")
        || pos.equals("-RRB-");
  }

  /** The first child of {@code i} whose relation is {@code relation} (or starts with it + ':'). */
  int child(int i, String relation) {
    for (int c : children.get(i)) {
      if (rel[c].equals(relation)) {
        return c;
      }
    }
    return -1;
  }

  /** The half-open range of token indexes lying inside {@code span}. */
  int[] tokensIn(Span span) {
    int first = -1;
    int end = -1;
    for (int i = 0; i < tokens.size(); i++) {
      Span s = tokens.get(i).span();
      if (s.start() >= span.start() && s.end() <= span.end()) {
        if (first < 0) {
          first = i;
        }
        end = i + 1;
      } else if (s.start() >= span.end()) {
        break;
      }
    }
    return first < 0 ? new int[] {0, 0} : new int[] {first, end};
  }

  /** The tokens of the subtree under {@code i}, skipping the subtrees of {@code skip} children. */
  List<Integer> subtree(int i, java.util.function.IntPredicate skip) {
    List<Integer> out = new ArrayList<>();
    collect(i, skip, out, 0);
    out.sort(Integer::compare);
    return out;
  }

  private void collect(int i, java.util.function.IntPredicate skip, List<Integer> out, int depth) {
    out.add(i);
    if (depth > 200) {
      return;
    }
    for (int c : children.get(i)) {
      if (!skip.test(c)) {
        collect(c, skip, out, depth + 1);
      }
    }
  }

  Sentence sentenceOf(int i) {
    return doc.sentences().get(tokens.get(i).sentence());
  }

  /** The last character of a token's text, or a blank for an empty token. */
  char lastChar(int i) {
    String t = tokens.get(i).text();
    return t.isEmpty() ? ' ' : t.charAt(t.length() - 1);
  }

  /** The first token of a sentence that is no punctuation (its first token when all are). */
  int firstNonPunct(Sentence sentence) {
    for (int i = sentence.firstToken(); i < sentence.endToken(); i++) {
      if (!isPunct(i)) {
        return i;
      }
    }
    return sentence.firstToken();
  }

  /** The first token of the subtree under {@code i}. */
  int leftmost(int i) {
    int min = i;
    for (int c : children.get(i)) {
      min = Math.min(min, leftmost(c));
    }
    return min;
  }

  /** The text span from the start of token {@code first} to the end of token {@code end - 1}. */
  Span textSpan(int first, int end) {
    return new Span(tokens.get(first).span().start(), tokens.get(end - 1).span().end());
  }

  /** Is {@code ancestor} on the head path of {@code i}? */
  boolean dominates(int ancestor, int i) {
    int cur = i;
    for (int steps = 0; cur >= 0 && steps < 200; steps++) {
      if (cur == ancestor) {
        return true;
      }
      cur = head[cur];
    }
    return false;
  }
}
