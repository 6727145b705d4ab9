package org.herodotus.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.herodotus.doc.Attribution;
import org.herodotus.doc.Doc;
import org.herodotus.doc.Quote;
import org.herodotus.doc.Sentence;
import org.herodotus.doc.Span;
import org.herodotus.doc.Token;

/**
 * Assembles the quote layer's pieces into statements, the unit that attribution corpora such as
 * PolNeAR annotate: who said what, with the whole of what was said. A quote interrupted by its cue
 * ("“A,” she said. “B.”") is one statement; a quoted fragment takes in the words of its clause
 * ("Both parties “saw the town as a friend,” he said": the statement is the whole clause).
 */
public final class AttributionAssembler {

  private AttributionAssembler() {}

  /**
   * The article's statements from its quote layer. Echoes are not new statements and partial quotes
   * inside a reported clause belong to that clause's statement, so both are left out; direct quotes
   * with the same cue (a quote interrupted by "he said"), and a direct quote continuing the one
   * before it, are one statement spanning both parts; a quoted fragment is taken with the words of
   * its clause around it. See the README's output contract ({@code attributions}) for every rule.
   */
  public static List<Attribution> assemble(Doc doc) {
    List<Quote> quotes = doc.quotes();
    List<Piece> out = new ArrayList<>();
    Quote open = null;
    Span openSpan = null;
    int openAt = -1;
    Quote reported = null;
    int reportedAt = -1;
    for (Quote q : quotes) {
      if (q.kind() == Quote.Kind.ECHO) {
        continue;
      }
      if (q.kind() != Quote.Kind.INDIRECT && insideIndirect(q, quotes)) {
        continue;
      }
      if (q.kind() == Quote.Kind.PARTIAL && open == null && !out.isEmpty()) {
        Piece last = out.get(out.size() - 1);
        if (inList(doc, last, q)) {
          // "called them “losers” and “sad.”": a list of quoted fragments with one cue is one
          // statement; a fragment the one before already ran on over is inside it.
          Span whole =
              new Span(
                  last.content().start(),
                  Math.max(last.content().end(), runOn(doc, q, q.span()).end()));
          List<Integer> parts = new ArrayList<>(last.quotes());
          parts.add(quotes.indexOf(q));
          out.set(out.size() - 1, new Piece(whole, last.cue(), last.direct(), last.quote(), parts));
          open = null;
          openSpan = whole;
          openAt = out.size() - 1;
          reported = null;
          continue;
        }
      }
      boolean sameCue =
          q.cue().isPresent()
              && open != null
              && q.cue().equals(open.cue())
              && (endsAsStatement(doc, open) || openSpan.end() > open.span().end())
              && !clauseBetween(doc, openSpan.end(), q.span().start(), q.cue().get());
      boolean continues = q.cue().isEmpty() && q.rule().equals(Continuation.CONTINUES);
      boolean ranOn = open != null && openSpan.end() > open.span().end();
      if (q.kind() == Quote.Kind.DIRECT
          && open != null
          && (sameCue || continues)
          && (!ranOn || onlyCueBetween(doc, openSpan.end(), q.span().start(), open))) {
        // The last part may run on like a fragment ("“...” for the top bracket.").
        openSpan =
            new Span(openSpan.start(), Math.max(openSpan.end(), runOn(doc, q, q.span()).end()));
        // A title in quote marks between the two parts ("said on “Fox and Friends.” “...”") is
        // inside the one attribution.
        List<Integer> parts = new ArrayList<>(out.get(openAt).quotes());
        while (out.size() > openAt + 1) {
          parts.addAll(out.remove(out.size() - 1).quotes());
        }
        parts.add(quotes.indexOf(q));
        out.set(openAt, merged(open, openSpan, parts));
        continue;
      }
      if (q.kind() == Quote.Kind.DIRECT
          && q.cue().isEmpty()
          && (q.rule().equals(Uncued.RULE) || q.rule().equals(Continuation.GOES_ON))
          && reported != null
          && out.size() - 1 == reportedAt
          && nextSentence(doc, out.get(reportedAt).content(), q.span())) {
        // "The summit did “too little,” he added. “Without a change, Europe risks a lot.”": the
        // quote after a reported clause, with no cue of its own, goes on with it.
        Piece r = out.get(reportedAt);
        List<Integer> parts = new ArrayList<>(r.quotes());
        parts.add(quotes.indexOf(q));
        out.set(
            reportedAt,
            new Piece(
                new Span(r.content().start(), q.span().end()), r.cue(), false, r.quote(), parts));
        reported = null;
        continue;
      }
      if (open != null && q.kind() == Quote.Kind.PARTIAL && continuedAfter(q, quotes, open)) {
        out.add(piece(quotes, q, q.span()));
        continue;
      }
      reported = null;
      if (q.kind() == Quote.Kind.INDIRECT) {
        reported = q;
        reportedAt = out.size();
      }
      Span span = q.kind() == Quote.Kind.INDIRECT ? q.content() : q.span();
      Span lead = q.kind() == Quote.Kind.INDIRECT ? span : leadIn(doc, q);
      if (lead != span) {
        out.add(new Piece(lead, q.cue(), false, q, List.of(quotes.indexOf(q))));
        open = null;
        openSpan = lead;
        continue;
      }
      Span runOn = runOn(doc, q, span);
      Span back = runBack(doc, q, span);
      if (back != span) {
        Span whole = new Span(back.start(), runOn.end());
        out.add(new Piece(whole, q.cue(), false, q, List.of(quotes.indexOf(q))));
        // Open for the quote after its cue, as a run-on fragment is.
        open =
            q.kind() == Quote.Kind.DIRECT
                    && q.cue().filter(c -> c.start() >= whole.end()).isPresent()
                ? q
                : null;
        openSpan = whole;
        openAt = out.size() - 1;
        continue;
      }
      out.add(piece(quotes, q, runOn));
      // A fragment run on up to its cue stays open for the quote after the cue ("“...” of the
      // plan, she said. “...”").
      open =
          q.kind() == Quote.Kind.DIRECT
                  && (runOn == span || q.cue().filter(c -> c.start() >= runOn.end()).isPresent())
              ? q
              : null;
      openSpan = runOn;
      openAt = out.size() - 1;
    }
    List<Attribution> result = new ArrayList<>(out.size());
    for (Piece p : out) {
      result.add(
          new Attribution(p.content(), p.cue(), p.direct(), p.quote().speaker(), p.quotes()));
    }
    return result;
  }

