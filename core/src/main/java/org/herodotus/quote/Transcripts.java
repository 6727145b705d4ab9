package org.herodotus.quote;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.herodotus.doc.Doc;
import org.herodotus.doc.Paragraph;
import org.herodotus.doc.Span;
import org.herodotus.lexicon.WordLists;
import org.herodotus.read.ScrapedTextReader;

/**
 * Speaker labels: the turns of a transcript ("PENCE: Well, look, ..."), and a headline that names
 * its source before a colon ("Sanders: Clinton needs to ..."). Found from the text alone; who the
 * label names is for the quote layer to resolve.
 */
final class Transcripts {

  /**
   * One labelled statement: the label ("PENCE", "Pat Caddell"), the cue after it (the colon, or a
   * headline's verb), and what was said: to the end of the paragraph, and on over the paragraphs
   * that continue it.
   */
  record Labelled(Span label, Span cue, Span content, boolean headline) {
    /**
     * A headline whose claim is a quotation ("Berg: 'We Are Ready'"): the quote is found as one.
     */
    boolean quoted(String text) {
      return headline && QuoteMarks.isQuoteChar(text.charAt(content.start()));
    }
  }

  /** A turn: an optional opening mark, a label in capitals, a colon, the words. */
  private static final Pattern TURN =
      Pattern.compile(
          "([\"\u201C]?)\\s*([A-Z][A-Z'\u2019.\\-]*[A-Z.](?: [A-Z][A-Z'\u2019.\\-]*[A-Z.]){0,3}):"
              + "[ \u00A0]+(?=\\S)");

  /** A headline source: one to four capitalized words, a colon, the headline's claim. */
  private static final Pattern HEADLINE =
      Pattern.compile(
          "([A-Z][\\p{L}'\u2019.\\-]*(?: [A-Z][\\p{L}'\u2019.\\-]*){0,3}):[ \u00A0]+(?=\\S)");

  /** A headline source and its verb: "Obama Says Clinton Will Win" (title case, third person). */
  private static final Pattern HEADLINE_VERB =
      Pattern.compile(
          "([A-Z][\\p{L}'\u2019.\\-]*(?: [A-Z][\\p{L}'\u2019.\\-]*){0,3}?)"
              + " ([A-Z][a-z]+s) (?=\\S)");

  /** Labels in capitals that head page furniture, not a speaker's turn ("EDITOR'S NOTE"). */
  static final String NOT_SPEAKERS = "transcript-furniture-labels";

  /** Headline labels that are a section or a kind of story, not a source ("Analysis"). */
  static final String NOT_SOURCES = "headline-section-labels";

  /** A line of page furniture inside quoted paragraphs: "Follow Jane Doe on Twitter @jdoe". */
  private static final Pattern FURNITURE =
      Pattern.compile("(?:Follow|Contact|Email|Reach)\\b.{0,80}(?:Twitter|Facebook|Instagram|@)");

  private Transcripts() {}

  /**
   * The turns of the document's transcripts: at least two paragraphs open with a label in capitals
   * (an opening quote mark before it allowed), with two different labels or a label {@code
   * isSpeaker} accepts. A turn goes on over the paragraphs after it that open with a quote mark
   * when its own paragraph did, up to a stage direction ("(CROSSTALK)") or the next label.
   */
  static List<Labelled> turns(
      Doc doc, WordLists lists, java.util.function.Predicate<String> isSpeaker) {
    String text = doc.text();
    List<Paragraph> body = new ArrayList<>();
    for (Paragraph p : doc.paragraphs()) {
      if (p.kind() == Paragraph.Kind.BODY) {
        body.add(p);
      }
    }
    record Turn(int paragraph, Span label, Span colon, Span words, boolean marked) {}
    List<Turn> found = new ArrayList<>();
    Set<String> labels = new HashSet<>();
    boolean known = false;
    for (int i = 0; i < body.size(); i++) {
      Span ps = body.get(i).span();
      Matcher m = TURN.matcher(text).region(ps.start(), ps.end());
      if (!m.lookingAt() || lists.get(NOT_SPEAKERS).contains(m.group(2))) {
        continue;
      }
      Span label = new Span(m.start(2), m.end(2));
      found.add(
          new Turn(
              i,
              label,
              new Span(m.end(2), m.end(2) + 1),
              words(text, m.end(), ps.end(), !m.group(1).isEmpty()),
              !m.group(1).isEmpty()));
      labels.add(m.group(2));
      known |= isSpeaker.test(m.group(2));
    }
    if (found.size() < 2 || (labels.size() < 2 && !known)) {
      return List.of();
    }
    List<Labelled> out = new ArrayList<>();
    for (int t = 0; t < found.size(); t++) {
      Turn turn = found.get(t);
      int end = turn.words().end();
      int next = t + 1 < found.size() ? found.get(t + 1).paragraph() : body.size();
      for (int i = turn.paragraph() + 1; turn.marked() && i < next; i++) {
        Span ps = body.get(i).span();
        int first = skipBlank(text, ps.start(), ps.end());
        if (first >= ps.end() || !isOpeningMark(text.charAt(first))) {
          break;
        }
        Span words = words(text, first + 1, ps.end(), true);
        String said = words.slice(text);
        if (said.isEmpty()
            || said.charAt(0) == '('
            || said.charAt(0) == '['
            || FURNITURE.matcher(said).lookingAt()) {
          break;
        }
        end = words.end();
      }
      out.add(new Labelled(turn.label(), turn.colon(), new Span(turn.words().start(), end), false));
    }
    return out;
  }

