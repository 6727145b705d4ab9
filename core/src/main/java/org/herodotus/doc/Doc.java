package org.herodotus.doc;

import java.util.ArrayList;
import java.util.List;

/**
 * One analyzed article: its text and every annotation layer, each a list of immutable records that
 * refer to the text by {@link Span} and to each other by index.
 *
 * <p>A {@code Doc} never changes; a stage returns a new one with its layer added ({@code with...}
 * methods). New layers are added at the end of the component list, so the JSON output only grows.
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
    List<Quote> quotes,
    List<Actor> actors,
    List<Place> places,
    List<Event> events,
    List<Attribution> attributions) {

  public Doc {
    paragraphs = List.copyOf(paragraphs);
    sentences = List.copyOf(sentences);
    tokens = List.copyOf(tokens);
    dependencies = List.copyOf(dependencies);
    mentions = List.copyOf(mentions);
    entities = List.copyOf(entities);
    times = List.copyOf(times);
    notes = List.copyOf(notes);
    quotes = List.copyOf(quotes);
    actors = List.copyOf(actors);
    places = List.copyOf(places);
    events = List.copyOf(events);
    attributions = List.copyOf(attributions);
  }

  /** A document with text and metadata only, as a reader makes it. */
  public static Doc of(String id, String text, Metadata metadata, List<Paragraph> paragraphs) {
    Parts parts = new Parts(id, text, metadata);
    parts.paragraphs = paragraphs;
    return parts.build();
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
    Parts p = parts();
    p.metadata = value;
    return p.build();
  }

  public Doc withParagraphs(List<Paragraph> value) {
    Parts p = parts();
    p.paragraphs = value;
    return p.build();
  }

  public Doc withSyntax(
      List<Sentence> sentenceLayer, List<Token> tokenLayer, List<Dependency> dependencyLayer) {
    Parts p = parts();
    p.sentences = sentenceLayer;
    p.tokens = tokenLayer;
    p.dependencies = dependencyLayer;
    return p.build();
  }

  public Doc withEntities(List<Mention> mentionLayer, List<Entity> entityLayer) {
    Parts p = parts();
    p.mentions = mentionLayer;
    p.entities = entityLayer;
    return p.build();
  }

  public Doc withTimes(List<TimeExpression> value) {
    Parts p = parts();
    p.times = value;
    return p.build();
  }

  public Doc withNote(Note note) {
    Parts p = parts();
    p.notes = new ArrayList<>(notes);
    p.notes.add(note);
    return p.build();
  }

  public Doc withQuotes(List<Quote> value) {
    Parts p = parts();
    p.quotes = value;
    return p.build();
  }

  public Doc withActors(List<Actor> value) {
    Parts p = parts();
    p.actors = value;
    return p.build();
  }

  public Doc withEvents(List<Event> value) {
    Parts p = parts();
    p.events = value;
    return p.build();
  }

  /** The same document with {@code more} notes after the ones it has. */
  public Doc withNotes(List<Note> more) {
    Parts p = parts();
    p.notes = new ArrayList<>(notes);
    p.notes.addAll(more);
    return p.build();
  }

  /** The statements assembled from the quote layer. */
  public Doc withAttributions(List<Attribution> value) {
    Parts p = parts();
    p.attributions = value;
    return p.build();
  }

  public Doc withPlaces(List<Place> value) {
    Parts p = parts();
    p.places = value;
    return p.build();
  }

  private Parts parts() {
    Parts p = new Parts(id, text, metadata);
    p.paragraphs = paragraphs;
    p.sentences = sentences;
    p.tokens = tokens;
    p.dependencies = dependencies;
    p.mentions = mentions;
    p.entities = entities;
    p.times = times;
    p.notes = notes;
    p.quotes = quotes;
    p.actors = actors;
    p.places = places;
    p.events = events;
    p.attributions = attributions;
    return p;
  }

  /** The components of a document while one of them is being replaced. */
  private static final class Parts {
    final String id;
    final String text;
    Metadata metadata;
    List<Paragraph> paragraphs = List.of();
    List<Sentence> sentences = List.of();
    List<Token> tokens = List.of();
    List<Dependency> dependencies = List.of();
    List<Mention> mentions = List.of();
    List<Entity> entities = List.of();
    List<TimeExpression> times = List.of();
    List<Note> notes = List.of();
    List<Quote> quotes = List.of();
    List<Actor> actors = List.of();
    List<Place> places = List.of();
    List<Event> events = List.of();
    List<Attribution> attributions = List.of();

    Parts(String id, String text, Metadata metadata) {
      this.id = id;
      this.text = text;
      this.metadata = metadata;
    }

    Doc build() {
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
          quotes,
          actors,
          places,
          events,
          attributions);
    }
  }
}
