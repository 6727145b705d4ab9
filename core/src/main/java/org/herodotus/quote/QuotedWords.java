package org.herodotus.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.herodotus.doc.Quote;
import org.herodotus.doc.Span;

/**
 * The words between a pair of quote marks as the parse sees them: their tokens ({@code first} to
 * {@code end}, half open), the tokens among them whose heads lie outside ({@code tops}), and
 * whether they make a statement of their own ({@code clausal}: a direct quote) or are a fragment
 * inside a sentence (a partial quote).
 */
record QuotedWords(
    QuoteMarks.Marked marked, int first, int end, List<Integer> tops, boolean clausal) {

  /**
   * The quoted words of {@code m}; empty when it holds no token or is a nickname in a name ("Del.
   * Marcia “Cia” Price"), which is no quotation.
   *
   * <p>They are a statement when they run over two sentences, fill their sentence, hold a clause (a
   * subject, or a finite verb at their top whose clause does not go on after the closing mark) or
   * open their sentence ending in a comma, question or exclamation mark.
   */
  static Optional<QuotedWords> read(Article a, QuoteMarks.Marked m) {
    Parse parse = a.parse;
    int[] range = parse.tokensIn(m.inner());
    int first = range[0];
    int end = range[1];
    if (first >= end || nickname(a, m, first, end)) {
      return Optional.empty();
    }
    List<Integer> tops = new ArrayList<>();
    for (int i = first; i < end; i++) {
      int h = parse.head[i];
      if (!parse.isPunct(i) && (h < first || h >= end)) {
        tops.add(i);
      }
    }
    QuotedWords words = new QuotedWords(m, first, end, List.copyOf(tops), false);
    boolean multiSentence = parse.token(end - 1).sentence() != parse.token(first).sentence();
    boolean clausal =
        multiSentence
            || words.coversSentence(parse)
            || tops.stream().anyMatch(t -> words.isClause(parse, t))
            || words.opensSentenceAsStatement(a);
    return Optional.of(clausal ? words.asStatement() : words);
  }

  /** The same words taken as a statement of their own. */
  QuotedWords asStatement() {
    return new QuotedWords(marked, first, end, tops, true);
  }

  /** The kind of quote they make: direct for a statement, partial for a fragment. */
  Quote.Kind kind() {
    return clausal ? Quote.Kind.DIRECT : Quote.Kind.PARTIAL;
  }

  /** A quote of these words, nothing known yet of its cue or speaker. */
  Draft draft() {
    return Draft.of(marked.outer(), marked.inner(), kind());
  }

  /** The text from the first token to the last. */
  Span textSpan(Parse parse) {
    return parse.textSpan(first, end);
  }

  /** Whether token {@code i} is one of the quoted words. */
  boolean holds(int i) {
    return i >= first && i < end;
  }

  /**
   * Words a speech verb introduces that make a whole utterance though they hold no clause
   * ("Mexicans say, “Poor Mexico, so far from God.”", "said, “Not going into that.”", "chanted
   * “What curfew?”"): at least two words, opening with a capital, ending in a full stop, question
   * or exclamation mark, and not a title in title case.
   */
  boolean utterance(Article a) {
    Parse parse = a.parse;
    int last = end - 1;
    while (last > first && parse.isPunct(last) && !".?!".contains(parse.token(last).text())) {
      last--;
    }
    String lastWord = parse.token(last).text();
    int words = 0;
    for (int i = first; i < end; i++) {
      if (!parse.isPunct(i)) {
        words++;
      }
    }
    return words >= 2
        && (lastWord.equals(".") || lastWord.equals("?") || lastWord.equals("!"))
        && Character.isUpperCase(parse.token(first).text().charAt(0))
        && !TitleCase.isTitle(a, first, end);
  }

  /**
   * A nickname in quote marks inside a name ("Del. Marcia “Cia” Price"): one or two capitalized
   * words between two capitalized words, with no punctuation around them. Not a quotation.
   */
  private static boolean nickname(Article a, QuoteMarks.Marked m, int first, int end) {
    String text = a.text();
    int before = m.outer().start();
    int after = m.outer().end();
    if (end - first > 2
        || before < 2
        || after + 1 >= text.length()
        || text.charAt(before - 1) != ' '
        || text.charAt(after) != ' '
        || !Character.isUpperCase(text.charAt(after + 1))
        || !Character.isLetter(text.charAt(before - 2))) {
      return false;
    }
    for (int i = first; i < end; i++) {
      if (!Character.isUpperCase(a.parse.token(i).text().charAt(0))) {
        return false;
      }
    }
    int wordStart = before - 1;
    while (wordStart > 0 && Character.isLetter(text.charAt(wordStart - 1))) {
      wordStart--;
    }
    return Character.isUpperCase(text.charAt(wordStart));
  }

  /**
   * A quote that opens its sentence and ends in a comma, question or exclamation mark before the
   * sentence goes on ("“Wall Street's a cynical place,” said Tim Hess") is a statement of its own,
   * whatever the parse made of it.
   */
  private boolean opensSentenceAsStatement(Article a) {
    String inner = a.doc.slice(marked.inner());
    if (inner.isEmpty() || ",?!".indexOf(inner.charAt(inner.length() - 1)) < 0) {
      return false;
    }
    var sentence = a.parse.sentenceOf(first);
    return a.parse.firstNonPunct(sentence) == first && end < sentence.endToken() - 1;
  }

  private boolean coversSentence(Parse parse) {
    var sentence = parse.sentenceOf(first);
    for (int i = sentence.firstToken(); i < sentence.endToken(); i++) {
      if (!holds(i) && !parse.isPunct(i)) {
        return false;
      }
    }
    return true;
  }

  private boolean isClause(Parse parse, int top) {
    for (int c : parse.children.get(top)) {
      String r = parse.rel[c];
      if (!holds(c)) {
        continue;
      }
      if (r.startsWith("nsubj") || r.equals("expl") || r.startsWith("csubj")) {
        return true;
      }
    }
    String r = parse.rel[top];
    return parse.isVerb(top)
        && !parse.token(top).pos().equals("VBG")
        && !parse.token(top).pos().equals("VBN")
        && (r.equals("root") || r.equals("ccomp") || r.equals("parataxis"))
        && !goesOnAfter(parse, top);
  }

  /**
   * Whether the verb's clause goes on after the closing mark: "would “roll back” his health law"
   * quotes a fragment of the clause, not the clause.
   */
  private boolean goesOnAfter(Parse parse, int verb) {
    for (int c : parse.children.get(verb)) {
      if (c >= end && !parse.isPunct(c) && !Subjects.SUBJECT_RELATIONS.contains(parse.rel[c])) {
        String r = parse.rel[c];
        if (r.equals("obj")
            || r.equals("iobj")
            || r.equals("obl")
            || r.equals("xcomp")
            || r.equals("compound:prt")) {
          return true;
        }
      }
    }
    return false;
  }
}
