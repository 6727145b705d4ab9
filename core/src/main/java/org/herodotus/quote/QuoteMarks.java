package org.herodotus.quote;

import java.util.ArrayList;
import java.util.List;
import org.herodotus.doc.Doc;
import org.herodotus.doc.Paragraph;
import org.herodotus.doc.Span;

/**
 * Pairs quotation marks over a document's prose paragraphs.
 *
 * <ul>
 *   <li>Double quotes: curly (“ ”), low (\u201E), guillemets (« ») and straight (" and two
 *       apostrophes ''), the straight ones paired in order within a paragraph. An opening mark
 *       typed at the end of a word ("were “Mostly False.“") closes an open quote.
 *   <li>A quote left open at the end of a paragraph continues when the next prose paragraph opens
 *       with a quote mark (the newspaper convention for quotes running over several paragraphs);
 *       otherwise it closes at the end of its paragraph. A straight mark opening after a full stop
 *       while a quote is open is such a reopening mark in text that ran the paragraphs together:
 *       the open quote ends before it.
 *   <li>Single quotes (‘ ’ and ') only in headlines, where they stand for double quotes, and curly
 *       ‘ ’ pairs in the body when the opening mark starts a word, the closing one ends a word, and
 *       the pair is not inside a double quote (an apostrophe never opens a quote).
 * </ul>
 */
final class QuoteMarks {

  /** One quotation: {@code outer} includes the marks, {@code inner} is what they enclose. */
  record Marked(Span outer, Span inner, boolean single, boolean closed) {}

  private QuoteMarks() {}

  static boolean isDoubleOpen(char c) {
    return c == '\u201C' || c == '\u201E' || c == '\u00AB';
  }

  static boolean isDoubleClose(char c) {
    return c == '\u201D' || c == '\u00BB';
  }

  static boolean isQuoteChar(char c) {
    return isDoubleOpen(c)
        || isDoubleClose(c)
        || c == '"'
        || c == '\u2018'
        || c == '\u2019'
        || c == '\'';
  }

  static List<Marked> find(Doc doc) {
    String text = doc.text();
    List<Paragraph> prose = new ArrayList<>();
    for (Paragraph p : doc.paragraphs()) {
      if (p.isProse()) {
        prose.add(p);
      }
    }
    List<Marked> result = new ArrayList<>();
    int open = -1;
    for (int pi = 0; pi < prose.size(); pi++) {
      Paragraph paragraph = prose.get(pi);
      Span ps = paragraph.span();
      int from = ps.start();
      if (open >= 0) {
        // Continuing from the paragraph before: skip the reopening mark.
        int first = skipBlank(text, ps.start(), ps.end());
        from = first + Math.max(1, straightWidth(text, first, ps.end()));
      }
      for (int i = from; i < ps.end(); i++) {
        char c = text.charAt(i);
        int straight = straightWidth(text, i, ps.end());
        if (isDoubleOpen(c) && open >= 0 && closesAfterWord(text, i, ps)) {
          // An opening mark typed for the closing one ("were “Mostly False.“").
          add(result, text, open, i + 1, false, true);
          open = -1;
        } else if (isDoubleOpen(c)) {
          open = i;
        } else if (isDoubleClose(c)) {
          if (open >= 0) {
            add(result, text, open, i + 1, false, true);
            open = -1;
          }
        } else if (straight > 0) {
          if (open >= 0 && !opensHere(text, i, straight, ps)) {
            add(result, text, open, i + straight, false, true);
            open = -1;
          } else {
            // Opens here; a straight mark that opens while one is open means the earlier one
            // was never closed. After a full stop it is the reopening mark of a paragraph that
            // the text ran into this one (“...drinking. "But that whole side ...”): the earlier
            // quote ends there.
            if (open >= 0 && endsSentence(text, open, i)) {
              add(result, text, open, trimEnd(text, open, i), false, false);
            }
            open = i;
          }
          i += straight - 1;
        }
      }
      if (open >= 0) {
        Paragraph next = pi + 1 < prose.size() ? prose.get(pi + 1) : null;
        boolean continues = false;
        if (next != null) {
          int first = skipBlank(text, next.span().start(), next.span().end());
          // The reopening mark must be of the same family as the one left open: a stray
          // straight mark never swallows the curly quotes of the paragraphs after it.
          continues =
              first < next.span().end()
                  && (straightWidth(text, open, ps.end()) > 0
                      ? straightWidth(text, first, next.span().end()) > 0
                      : isDoubleOpen(text.charAt(first)));
        }
        if (!continues) {
          int end = trimEnd(text, ps.start(), ps.end());
          if (end > open + 1) {
            add(result, text, open, end, false, false);
          }
          open = -1;
        }
      }
    }
    singles(doc, prose, result);
    result.sort((a, b) -> a.outer().compareTo(b.outer()));
    return result;
  }

