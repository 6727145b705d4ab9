package org.herodotus.quote;

import java.util.List;
import org.herodotus.doc.Doc;
import org.herodotus.doc.Span;
import org.herodotus.lexicon.SpeechVerbs;
import org.herodotus.lexicon.WordLists;

/**
 * The article the quote steps read, with what they look up in it: its parse as arrays, its quote
 * marks paired, the speech verbs and word lists, and the speakers and roles found so far (cached).
 * It is read, never changed by the steps; what they build is a {@link Draft}.
 */
final class Article {

  final Doc doc;
  final Parse parse;
  final List<QuoteMarks.Marked> marks;
  final SpeechVerbs verbs;
  final WordLists words;
  final Roles roles;
  final Speakers speakers;

  Article(Doc doc, SpeechVerbs verbs, WordLists words) {
    this.doc = doc;
    this.parse = new Parse(doc);
    this.marks = QuoteMarks.find(doc);
    this.verbs = verbs;
    this.words = words;
    this.roles = new Roles(doc, parse, words);
    this.speakers = new Speakers(this);
  }

  String text() {
    return doc.text();
  }

  /**
   * Whether token {@code i} is a verb whose lemma is a speech verb ({@code speech-verbs.tsv}), or a
   * thought verb too when {@code thoughtToo}.
   */
  boolean isSpeechVerb(int i, boolean thoughtToo) {
    var token = parse.token(i);
    if (!token.pos().startsWith("VB")) {
      return false;
    }
    return verbs
        .byLemma(token.lemma())
        .map(e -> thoughtToo || e.verbClass() == SpeechVerbs.VerbClass.SPEECH)
        .orElse(false);
  }

  /** Whether token {@code i}'s lemma is a verb of reported thought ("believe"). */
  boolean isThoughtVerb(int i) {
    return verbs
        .byLemma(parse.token(i).lemma())
        .map(e -> e.verbClass() == SpeechVerbs.VerbClass.THOUGHT)
        .orElse(false);
  }

  /** Whether token {@code i}'s lemma is a verb whose object is what was said ("announce"). */
  boolean objectIsContent(int i) {
    return verbs
        .byLemma(parse.token(i).lemma())
        .map(SpeechVerbs.Entry::objectIsContent)
        .orElse(false);
  }

  /** Whether token {@code i} lies between a pair of quote marks. */
  boolean insideMarks(int token) {
    Span s = parse.token(token).span();
    for (QuoteMarks.Marked m : marks) {
      if (m.inner().contains(s)) {
        return true;
      }
    }
    return false;
  }
}
