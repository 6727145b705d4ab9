package org.herodotus.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.herodotus.doc.Quote;
import org.herodotus.doc.Span;

/**
 * Reported speech (indirect quotes), outside the direct quotes: for each speech or thought verb,
 * its clausal complement ("He said Baku was ready"; rule {@value #COMPLEMENT}), or the object of a
 * verb whose object is what was said ("announced an end to its offensive"; rule {@value #OBJECT});
 * a cue set into the clause it reports is {@link ParentheticalCue}'s, "according to X" is {@link
 * AccordingTo}'s. A thought verb needs a subject.
 */
final class ReportedSpeech {

  static final String COMPLEMENT = "clausal complement of a speech verb";
  static final String OBJECT = "object of a verb whose object is what was said";

  private ReportedSpeech() {}

  /** The reported speech of the article, the quotes found so far {@code marked}. */
  static List<Draft> find(Article a, List<Draft> marked) {
    Parse parse = a.parse;
    List<Draft> out = new ArrayList<>();
    for (int v = 0; v < parse.tokens.size(); v++) {
      if (insideDirect(parse, v, marked)) {
        continue;
      }
      Optional<Cue> according = AccordingTo.at(parse, v);
      if (according.isPresent()) {
        AccordingTo.reported(a, v, according.get(), marked).ifPresent(out::add);
        continue;
      }
      if (!a.isSpeechVerb(v, true) || !parse.isVerb(v)) {
        continue;
      }
      int complement = complementOf(a, v);
      String rule = COMPLEMENT;
      if (complement < 0 && a.objectIsContent(v)) {
        complement = parse.child(v, "obj");
        rule = OBJECT;
      }
      if (complement < 0 && ParentheticalCue.is(a, v)) {
        ParentheticalCue.find(a, v, marked).ifPresent(out::add);
        continue;
      }
      if (complement < 0 || insideDirect(parse, complement, marked)) {
        continue;
      }
      if (a.isThoughtVerb(v) && Subjects.of(a, v) < 0) {
        continue;
      }
      Span content = clauseSpan(a, complement);
      if (content == null) {
        continue;
      }
      out.add(reported(a, v, content, rule));
    }
    return out;
  }

  /** Reported speech {@code content} with the cue verb {@code v}, found by {@code rule}. */
  static Draft reported(Article a, int v, Span content, String rule) {
    Cue cue = Cue.verb(a.parse, v, rule);
    return Draft.of(content, content, Quote.Kind.INDIRECT)
        .cued(cue, a.speakers.of(cue, Quote.Kind.INDIRECT, content));
  }

  /** A clause under a speech verb: ccomp, or xcomp/parataxis/dep with a subject of its own. */
  static int complementOf(Article a, int v) {
    Parse parse = a.parse;
    int ccomp = parse.child(v, "ccomp");
    if (ccomp >= 0) {
      return ccomp;
    }
    for (int c : parse.children.get(v)) {
      String r = parse.rel[c];
      if ((r.equals("xcomp") || r.equals("dep")) && parse.isVerb(c) && Subjects.direct(a, c) >= 0) {
        return c;
      }
    }
    return -1;
  }

  private static boolean insideDirect(Parse parse, int token, List<Draft> marked) {
    Span s = parse.token(token).span();
    for (Draft d : marked) {
      if (d.kind() == Quote.Kind.DIRECT && d.span().contains(s)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The span of a reported clause, without a trailing speech participle and end punctuation, and
   * with the whole of a quote it opens or closes; null when the clause has no token.
   */
  static Span clauseSpan(Article a, int complement) {
    Parse parse = a.parse;
    List<Integer> tokens =
        parse.subtree(
            complement,
            c ->
                (parse.rel[c].equals("dep")
                        || parse.rel[c].equals("advcl")
                        || parse.rel[c].equals("parataxis")
                        || parse.rel[c].equals("conj"))
                    && parse.token(c).pos().equals("VBG")
                    && a.isSpeechVerb(c, false));
    if (tokens.isEmpty()) {
      return null;
    }
    int first = tokens.get(0);
    int last = tokens.get(tokens.size() - 1);
    // Keep the tokens contiguous: stop before a gap (a skipped participle clause).
    for (int k = 1; k < tokens.size(); k++) {
      if (tokens.get(k) != tokens.get(k - 1) + 1) {
        last = tokens.get(k - 1);
        break;
      }
    }
    while (last > first && parse.isPunct(last) && !QuoteMarks.isQuoteChar(parse.lastChar(last))) {
      last--;
    }
    while (first < last && parse.isPunct(first) && !QuoteMarks.isQuoteChar(parse.lastChar(first))) {
      first++;
    }
    int start = parse.token(first).span().start();
    int end = parse.token(last).span().end();
    // A quote the clause opens or closes belongs to it whole.
    for (QuoteMarks.Marked m : a.marks) {
      if (m.outer().start() >= start && m.outer().start() < end && m.outer().end() > end) {
        end = m.outer().end();
      }
      if (m.outer().end() > start && m.outer().end() <= end && m.outer().start() < start) {
        start = m.outer().start();
      }
    }
    return new Span(start, end);
  }
}
