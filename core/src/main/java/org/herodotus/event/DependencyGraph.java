package org.herodotus.event;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.herodotus.doc.Doc;
import org.herodotus.doc.Mention;
import org.herodotus.doc.Token;
import org.herodotus.entity.Syntax;

/**
 * Dependency and mention look-ups over one document, for the event coder: the parse from {@link
 * Syntax}, plus which mention covers each token and the event coder's own queries.
 */
final class DependencyGraph {

  private final Syntax syntax;

  /** The smallest mention covering each token, or -1. */
  private final int[] mentionAt;

  DependencyGraph(Doc doc) {
    this.syntax = new Syntax(doc);
    int n = syntax.size();
    mentionAt = new int[n];
    Arrays.fill(mentionAt, -1);
    int[] width = new int[n];
    List<Mention> mentions = doc.mentions();
    for (int m = 0; m < mentions.size(); m++) {
      Mention mention = mentions.get(m);
      int w = mention.span().end() - mention.span().start();
      int[] range = syntax.tokenRange(mention.span());
      for (int t = range[0]; t < range[1]; t++) {
        if (mentionAt[t] < 0 || w < width[t]) {
          mentionAt[t] = m;
          width[t] = w;
        }
      }
    }
  }

  /** The tokens a span covers, {@code [first, end)}. */
  int[] tokenRange(org.herodotus.doc.Span span) {
    return syntax.tokenRange(span);
  }

  /** The number of tokens. */
  int size() {
    return syntax.size();
  }

  Token token(int i) {
    return syntax.token(i);
  }

  int head(int token) {
    return syntax.head(token);
  }

  String relation(int token) {
    return syntax.relation(token);
  }

  List<Integer> dependents(int token) {
    return syntax.dependents(token);
  }

  String lemma(int token) {
    return syntax.lemma(token);
  }

  String pos(int token) {
    return syntax.pos(token);
  }

  boolean isVerb(int token) {
    return pos(token).startsWith("VB");
  }

  boolean isNoun(int token) {
    return pos(token).startsWith("NN");
  }

  /** The mention covering a token, or -1. */
  int mentionAt(int token) {
    return mentionAt[token];
  }

  /** The first dependent with one of the relations (a prefix match on "rel:" subtypes too). */
  Optional<Integer> child(int token, String... relations) {
    for (String rel : relations) {
      for (int d : dependents(token)) {
        String r = relation(d);
        if (r.equals(rel)
            || (!rel.contains(":") && r.startsWith(rel + ":") && !rel.equals("nsubj"))) {
          return Optional.of(d);
        }
      }
    }
    return Optional.empty();
  }

  /** Dependents with one of the relations, exact. */
  List<Integer> children(int token, String... relations) {
    List<Integer> result = new ArrayList<>();
    for (int d : dependents(token)) {
      for (String rel : relations) {
        if (relation(d).equals(rel)) {
          result.add(d);
          break;
        }
      }
    }
    return result;
  }

  /** The lemma of a dependent's {@code case} or {@code mark} word ("with" in "with Armenia"). */
  Optional<String> caseOf(int token) {
    for (int d : dependents(token)) {
      if (relation(d).equals("case") || relation(d).equals("mark")) {
        return Optional.of(lemma(d));
      }
    }
    return Optional.empty();
  }

  /** The lemma keys a token answers to: its lemma, and "compound-lemma" with a compound or amod. */
  List<String> keys(int token) {
    List<String> keys = new ArrayList<>();
    String lemma = lemma(token);
    keys.add(lemma);
    String text = token(token).text().toLowerCase(Locale.ROOT);
    if (!text.equals(lemma)) {
      keys.add(text);
    }
    for (int d : dependents(token)) {
      if (relation(d).equals("compound") || relation(d).equals("amod")) {
        keys.add(lemma(d) + "-" + lemma);
      }
    }
    return keys;
  }

  boolean isPassive(int token) {
    return !children(token, "aux:pass", "nsubj:pass").isEmpty();
  }

  /**
   * Direct objects of a verb, with their conjuncts and compound parts, and the noun it modifies.
   */
  List<Integer> objects(int verb) {
    List<Integer> objects = new ArrayList<>();
    List<Integer> heads = new ArrayList<>(children(verb, "obj", "iobj"));
    if (isPassive(verb)) {
      heads.addAll(children(verb, "nsubj:pass"));
    }
    String rel = relation(verb);
    if ((rel.equals("amod") || rel.equals("compound") || rel.equals("acl")) && head(verb) >= 0) {
      heads.add(head(verb));
    }
    for (int h : heads) {
      objects.add(h);
      objects.addAll(children(h, "conj", "compound"));
      for (int n : children(h, "nmod")) {
        if (caseOf(n).filter("of"::equals).isPresent()) {
          objects.add(n);
        }
      }
    }
    return objects;
  }
}