  /**
   * The headline's source before a colon ("Pence: Gennifer Flowers Won't Be at Debate") or before a
   * speech verb in the third person ("Obama Says Clinton Will Win"; the verb is the cue), when the
   * words before the colon are a name {@code isSource} accepts. The claim may be a quotation
   * ({@link Labelled#quoted}). The claim leaves out the headline's closing full stop. A first
   * paragraph of one short line counts as the headline too: the reader takes a headline ending in a
   * full stop for prose.
   */
  static Optional<Labelled> headline(
      Doc doc,
      WordLists lists,
      java.util.function.Predicate<Span> isSource,
      java.util.function.Predicate<String> isSpeechVerb) {
    String text = doc.text();
    for (int i = 0; i < doc.paragraphs().size(); i++) {
      Paragraph p = doc.paragraphs().get(i);
      Span ps = p.span();
      boolean titleLine =
          i == 0
              && p.isProse()
              && ps.length() <= ScrapedTextReader.MAX_HEADLINE_CHARS
              && ps.slice(text).indexOf('\n') < 0;
      if (p.kind() != Paragraph.Kind.HEADLINE && !titleLine) {
        continue;
      }
      int first = skipBlank(text, ps.start(), ps.end());
      Matcher m = HEADLINE.matcher(text).region(first, ps.end());
      Span label;
      Span cue;
      int rest;
      if (m.lookingAt()) {
        label = new Span(m.start(1), m.end(1));
        cue = new Span(m.end(1), m.end(1) + 1);
        rest = m.end();
      } else {
        Matcher v = HEADLINE_VERB.matcher(text).region(first, ps.end());
        if (!v.lookingAt() || !speechVerb(v.group(2), isSpeechVerb)) {
          return Optional.empty();
        }
        label = new Span(v.start(1), v.end(1));
        cue = new Span(v.start(2), v.end(2));
        rest = v.end();
      }
      if (lists.get(NOT_SOURCES).contains(label.slice(text).toLowerCase(Locale.ROOT))
          || !isSource.test(label)) {
        return Optional.empty();
      }
      Span claim = words(text, rest, ps.end(), false);
      if (claim.end() > claim.start() && text.charAt(claim.end() - 1) == '.') {
        claim = new Span(claim.start(), claim.end() - 1);
      }
      return claim.isEmpty()
          ? Optional.empty()
          : Optional.of(new Labelled(label, cue, claim, true));
    }
    return Optional.empty();
  }

  /** A headline's verb in the third person ("Says", "Vows", "Denies") whose lemma is a cue. */
  private static boolean speechVerb(
      String word, java.util.function.Predicate<String> isSpeechVerb) {
    String w = word.toLowerCase(Locale.ROOT);
    return (w.endsWith("ies") && isSpeechVerb.test(w.substring(0, w.length() - 3) + "y"))
        || (w.endsWith("es") && isSpeechVerb.test(w.substring(0, w.length() - 2)))
        || isSpeechVerb.test(w.substring(0, w.length() - 1));
  }

  /**
   * The words from {@code start} to the paragraph's end, without trailing blanks, and without a
   * closing mark at the end when the paragraph opened with a mark.
   */
  private static Span words(String text, int start, int end, boolean opened) {
    int e = end;
    while (e > start && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    if (opened && e > start && (text.charAt(e - 1) == '"' || text.charAt(e - 1) == '\u201D')) {
      e--;
    }
    return new Span(start, e);
  }

  private static boolean isOpeningMark(char c) {
    return c == '"' || c == '\u201C';
  }

  private static int skipBlank(String text, int from, int end) {
    int i = from;
    while (i < end && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }
}
