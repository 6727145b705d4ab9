package org.herodotus.event;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
import org.herodotus.lexicon.WordLists;

/**
 * Hand-parsed documents for the event coder's step tests, with no NLP engine: sentences of tokens
 * written {@code word/TAG/head/relation} or {@code word/lemma/TAG/head/relation} (the head counted
 * from 0 within the sentence, -1 for the root; the lemma is the word, lower case but for proper
 * nouns), mentions by their words, time expressions, and actor codes by mention text.
 */
final class HandParsed {

  private final StringBuilder text = new StringBuilder();
  private final List<Token> tokens = new ArrayList<>();
  private final List<Dependency> dependencies = new ArrayList<>();
  private final List<Sentence> sentences = new ArrayList<>();
  private final List<Mention> mentions = new ArrayList<>();
  private final List<List<Integer>> members = new ArrayList<>();
  private final List<TimeExpression> times = new ArrayList<>();
  private final Map<String, String> codes = new HashMap<>();
  private final Map<Integer, Paragraph> paragraphs = new HashMap<>();
  private Optional<String> published = Optional.empty();

  /** A document of one sentence. */
  static HandParsed sentence(String... words) {
    return new HandParsed().then(words);
  }

  /** This document with one more sentence. */
  HandParsed then(String... words) {
    if (text.length() > 0) {
      text.append(' ');
    }
    int first = tokens.size();
    int start = text.length();
    for (int i = 0; i < words.length; i++) {
      String[] f = words[i].split("/");
      if (f.length != 4 && f.length != 5) {
        throw new IllegalArgumentException("word/[lemma/]TAG/head/relation, not " + words[i]);
      }
      String word = f[0];
      String tag = f[f.length - 3];
      String lemma =
          f.length == 5 ? f[1] : tag.startsWith("NNP") ? word : word.toLowerCase(Locale.ROOT);
      int head = Integer.parseInt(f[f.length - 2]);
      if (i > 0 && !Set.of(".", ",", "'s", "n't").contains(word)) {
        text.append(' ');
      }
      int at = text.length();
      text.append(word);
      tokens.add(new Token(new Span(at, text.length()), word, tag, lemma, "O", sentences.size()));
      dependencies.add(
          new Dependency(head < 0 ? -1 : first + head, tokens.size() - 1, f[f.length - 1]));
    }
    sentences.add(new Sentence(new Span(start, text.length()), first, tokens.size()));
    return this;
  }

  /** A mention of an entity of its own over the first occurrence of {@code words}. */
  HandParsed mention(String words, String type) {
    return mention(words, type, members.size());
  }

  /** A mention of entity {@code entity} (one made before, or the next) over the first words. */
  HandParsed mention(String words, String type, int entity) {
    return mentionAt(find(words), words, type, entity);
  }

  /** A mention of a new entity over the last occurrence of {@code words}. */
  HandParsed lastMention(String words, String type) {
    int at = text.lastIndexOf(words);
    return mentionAt(new Span(at, at + words.length()), words, type, members.size());
  }

  private HandParsed mentionAt(Span span, String words, String type, int entity) {
    if (entity == members.size()) {
      members.add(new ArrayList<>());
    }
    members.get(entity).add(mentions.size());
    mentions.add(new Mention(span, words, type, Mention.Kind.NAME, entity));
    return this;
  }

  /** An actor code for the mentions of these words. */
  HandParsed code(String words, String code) {
    codes.put(words, code);
    return this;
  }

  /** A time expression over the first occurrence of {@code words}. */
  HandParsed time(String words, String type, String value) {
    times.add(new TimeExpression(find(words), words, type, value, true));
    return this;
  }

  /**
   * Sentence {@code s} as a paragraph of its own of this kind, repeating paragraph {@code
   * duplicateOf} if given; the document then has a paragraph per sentence (body by default).
   */
  HandParsed paragraph(int s, Paragraph.Kind kind, Optional<Integer> duplicateOf) {
    paragraphs.put(s, new Paragraph(sentences.get(s).span(), kind, duplicateOf));
    return this;
  }

  HandParsed published(String date) {
    published = Optional.of(date);
    return this;
  }

  private Span find(String words) {
    int at = text.indexOf(words);
    if (at < 0) {
      throw new IllegalArgumentException("'" + words + "' is not in '" + text + "'");
    }
    return new Span(at, at + words.length());
  }

  /** The document: one body paragraph over all its sentences, or one per sentence if told. */
  Doc doc() {
    List<Paragraph> blocks = new ArrayList<>();
    if (paragraphs.isEmpty()) {
      blocks.add(Paragraph.of(new Span(0, text.length()), Paragraph.Kind.BODY));
    } else {
      for (int s = 0; s < sentences.size(); s++) {
        blocks.add(
            paragraphs.getOrDefault(s, Paragraph.of(sentences.get(s).span(), Paragraph.Kind.BODY)));
      }
    }
    List<Entity> entities = new ArrayList<>();
    for (int e = 0; e < members.size(); e++) {
      Mention first = mentions.get(members.get(e).get(0));
      entities.add(new Entity(e, first.text(), first.type(), members.get(e)));
    }
    Doc doc =
        Doc.of(
            "hand-parsed",
            text.toString(),
            Metadata.empty().withPublished(published, Optional.empty()),
            blocks);
    return doc.withSyntax(sentences, tokens, dependencies)
        .withEntities(mentions, entities)
        .withTimes(times);
  }

  /** Actor codes by mention text (and by phrase text for arguments that are not mentions). */
  ActorCodes codes() {
    Map<String, String> byText = Map.copyOf(codes);
    return new ActorCodes() {
      @Override
      public Optional<String> codeOf(Doc doc, int mention) {
        return Optional.ofNullable(byText.get(doc.mentions().get(mention).text()));
      }

      @Override
      public Optional<String> codeOfPhrase(Doc doc, Span span) {
        return Optional.ofNullable(byText.get(doc.slice(span)));
      }
    };
  }

  /** The parse as the steps read it, with the bundled word lists. */
  EventParse parse() {
    return parse(false);
  }

  /** The parse, with PETRARCH agents composed with their country when {@code composeAgents}. */
  EventParse parse(boolean composeAgents) {
    return new EventParse(doc(), codes(), composeAgents, WordLists.bundled());
  }

  /** A lexicon of these lines ({@code code<TAB>pattern}) alone. */
  static EventLexicon lexicon(Path dir, String... lines) {
    try {
      Path file = dir.resolve("event-lexicon-test.tsv");
      Files.writeString(file, String.join("\n", lines) + "\n");
      return EventLexicon.empty().withFile(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
