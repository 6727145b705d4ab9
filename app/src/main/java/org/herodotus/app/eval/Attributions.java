package org.herodotus.app.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.herodotus.doc.Doc;
import org.herodotus.doc.Quote;
import org.herodotus.doc.Sentence;
import org.herodotus.doc.Span;
import org.herodotus.doc.Speaker;
import org.herodotus.doc.Token;
import org.herodotus.nlp.CoreNlpQuoteBaseline.BaselineQuote;

/** Turns each system's output into {@link Attribution}s, the unit PolNeAR annotates. */
public final class Attributions {

  private Attributions() {}

  /**
   * Our quote layer as attributions. Echoes are not new statements and partial quotes inside a
   * reported clause belong to that clause's attribution, so both are left out; direct quotes with
   * the same cue (a quote interrupted by "he said"), and a direct quote continuing the one before
   * it, are one attribution spanning both parts, as PolNeAR annotates them.
   */
  public static List<Attribution> ours(Doc doc) {
    List<Quote> quotes = doc.quotes();
    List<Attribution> out = new ArrayList<>();
    Quote open = null;
    Span openSpan = null;
    for (Quote q : quotes) {
      if (q.kind() == Quote.Kind.ECHO) {
        continue;
      }
      if (q.kind() == Quote.Kind.PARTIAL && insideIndirect(q, quotes)) {
        continue;
      }
      boolean sameCue =
          q.cue().isPresent()
              && open != null
              && q.cue().equals(open.cue())
              && endsAsStatement(doc, open)
              && !clauseBetween(doc, openSpan.end(), q.span().start());
      boolean continues = q.cue().isEmpty() && q.rule().startsWith("continues");
      if (q.kind() == Quote.Kind.DIRECT && open != null && (sameCue || continues)) {
        openSpan = new Span(openSpan.start(), Math.max(openSpan.end(), q.span().end()));
        out.set(out.size() - 1, attribution(doc, open, openSpan));
        continue;
      }
      Span span = q.kind() == Quote.Kind.INDIRECT ? q.content() : q.span();
      Span lead = q.kind() == Quote.Kind.INDIRECT ? span : leadIn(doc, q);
      if (lead != span) {
        out.add(new Attribution(lead, q.cue(), false, attribution(doc, q, span).speakerSpans()));
        open = null;
        openSpan = lead;
        continue;
      }
      Span runOn = runOn(doc, q, span);
      out.add(attribution(doc, q, runOn));
      open = q.kind() == Quote.Kind.DIRECT && runOn == span ? q : null;
      openSpan = span;
    }
    return out;
  }

  /**
   * A quote its cue runs straight into, with words but no comma or colon between ("said that
   * “...”", "called the plan “a disaster”"): PolNeAR's content starts right after the cue. Else the
   * quote's own span.
   */
  private static Span leadIn(Doc doc, Quote q) {
    if (q.cue().isEmpty() || q.cue().get().end() >= q.span().start()) {
      return q.span();
    }
    Span cue = q.cue().get();
    String gap = doc.text().substring(cue.end(), q.span().start());
    String words = gap.strip();
    if (words.isEmpty()
        || gap.length() > 60
        || !Character.isWhitespace(gap.charAt(gap.length() - 1))
        || ",:;.!?\"\u201C\u201D\u2014\u2015\n".chars().anyMatch(c -> words.indexOf(c) >= 0)) {
      return q.span();
    }
    int start = cue.end() + (gap.length() - gap.stripLeading().length());
    return new Span(start, q.span().end());
  }

  /** A quote whose words end in punctuation ("“...,” she said"), as the first part of one does. */
  private static boolean endsAsStatement(Doc doc, Quote q) {
    String content = doc.slice(q.content()).strip();
    return !content.isEmpty() && ",.?!\u2026:;".indexOf(content.charAt(content.length() - 1)) >= 0;
  }