  /** Only commas, "and" or "or" and an article between two quoted fragments of a list. */
  private static final Pattern LIST_BETWEEN =
      Pattern.compile("[\\s,]*(?:(?:and|or)\\s+)?(?:(?:a|an|the)\\s+)?");

  /**
   * Whether a partial quote goes on a list of quoted fragments the last piece holds: a partial
   * quote with the same cue, inside the piece already or after it with only list words between
   * ("“losers” and “sad.”", "a “nasty guy,” an “anchor baby,” “unstable” and “sick.”").
   */
  private static boolean inList(Doc doc, Piece last, Quote q) {
    if (last.quote().kind() != Quote.Kind.PARTIAL
        || q.cue().isEmpty()
        || !q.cue().equals(last.quote().cue())
        || q.span().start() < last.content().start()) {
      return false;
    }
    if (q.span().end() <= last.content().end()) {
      return true;
    }
    return q.span().start() >= last.content().end()
        && LIST_BETWEEN
            .matcher(doc.text().substring(last.content().end(), q.span().start()))
            .matches();
  }

  /** An attribution while it is assembled: the quote it starts from gives its speaker. */
  private record Piece(
      Span content, Optional<Span> cue, boolean direct, Quote quote, List<Integer> quotes) {}

  private static Piece piece(List<Quote> quotes, Quote q, Span span) {
    return new Piece(span, q.cue(), q.kind() == Quote.Kind.DIRECT, q, List.of(quotes.indexOf(q)));
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
    java.util.regex.Matcher that = THAT.matcher(gap);
    int last = -1;
    while (that.find()) {
      last = that.start();
    }
    if (last >= 0 && !hasVerb(doc, cue.end(), cue.end() + last)) {
      // "told reporters that “...”": the clause starts at its "that" (not in "said he was sure
      // that “...”", where the words before it are the clause's).
      return new Span(cue.end() + last, q.span().end());
    }
    if (RECIPIENT_CUE.matcher(doc.slice(cue)).lookingAt()) {
      // "told CNN “...”": the words between are whom it was said to.
      return q.span();
    }
    return new Span(start, q.span().end());
  }

