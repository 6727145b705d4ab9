package org.herodotus.entity;

import org.herodotus.doc.Span;
import org.herodotus.doc.TimeExpression;

/**
 * Step 3 of the {@link EntityResolver}: mention spans lose a leading conjunction or punctuation
 * ("and Armenia"), trailing punctuation or possessive marker, and a time expression at their end
 * with its preposition ("the city of Yevlakh on Thursday"): those belong to the clause.
 */
final class SpanTrimming implements EntityStep {

  @Override
  public void apply(EntityDraft draft) {
    Syntax syntax = draft.syntax();
    for (DraftMention m : draft.mentions()) {
      int[] r = syntax.tokenRange(m.span);
      int first = r[0];
      int end = r[1];
      while (first < end - 1 && ParseLabels.LEADING_JUNK_TAGS.contains(syntax.pos(first))) {
        first++;
      }
      while (end - 1 > first && ParseLabels.TRAILING_JUNK_TAGS.contains(syntax.pos(end - 1))) {
        end--;
      }
      if (first >= end) {
        continue;
      }
      Span trimmed =
          new Span(syntax.token(first).span().start(), syntax.token(end - 1).span().end());
      for (TimeExpression time : draft.doc().times()) {
        if (trimmed.contains(time.span()) && time.span().start() > trimmed.start()) {
          int[] tr = syntax.tokenRange(time.span());
          int cut = tr[0];
          if (cut - 1 > first && syntax.pos(cut - 1).equals("IN")) {
            cut--;
          }
          if (cut > first) {
            trimmed = new Span(trimmed.start(), syntax.token(cut - 1).span().end());
          }
        }
      }
      m.span = trimmed;
      if (m.name != null && !trimmed.contains(m.name)) {
        m.name = trimmed;
      }
    }
  }
}
