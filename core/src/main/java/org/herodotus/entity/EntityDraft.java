package org.herodotus.entity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.herodotus.doc.Doc;
import org.herodotus.doc.Mention;

/**
 * The entity layer under construction, handed from step to step of the {@link EntityResolver}: the
 * article, its parse, the mentions found so far and which groups of mentions have been joined into
 * one entity (a union-find over group numbers). Steps add, change, drop and join mentions; {@link
 * EntityLayer} then turns the groups into entities.
 */
final class EntityDraft {

  private final Doc doc;
  private final Syntax syntax;
  private final List<DraftMention> mentions = new ArrayList<>();
  private int[] parent;
  private int groups;

  /** A draft of the engine's mentions, each in the group of the engine's entity. */
  EntityDraft(Doc doc) {
    this.doc = doc;
    this.syntax = new Syntax(doc);
    for (Mention m : doc.mentions()) {
      mentions.add(new DraftMention(m.span(), m.type(), m.kind(), m.entity()));
    }
    groups = doc.entities().size();
    parent = new int[Math.max(16, groups)];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
  }

  Doc doc() {
    return doc;
  }

  Syntax syntax() {
    return syntax;
  }

  /** The mentions so far; steps change this list and its members in place. */
  List<DraftMention> mentions() {
    return mentions;
  }

  /** A new group, of its own until joined. */
  int newGroup() {
    if (groups == parent.length) {
      int old = parent.length;
      parent = Arrays.copyOf(parent, 2 * old);
      for (int i = old; i < parent.length; i++) {
        parent[i] = i;
      }
    }
    return groups++;
  }

  /** The group {@code g} is part of now (the lowest number among the joined groups). */
  int find(int g) {
    while (parent[g] != g) {
      parent[g] = parent[parent[g]];
      g = parent[g];
    }
    return g;
  }

  /** Joins two groups into one entity. */
  void union(int a, int b) {
    int ra = find(a);
    int rb = find(b);
    if (ra != rb) {
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }

  /** Sorts the mentions in text order (stable: mentions of the same span keep their order). */
  void sortBySpan() {
    mentions.sort(Comparator.comparing((DraftMention m) -> m.span));
  }

  /** The tokens some mention covers. */
  Set<Integer> coveredTokens() {
    Set<Integer> covered = new HashSet<>();
    for (DraftMention m : mentions) {
      int[] r = syntax.tokenRange(m.span);
      for (int t = r[0]; t < r[1]; t++) {
        covered.add(t);
      }
    }
    return covered;
  }
}