  private static boolean hasVerb(Doc doc, int from, int to) {
    for (Token t : doc.tokens()) {
      if (t.span().start() >= from
          && t.span().end() <= to
          && (t.pos().startsWith("VB") || t.pos().equals("MD"))) {
        return true;
      }
    }
    return false;
  }

  private static final Pattern THAT = Pattern.compile("\\bthat\\b");

  /** Cues whose object is whom something was said to, not what. */
  private static final Pattern RECIPIENT_CUE =
      Pattern.compile(
          "(?i)(?:tell|told|assur|inform|remind|warn|ask|promis|urg|advis|notif)\\w*\\b");

  /**
   * Whether the words between a fragment run on up to its cue and the next quote are only the
   * speaker and the cue ("“...” of the plan, Mr. Roe said. “...”"), with no other verb ("she said,
   * referring to the bank's drive to “cross-sell.” “...”") or quote. A quote the fragment ran on
   * over is inside it already.
   */
  static boolean onlyCueBetween(Doc doc, int from, int to, Quote open) {
    if (from >= to) {
      return true;
    }
    String gap = doc.text().substring(from, to);
    if (QUOTE_MARKS.chars().anyMatch(c -> gap.indexOf(c) >= 0)
        || gap.contains("''")
        || open.cue().isEmpty()) {
      return false;
    }
    for (Token t : doc.tokens()) {
      if (t.span().start() >= from
          && t.span().end() <= to
          && !open.cue().get().contains(t.span())
          && (t.pos().startsWith("VB") || t.pos().equals("MD"))) {
        return false;
      }
    }
    return true;
  }

  private static final String QUOTE_MARKS = "\"\u201C\u201D";

  /**
   * Whether a partial quote stands between an open quote and the next direct quote that continues
   * it (a title: "said on “Fox and Friends.” “...”").
   */
  private static boolean continuedAfter(Quote partial, List<Quote> quotes, Quote open) {
    for (int i = quotes.indexOf(partial) + 1; i < quotes.size(); i++) {
      Quote next = quotes.get(i);
      if (next.kind() == Quote.Kind.DIRECT) {
        return (next.cue().isEmpty() && next.rule().equals(Continuation.CONTINUES))
            || (next.cue().isPresent() && next.cue().equals(open.cue()));
      }
    }
    return false;
  }

  /** A quote whose words end in punctuation ("“...,” she said"), as the first part of one does. */
  private static boolean endsAsStatement(Doc doc, Quote q) {
    String content = doc.slice(q.content()).strip();
    return !content.isEmpty() && ",.?!\u2026:;".indexOf(content.charAt(content.length() - 1)) >= 0;
  }

