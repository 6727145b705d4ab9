package org.herodotus.entity;

import java.util.ArrayList;
import java.util.List;
import org.herodotus.doc.Caption;
import org.herodotus.doc.Dependency;
import org.herodotus.doc.Doc;
import org.herodotus.doc.Entity;
import org.herodotus.doc.Mention;
import org.herodotus.doc.Metadata;
import org.herodotus.doc.Paragraph;
import org.herodotus.doc.Sentence;
import org.herodotus.doc.Span;
import org.herodotus.doc.TimeExpression;
import org.herodotus.doc.Token;

/**
 * A document parsed by hand, for exact tests of rules without the NLP engine. Each sentence is
 * written as tokens {@code word/TAG/head/relation[/lemma[/NER]]} separated by spaces, with {@code
 * head} the index of the head token within the sentence (-1 for the root); the lemma is the word
 * unless given. Mentions, times and captions refer to tokens by their index in the document.
 */
public final class HandParsed {

  private final StringBuilder text = new StringBuilder();
  private final List<Token> tokens = new ArrayList<>();
  private final List<Dependency> dependencies = new ArrayList<>();
  private final List<Sentence> sentences = new ArrayList<>();
  private final List<Mention> mentions = new ArrayList<>();
  private final List<TimeExpression> times = new ArrayList<>();
  private final List<Caption> captions = new ArrayList<>();
  private String published = "";

  public static HandParsed text() {
    return new HandParsed();
  }

  /** Adds a sentence of tokens {@code word/TAG/head/relation[/lemma[/NER]]}. */
  public HandParsed sentence(String parsed) {
    if (text.length() > 0) {
      text.append(' ');
    }
    int first = tokens.size();
    int start = text.length();
    String[] words = parsed.trim().split("\\s+");
    for (int i = 0; i < words.length; i++) {
      String[] f = words[i].split("/", -1);
      String word = f[0];
      if (i > 0 && !List.of(".", ",", "'s", "'", ":").contains(word)) {
        text.append(' ');
      }
      int from = text.length();
      text.append(word);
      String lemma = f.length > 4 && !f[4].isEmpty() ? f[4] : word;
      String ner = f.length > 5 ? f[5] : "O";
      tokens.add(
          new Token(new Span(from, text.length()), word, f[1], lemma, ner, sentences.size()));
      int head = Integer.parseInt(f[2]);
      dependencies.add(new Dependency(head < 0 ? -1 : first + head, first + i, f[3]));
    }
    sentences.add(new Sentence(new Span(start, text.length()), first, tokens.size()));
    return this;
  }

  /** A mention of tokens {@code [first, end)} of the given entity (entities are numbered 0 up). */
  public HandParsed mention(int first, int end, String type, Mention.Kind kind, int entity) {
    Span span = span(first, end);
    mentions.add(new Mention(span, span.slice(text.toString()), type, kind, entity));
    return this;
  }

  /** A time expression over tokens {@code [first, end)}. */
  public HandParsed time(int first, int end) {
    Span span = span(first, end);
    times.add(new TimeExpression(span, span.slice(text.toString()), "DATE", "XXXX", false));
    return this;
  }

  /** A photo caption whose credit is tokens {@code [first, end)}. */
  public HandParsed credit(int first, int end) {
    Span span = span(first, end);
    String credit = span.slice(text.toString());
    captions.add(
        new Caption(credit, java.util.Optional.of(credit), span, java.util.Optional.of(span)));
    return this;
  }

  /** The publication date, {@code yyyy-MM-dd}. */
  public HandParsed published(String date) {
    this.published = date;
    return this;
  }

  /** The span of tokens {@code [first, end)}. */
  public Span span(int first, int end) {
    return new Span(tokens.get(first).span().start(), tokens.get(end - 1).span().end());
  }

  public Doc doc() {
    Metadata metadata = Metadata.empty();
    if (!published.isEmpty()) {
      metadata =
          metadata.withPublished(java.util.Optional.of(published), java.util.Optional.empty());
    }
    if (!captions.isEmpty()) {
      metadata =
          new Metadata(
              metadata.headline(),
              metadata.standfirst(),
              metadata.published(),
              metadata.publishedSpan(),
              metadata.readingMinutes(),
              metadata.url(),
              metadata.language(),
              captions,
              metadata.authors());
    }
    Doc doc =
        Doc.of(
            "hand-parsed",
            text.toString(),
            metadata,
            List.of(Paragraph.of(new Span(0, text.length()), Paragraph.Kind.BODY)));
    doc = doc.withSyntax(sentences, tokens, dependencies);
    List<List<Integer>> members = new ArrayList<>();
    for (int i = 0; i < mentions.size(); i++) {
      int e = mentions.get(i).entity();
      while (members.size() <= e) {
        members.add(new ArrayList<>());
      }
      members.get(e).add(i);
    }
    List<Entity> entities = new ArrayList<>();
    for (int e = 0; e < members.size(); e++) {
      Mention first = mentions.get(members.get(e).get(0));
      entities.add(new Entity(e, first.text(), first.type(), members.get(e)));
    }
    return doc.withEntities(mentions, entities).withTimes(times);
  }
}
