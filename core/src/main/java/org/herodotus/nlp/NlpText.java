package org.herodotus.nlp;

import org.herodotus.doc.Doc;
import org.herodotus.doc.Paragraph;

/**
 * The text handed to the NLP engine: the same length as {@link Doc#text()}, so every offset the
 * engine reports is an offset into the document, but with everything that is not prose blanked out
 * (page furniture, photo credits, the whitespace between paragraphs) and the line breaks inside a
 * paragraph turned into spaces. Each paragraph then ends with a line break and the engine is told
 * that a line break ends a sentence: headlines, captions and body paragraphs never run together
 * into one sentence, while hard-wrapped lines inside a paragraph do not split one. Two apostrophes
 * used as a double quote mark become a curly mark and a space.
 */
final class NlpText {

  private NlpText() {}

  /** The text for the engine, and where over-long sentences were split. */
  record Prepared(String text, java.util.List<Integer> forcedBreaks) {}

  static String of(Doc doc) {
    return prepare(doc, Integer.MAX_VALUE).text();
  }

  /**
   * Prepares the text; a run of more than {@code maxWords} words with no sentence end is split at a
   * space (turned into a line break, which ends a sentence).
   */
  static Prepared prepare(Doc doc, int maxWords) {
    String text = doc.text();
    char[] out = new char[text.length()];
    java.util.Arrays.fill(out, ' ');
    for (Paragraph paragraph : doc.paragraphs()) {
      if (!paragraph.isProse()) {
        continue;
      }
      int start = paragraph.span().start();
      int end = paragraph.span().end();
      for (int i = start; i < end; i++) {
        char c = text.charAt(i);
        out[i] = (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') ? ' ' : c;
      }
      if (end < out.length) {
        out[end] = '\n';
      }
      curlTwoApostrophes(out, start, end);
    }
    doc.metadata()
        .captions()
        .forEach(
            caption ->
                caption
                    .creditSpan()
                    .ifPresent(
                        credit -> {
                          // The credit and its brackets are not part of the caption sentence.
                          int from = Math.max(caption.span().end(), 0);
                          for (int i = from; i < credit.end() + 1 && i < out.length; i++) {
                            if (out[i] != '\n') {
                              out[i] = ' ';
                            }
                          }
                        }));
    java.util.List<Integer> forced = new java.util.ArrayList<>();
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < out.length; i++) {
      char c = out[i];
      if (c == '\n'
          || ((c == '.' || c == '!' || c == '?') && (i + 1 == out.length || out[i + 1] == ' '))) {
        words = 0;
        inWord = false;
      } else if (Character.isWhitespace(c)) {
        if (inWord && words >= maxWords) {
          out[i] = '\n';
          forced.add(i);
          words = 0;
        }
        inWord = false;
      } else if (!inWord) {
        inWord = true;
        words++;
      }
    }
    return new Prepared(new String(out), forced);
  }

  /**
   * Two apostrophes standing for a double quote mark (''like this'', as newswire archives write it)
   * become one curly mark and a space, which the engine's tokenizer reads as an opening or a
   * closing quote instead of two apostrophes.
   */
  private static void curlTwoApostrophes(char[] out, int start, int end) {
    for (int i = start; i + 1 < end; i++) {
      if (out[i] != '\'' || out[i + 1] != '\'') {
        continue;
      }
      boolean blankBefore = i == start || " ([{\u2014\u2013-/".indexOf(out[i - 1]) >= 0;
      boolean wordAfter = i + 2 < end && !Character.isWhitespace(out[i + 2]);
      out[i] = blankBefore && wordAfter ? '\u201C' : '\u201D';
      out[i + 1] = ' ';
      i++;
    }
  }
}
