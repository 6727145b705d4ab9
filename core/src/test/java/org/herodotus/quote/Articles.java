package org.herodotus.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.herodotus.Herodotus;
import org.herodotus.doc.Doc;
import org.herodotus.doc.Span;
import org.herodotus.lexicon.SpeechVerbs;
import org.herodotus.lexicon.WordLists;

/** Articles of our own sentences for the quote steps' tests, parsed by the shared pipeline. */
final class Articles {

  private Articles() {}

  /** The article of {@code text} with the bundled word lists. */
  static Article of(String text) {
    return of(text, WordLists.bundled());
  }

  static Article of(String text, WordLists words) {
    Doc doc = Herodotus.pipeline().analyze("steps", text);
    return new Article(doc, SpeechVerbs.bundled(), words);
  }

  /** The first quote mark pairing whose words hold {@code words}. */
  static QuoteMarks.Marked marked(Article a, String words) {
    List<QuoteMarks.Marked> found =
        a.marks.stream().filter(m -> a.doc.slice(m.inner()).contains(words)).toList();
    assertThat(found).as("quote marks around '%s'", words).isNotEmpty();
    return found.get(0);
  }

  /** The quoted words of the first quote mark pairing that holds {@code words}. */
  static QuotedWords quoted(Article a, String words) {
    return QuotedWords.read(a, marked(a, words)).orElseThrow();
  }

  /** The first token whose text is {@code word}. */
  static int token(Article a, String word) {
    return token(a, word, 0);
  }

  /** The first token whose text is {@code word} from character {@code from} on. */
  static int token(Article a, String word, int from) {
    for (int i = 0; i < a.parse.tokens.size(); i++) {
      if (a.parse.token(i).text().equals(word) && a.parse.token(i).span().start() >= from) {
        return i;
      }
    }
    throw new AssertionError("no token '" + word + "' in " + a.text());
  }

  /** The span of the first occurrence of {@code words} in the text. */
  static Span span(Article a, String words) {
    return span(a.text(), words);
  }

  static Span span(String text, String words) {
    int at = text.indexOf(words);
    assertThat(at).as("'%s' in the text", words).isNotNegative();
    return new Span(at, at + words.length());
  }

  /** A quote of the words {@code q} as the chain starts it. */
  static Draft draft(QuotedWords q) {
    return q.draft();
  }
}