  /**
   * Whether the words between two quotes hold a clause of their own joined by a conjunction ("she
   * said, but Kevin was drifting off again, and as Trump went on about “...”"): then the two are
   * separate statements, not one quote interrupted by its cue. The cue itself is no such clause
   * ("“...,” Jane Roe, a fellow and a former mayor, said. “...”").
   */
  private static boolean clauseBetween(Doc doc, int from, int to, Span cue) {
    boolean conjunction = false;
    for (Token t : doc.tokens()) {
      if (t.span().start() < from || cue.contains(t.span())) {
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
  public static Span runOn(Doc doc, Quote q, Span span) {
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
    // Never end inside another quote ("... were “Mostly False.”").
    for (Quote other : doc.quotes()) {
      if (other.span().start() < end && end < other.span().end() && other.span().start() > close) {
        end = other.span().end();
      }
    }
    return end > close + 1 ? new Span(span.start(), end) : span;
  }

  /**
   * A quote whose clause begins before its opening mark ("Both parties “saw Burma as a friend,”",
   * "With thousands of systems, “there is no single point of failure,”"): the words of the quote's
   * clause before the mark, its subject or an opening phrase, which PolNeAR's content takes in. Not
   * when the cue or speaker stands among those words, which then introduce the quote. Else the
   * quote's own span.
   */
  public static Span runBack(Doc doc, Quote q, Span span) {
    if (q.kind() == Quote.Kind.INDIRECT) {
      return span;
    }
    List<Token> tokens = doc.tokens();
    int first = -1;
    int end = -1;
    for (int i = 0; i < tokens.size(); i++) {
      if (span.contains(tokens.get(i).span())) {
        if (first < 0) {
          first = i;
        }
        end = i + 1;
      }
    }
    if (first < 0) {
      return span;
    }
    int n = tokens.size();
    int[] head = new int[n];
    String[] rel = new String[n];
    java.util.Arrays.fill(head, -2);
    java.util.Arrays.fill(rel, "");
    List<List<Integer>> children = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      children.add(new ArrayList<>());
    }
    for (org.herodotus.doc.Dependency d : doc.dependencies()) {
      if (d.dependent() >= 0 && d.dependent() < n) {
        head[d.dependent()] = d.head();
        rel[d.dependent()] = d.relation();
        if (d.head() >= 0 && d.head() < n) {
          children.get(d.head()).add(d.dependent());
        }
      }
    }
    int from = first;
    for (int t = first; t < end; t++) {
      if (head[t] >= first && head[t] < end || head[t] == -2) {
        continue;
      }
      boolean verb = tokens.get(t).pos().startsWith("VB");
      for (int c : children.get(t)) {
        // A clause on a noun or adjective ("“terrorism is the answer.”").
        verb |= c >= first && (rel[c].equals("cop") || rel[c].startsWith("nsubj"));
      }
      for (int c : children.get(t)) {
        boolean subject = rel[c].startsWith("nsubj") || rel[c].startsWith("csubj");
        if ((verb || subject)
            && !rel[c].equals("case")
            && !rel[c].startsWith("cc")
            && c < first
            && !rel[c].equals("punct")
            && tokens.get(c).sentence() == tokens.get(first).sentence()) {
          from = Math.min(from, leftmost(c, children));
        }
      }
    }
    if (from == first) {
      return span;
    }
    Span lead = new Span(tokens.get(from).span().start(), span.start());
    if (q.cue().filter(lead::overlaps).isPresent()
        || q.speaker().filter(sp -> lead.overlaps(sp.mention())).isPresent()) {
      return span;
    }
    return new Span(lead.start(), span.end());
  }

  private static int leftmost(int i, List<List<Integer>> children) {
    int min = i;
    for (int c : children.get(i)) {
      min = Math.min(min, leftmost(c, children));
    }
    return min;
  }

  /** A quote and the ones joined to it; direct only while it starts at the opening mark. */
  private static Piece merged(Quote open, Span span, List<Integer> parts) {
    boolean direct = open.kind() == Quote.Kind.DIRECT && span.start() == open.span().start();
    return new Piece(span, open.cue(), direct, open, List.copyOf(parts));
  }

  /**
   * Whether {@code next} starts the sentence after the one {@code reported} ends in, in the same
   * paragraph.
   */
  private static boolean nextSentence(Doc doc, Span reported, Span next) {
    List<Sentence> sentences = doc.sentences();
    for (int i = 0; i + 1 < sentences.size(); i++) {
      Span s = sentences.get(i).span();
      if (s.start() < reported.end() && reported.end() <= s.end()) {
        Span after = sentences.get(i + 1).span();
        return after.start() <= next.start()
            && next.start() < after.end()
            && doc.text().substring(s.end(), next.start()).strip().isEmpty()
            && doc.text().substring(s.end(), next.start()).indexOf('\n') < 0;
      }
    }
    return false;
  }

  public static boolean insideIndirect(Quote q, List<Quote> quotes) {
    for (Quote other : quotes) {
      if (other.kind() == Quote.Kind.INDIRECT
          && other.content().contains(q.span())
          && (q.kind() == Quote.Kind.PARTIAL
              || q.cue().isEmpty()
              || q.cue().equals(other.cue())
              || !other.content().contains(q.cue().get()))) {
        return true;
      }
    }
    return false;
  }
}