  /**
   * Whether the words between two quotes hold a clause of their own joined by a conjunction ("she
   * said, but Kevin was drifting off again, and as Trump went on about “...”"): then the two are
   * separate statements, not one quote interrupted by its cue.
   */
  private static boolean clauseBetween(Doc doc, int from, int to) {
    boolean conjunction = false;
    for (Token t : doc.tokens()) {
      if (t.span().start() < from) {
        continue;
      }
      if (t.span().end() > to) {
        break;
      }
      if (t.pos().equals("CC")) {
        conjunction = true;
      } else if (conjunction
          && (t.pos().equals("VBD") || t.pos().equals("VBZ") || t.pos().equals("VBP"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A quoted fragment that the sentence runs on from in unquoted words ("“Trump exaggerates” the
   * level of youth unemployment, she said"): PolNeAR's content goes on to the end of that clause,
   * which ends at the sentence's end, a dash or semicolon, or where the speaker or cue of the quote
   * begins. A quote ending in punctuation (a finished statement) or followed by a capital or a mark
   * does not run on.
   */
  static Span runOn(Doc doc, Quote q, Span span) {
    String text = doc.text();
    int close = span.end();
    if (q.kind() == Quote.Kind.INDIRECT
        || span.length() < 3
        || close + 1 >= text.length()
        || text.charAt(close) != ' '
        || !Character.isLowerCase(text.charAt(close + 1))
        || ",.?!;:\u2026".indexOf(text.charAt(close - (text.startsWith("''", close - 2) ? 3 : 2)))
            >= 0) {
      return span;
    }
    for (Token t : doc.tokens()) {
      if (t.span().start() > close) {
        // The quote as the subject of the verb after it ("“American Skin” was written by ...").
        if (t.pos().startsWith("VB") || t.pos().equals("MD")) {
          return span;
        }
        break;
      }
    }
    int end = -1;
    for (Sentence s : doc.sentences()) {
      if (s.span().start() < close && close < s.span().end()) {
        end = s.span().end();
        break;
      }
    }
    if (end < 0) {
      return span;
    }
    List<Span> stops = new ArrayList<>();
    q.cue().ifPresent(stops::add);
    q.speaker().ifPresent(sp -> stops.add(sp.mention()));
    for (Span stop : stops) {
      if (stop.start() >= close && stop.start() < end) {
        end = stop.start();
        int comma = text.lastIndexOf(',', end);
        if (comma > close && text.substring(comma + 1, end).strip().split("\\s+").length <= 5) {
          end = comma;
        }
      }
    }
    for (String mark : List.of(" - ", " \u2014", " \u2015", " \u2013", ";", "\n")) {
      int at = text.indexOf(mark, close);
      if (at >= 0 && at < end) {
        end = at;
      }
    }
    while (end > close && ",.;: \u00A0".indexOf(text.charAt(end - 1)) >= 0) {
      end--;
    }
    return end > close + 1 ? new Span(span.start(), end) : span;
  }

  private static Attribution attribution(Doc doc, Quote q, Span span) {
    List<Span> speaker = new ArrayList<>();
    q.speaker()
        .ifPresent(
            s -> {
              speaker.add(s.mention());
              speaker.addAll(entitySpans(doc, s));
            });
    return new Attribution(span, q.cue(), q.kind() == Quote.Kind.DIRECT, speaker);
  }

  private static List<Span> entitySpans(Doc doc, Speaker s) {
    List<Span> out = new ArrayList<>();
    if (s.entity() >= 0 && s.entity() < doc.entities().size()) {
      for (int m : doc.entities().get(s.entity()).mentions()) {
        out.add(doc.mentions().get(m).span());
      }
    }
    return out;
  }

  private static boolean insideIndirect(Quote q, List<Quote> quotes) {
    for (Quote other : quotes) {
      if (other.kind() == Quote.Kind.INDIRECT && other.content().contains(q.span())) {
        return true;
      }
    }
    return false;
  }

  /** CoreNLP's quotes: every quote counts as a direct quote with no cue. */
  public static List<Attribution> baseline(List<BaselineQuote> quotes) {
    List<Attribution> out = new ArrayList<>();
    for (BaselineQuote q : quotes) {
      List<Span> speaker = new ArrayList<>();
      q.speaker().ifPresent(speaker::add);
      speaker.addAll(q.speakerChain());
      out.add(new Attribution(q.span(), Optional.empty(), true, speaker));
    }
    return out;
  }

  /**
   * An annotator's attributions scored as a system's, for agreement between annotators: the
   * content, cue and direct flag as annotated, the Source span as the speaker.
   */
  public static List<Attribution> fromGold(List<Brat.Gold> annotation) {
    List<Attribution> out = new ArrayList<>();
    for (Brat.Gold g : annotation) {
      out.add(new Attribution(g.content(), g.cue(), g.direct(), g.source().stream().toList()));
    }
    return out;
  }
}
