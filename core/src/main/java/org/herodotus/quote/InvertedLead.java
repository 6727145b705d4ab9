package org.herodotus.quote;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.herodotus.doc.Span;

/**
 * A sentence that opens with an inverted speech verb and its speaker, then the quote ("Said Jane
 * Doe, the mayor: “...”"; the speaker starts with a capital, so "Asked about it, ..." is not one):
 * the parser reads the capitalized verb as part of the name, so no cue is found otherwise. The
 * verbs are the list {@value #VERBS}. Rule: {@value #RULE}.
 */
final class InvertedLead {

  static final String RULE = "inverted speech verb opening the sentence";

  /** Past forms of speech verbs that open a sentence before their speaker ("said", "asked"). */
  static final String VERBS = "inverted-lead-verbs";

  /** A capitalized word, the speaker, an optional description, a colon or comma: the quote. */
  private static final Pattern LEAD =
      Pattern.compile(
          "\\s*([A-Z][a-z]+)"
              + "\\s+([A-Z][^:;,\"\u201C\u201D]{0,60}?)(?:,[^:;\"\u201C\u201D]{0,80})?\\s*[:,]\\s*");

  private InvertedLead() {}

  static Optional<Draft> find(Article a, QuotedWords q, Draft d) {
    QuoteMarks.Marked m = q.marked();
    int sentence = a.doc.sentenceAt(m.outer().start());
    if (sentence < 0) {
      return Optional.empty();
    }
    int start = a.doc.sentences().get(sentence).span().start();
    Matcher lead = LEAD.matcher(a.text().substring(start, m.outer().start()));
    if (!lead.matches()
        || !a.words.get(VERBS).contains(lead.group(1).toLowerCase(java.util.Locale.ROOT))) {
      return Optional.empty();
    }
    Span verb = new Span(start + lead.start(1), start + lead.end(1));
    Span name = new Span(start + lead.start(2), start + lead.end(2));
    return Optional.of(d.named(verb, a.speakers.named(name), RULE));
  }
}
