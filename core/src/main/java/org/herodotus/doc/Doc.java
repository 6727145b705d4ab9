package org.herodotus.doc;

import java.util.ArrayList;
import java.util.List;

/**
 * One analyzed article: its text and every annotation layer, each a list of immutable records that
 * refer to the text by {@link Span} and to each other by index.
 *
 * <p>A {@code Doc} never changes; a stage returns a new one with its layer added ({@code with...}
 * methods).
 */
public record Doc(
    String id,
    String text,
    Metadata metadata,
    List<Paragraph> paragraphs,
    List<Sentence> sentences,
    List<Token> tokens,
    List<Dependency> dependencies,
    List<Mention> mentions,
    List<Entity> entities,
    List<TimeExpression> times,
    List<Note> notes,
    List<Event> events) {

  public Doc {
    paragraphs = List.copyOf(paragraphs);
    sentences = List.copyOf(sentences);
    tokens = List.copyOf(tokens);
    dependencies = List.copyOf(dependencies);
    mentions = List.copyOf(mentions);
    entities = List.copyOf(entities);
    times = List.copyOf(times);
    notes = List.copyOf(notes);
    events = List.copyOf(events);
  }

  /** A document with text and metadata only, as a reader makes it. */
  public static Doc of(String id, String text, Metadata metadata, List<Paragraph> paragraphs) {
    return new Doc(
        id,
        text,
        metadata,
        paragraphs,
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of());
  }

  /** The text a span covers. */
  public String slice(Span span) {
    return span.slice(text);
  }

  /** The tokens of one sentence. */
  public List<Token> tokensOf(Sentence sentence) {
    return tokens.subList(sentence.firstToken(), sentence.endToken());
  }

  /** Index of the sentence that holds {@code offset}, or -1. */
  public int sentenceAt(int offset) {
    int lo = 0;
    int hi = sentences.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Span s = sentences.get(mid).span();
      if (offset < s.start()) {
        hi = mid - 1;
      } else if (offset >= s.end()) {
        lo = mid + 1;
      } else {
        return mid;
      }
    }
    return -1;
  }

  /** Index of the paragraph that holds {@code offset}, or -1. */
  public int paragraphAt(int offset) {
    for (int i = 0; i < paragraphs.size(); i++) {
      if (paragraphs.get(i).span().contains(offset)) {
        return i;
      }
    }
    return -1;
  }

  public Doc withMetadata(Metadata value) {
    return new Doc(
        id,
        text,
        value,
        paragraphs,
        sentences,
        tokens,
        dependencies,
        mentions,
        entities,
        times,
        notes,
        events);
  }

  public Doc withParagraphs(List<Paragraph> value) {
    return new Doc(
        id,
        text,
        metadata,
        value,
        sentences,
        tokens,
        dependencies,
        mentions,
        entities,
        times,
        notes,
        events);
  }

  public Doc withSyntax(
      List<Sentence> sentenceLayer, List<Token> tokenLayer, List<Dependency> dependencyLayer) {
    return new Doc(
        id,
        text,
        metadata,
        paragraphs,
        sentenceLayer,
        tokenLayer,
        dependencyLayer,
        mentions,
        entities,
        times,
        notes,
        events);
  }

  public Doc withEntities(List<Mention> mentionLayer, List<Entity> entityLayer) {
    return new Doc(
        id,
        text,
        metadata,
        paragraphs,
        sentences,
        tokens,
        dependencies,
        mentionLayer,
        entityLayer,
        times,
        notes,
        events);
  }

  public Doc withTimes(List<TimeExpression> value) {
    return new Doc(
        id,
        text,
        metadata,
        paragraphs,
        sentences,
        tokens,
        dependencies,
        mentions,
        entities,
        value,
        notes,
        events);
  }

  public Doc withEvents(List<Event> value) {
    return new Doc(
        id,
        text,
        metadata,
        paragraphs,
        sentences,
        tokens,
        dependencies,
        mentions,
        entities,
        times,
        notes,
        value);
  }

  /** This document with several notes added. */
  public Doc withNotes(List<Note> more) {
    List<Note> all = new ArrayList<>(notes);
    all.addAll(more);
    return new Doc(
        id,
        text,
        metadata,
        paragraphs,
        sentences,
        tokens,
        dependencies,
        mentions,
        entities,
        times,
        all,
        events);
  }

  public Doc withNote(Note note) {
    List<Note> all = new ArrayList<>(notes);
    all.add(note);
    return new Doc(
        id,
        text,
        metadata,
        paragraphs,
        sentences,
        tokens,
        dependencies,
        mentions,
        entities,
        times,
        all,
        events);
  }
}
