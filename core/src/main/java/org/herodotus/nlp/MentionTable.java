package org.herodotus.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.herodotus.doc.Doc;
import org.herodotus.doc.Entity;
import org.herodotus.doc.Mention;
import org.herodotus.doc.Span;
import org.herodotus.doc.Token;

/**
 * Collects named-entity mentions and coreference mentions and turns them into the raw mention and
 * entity layers: one entity per coreference chain, one per named mention outside every chain. Names
 * nested in a coreference mention whose head they hold join that mention's chain.
 */
final class MentionTable {

  private record Named(Span span, String type) {}

  private record Coref(int chain, Span span, Mention.Kind kind, int headToken) {}

  private final List<Named> named = new ArrayList<>();
  private final List<Coref> coref = new ArrayList<>();
  private int chains;

  void addName(Span span, String type) {
    named.add(new Named(span, type));
  }

  int newChain() {
    return chains++;
  }

  void addCoref(int chain, Span span, Mention.Kind kind, int headToken, List<Token> tokens) {
    coref.add(new Coref(chain, span, kind, headToken));
  }

  Doc into(Doc doc) {
    List<Token> tokens = doc.tokens();
    record Raw(Span span, String type, Mention.Kind kind, int chain) {}
    List<Raw> raws = new ArrayList<>();
    int nextChain = chains;
    for (Named n : named) {
      Coref same = null;
      Coref holder = null;
      for (Coref c : coref) {
        if (c.span().equals(n.span())) {
          same = c;
        } else if (c.span().contains(n.span())
            && c.headToken() >= 0
            && c.headToken() < tokens.size()
            && n.span().contains(tokens.get(c.headToken()).span())) {
          if (holder == null || holder.span().length() > c.span().length()) {
            holder = c;
          }
        }
      }
      int chain = same != null ? same.chain() : holder != null ? holder.chain() : nextChain++;
      raws.add(new Raw(n.span(), n.type(), Mention.Kind.NAME, chain));
    }
    for (Coref c : coref) {
      boolean duplicate = named.stream().anyMatch(n -> n.span().equals(c.span()));
      if (duplicate) {
        continue;
      }
      String type = "";
      for (Named n : named) {
        if (c.span().contains(n.span())
            && c.headToken() >= 0
            && c.headToken() < tokens.size()
            && n.span().contains(tokens.get(c.headToken()).span())) {
          type = n.type();
        }
      }
      Mention.Kind kind =
          type.isEmpty() && c.kind() == Mention.Kind.NAME ? Mention.Kind.NOMINAL : c.kind();
      raws.add(new Raw(c.span(), type, type.isEmpty() ? kind : Mention.Kind.NAME, c.chain()));
    }
    raws.sort(Comparator.comparing(Raw::span));

    Map<Integer, List<Integer>> byChain = new LinkedHashMap<>();
    List<Mention> mentions = new ArrayList<>();
    List<Integer> chainOf = new ArrayList<>();
    for (Raw r : raws) {
      chainOf.add(r.chain());
      byChain.computeIfAbsent(r.chain(), k -> new ArrayList<>()).add(mentions.size());
      mentions.add(new Mention(r.span(), doc.slice(r.span()), r.type(), r.kind(), -1));
    }
    List<Entity> entities = new ArrayList<>();
    Map<Integer, Integer> entityOfChain = new LinkedHashMap<>();
    for (Map.Entry<Integer, List<Integer>> e : byChain.entrySet()) {
      entityOfChain.put(e.getKey(), entities.size());
      entities.add(new Entity(entities.size(), "", "", e.getValue()));
    }
    List<Mention> linked = new ArrayList<>();
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      linked.add(
          new Mention(m.span(), m.text(), m.type(), m.kind(), entityOfChain.get(chainOf.get(i))));
    }
    return doc.withEntities(linked, entities);
  }
}