  /**
   * The width of a straight double quote mark at {@code i}: 1 for {@code "}, 2 for two apostrophes
   * {@code ''} (the mark of some newswire archives, the New York Times' among them), 0 for anything
   * else.
   */
  static int straightWidth(String text, int i, int end) {
    if (i >= end) {
      return 0;
    }
    char c = text.charAt(i);
    if (c == '"') {
      return 1;
    }
    return c == '\'' && i + 1 < end && text.charAt(i + 1) == '\'' ? 2 : 0;
  }

  /**
   * A mark that ends a word, standing after a letter, digit or punctuation and before a blank, a
   * punctuation mark or the paragraph's end, closes the quote even when it is an opening one.
   */
  private static boolean closesAfterWord(String text, int i, Span paragraph) {
    if (i == paragraph.start() || Character.isWhitespace(text.charAt(i - 1))) {
      return false;
    }
    int next = i + 1;
    return next >= paragraph.end()
        || Character.isWhitespace(text.charAt(next))
        || ".,;:!?)".indexOf(text.charAt(next)) >= 0;
  }

  /** A straight double quote opens when it stands before a word and after a blank or a bracket. */
  private static boolean opensHere(String text, int i, int width, Span paragraph) {
    int next = i + width;
    boolean before =
        i == paragraph.start() || " \t([{\u2014\u2013-/".indexOf(text.charAt(i - 1)) >= 0;
    boolean after = next < paragraph.end() && !Character.isWhitespace(text.charAt(next));
    boolean afterPunct = next < paragraph.end() && ".,;:!?)".indexOf(text.charAt(next)) >= 0;
    return before && after && !afterPunct;
  }

  private static void singles(Doc doc, List<Paragraph> prose, List<Marked> doubles) {
    String text = doc.text();
    List<Marked> found = new ArrayList<>();
    for (Paragraph paragraph : prose) {
      boolean headline = paragraph.kind() == Paragraph.Kind.HEADLINE;
      Span ps = paragraph.span();
      int open = -1;
      for (int i = ps.start(); i < ps.end(); i++) {
        char c = text.charAt(i);
        boolean curlyOpen = c == '\u2018';
        boolean straight = c == '\'';
        boolean closeChar = c == '\u2019' || straight;
        boolean wordBefore = i > ps.start() && Character.isLetterOrDigit(text.charAt(i - 1));
        boolean wordAfter = i + 1 < ps.end() && Character.isLetterOrDigit(text.charAt(i + 1));
        if (open < 0 && (curlyOpen || (straight && headline)) && !wordBefore && wordAfter) {
          open = i;
        } else if (open >= 0 && closeChar && !wordAfter && i > open + 1) {
          boolean punctBefore = ".,!?".indexOf(text.charAt(i - 1)) >= 0;
          if (wordBefore || punctBefore) {
            if (headline || !insideAny(doubles, open) && text.charAt(open) == '\u2018') {
              found.add(marked(text, open, i + 1, true, true));
            }
            open = -1;
          }
        }
      }
    }
    for (Marked m : found) {
      if (m.inner().length() > 0) {
        doubles.add(m);
      }
    }
  }

  private static boolean insideAny(List<Marked> quotes, int offset) {
    for (Marked m : quotes) {
      if (m.outer().contains(offset)) {
        return true;
      }
    }
    return false;
  }

  private static void add(
      List<Marked> result, String text, int start, int end, boolean single, boolean closed) {
    Marked m = marked(text, start, end, single, closed);
    if (m.inner().length() > 0) {
      result.add(m);
    }
  }

  private static Marked marked(String text, int start, int end, boolean single, boolean closed) {
    int innerStart = start + Math.max(1, straightWidth(text, start, end));
    int innerEnd = closed ? end - (end - 2 > start && text.startsWith("''", end - 2) ? 2 : 1) : end;
    // Inner paragraphs' reopening marks stay inside; trim blanks at both ends.
    while (innerStart < innerEnd && Character.isWhitespace(text.charAt(innerStart))) {
      innerStart++;
    }
    while (innerEnd > innerStart && Character.isWhitespace(text.charAt(innerEnd - 1))) {
      innerEnd--;
    }
    return new Marked(new Span(start, end), new Span(innerStart, innerEnd), single, closed);
  }

  /** Whether the text before {@code i} ends a sentence: ". ", "? " or "! " with no mark. */
  private static boolean endsSentence(String text, int open, int i) {
    int e = trimEnd(text, open, i);
    return e < i && e > open + 1 && ".?!".indexOf(text.charAt(e - 1)) >= 0;
  }

  private static int skipBlank(String text, int from, int end) {
    int i = from;
    while (i < end && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int trimEnd(String text, int start, int end) {
    int e = end;
    while (e > start && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    return e;
  }
}
