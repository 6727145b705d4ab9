package org.herodotus.quote;

import java.util.List;
import java.util.Optional;
import org.herodotus.doc.Quote;
import org.herodotus.doc.Span;

/**
 * A speech verb with a subject of its own set into the clause it reports ("Local officials, he
 * said, should be vigilant"; "The talks failed, officials said."): the reported speech is the
 * sentence around it, less the cue clause at either end. Rule: {@value #RULE}.
 */
final class ParentheticalCue {

  static final String RULE = "reported clause around a parenthetical cue";

  private ParentheticalCue() {}

  /**
   * Whether speech verb {@code v} is a parenthetical cue: a finite verb with a subject, hanging
   * from the reported clause's verb (no speech verb), with no object of its own.
   */
  static boolean is(Article a, int v) {
    Parse parse = a.parse;
    String r = parse.rel[v];
    int h = parse.head[v];
    // A finite verb: "its third profits warning" parsed as a clause is no cue.
    return (r.equals("parataxis") || r.equals("dep"))
        && !parse.token(v).pos().equals("VBG")
        && h >= 0
        && parse.isVerb(h)
        && Subjects.direct(a, v) >= 0
        && parse.child(v, "obj") < 0
        && !a.isSpeechVerb(h, true);
  }

  /** The reported speech around the parenthetical cue {@code v}, unless a direct quote has it. */
  static Optional<Draft> find(Article a, int v, List<Draft> marked) {
    Span around = aroundCue(a.parse, v, marked);
    return around == null
        ? Optional.empty()
        : Optional.of(ReportedSpeech.reported(a, v, around, RULE));
  }

  /** The sentence around a parenthetical cue, less the cue clause at either end, or null. */
  private static Span aroundCue(Parse parse, int v, List<Draft> marked) {
    var sentence = parse.sentenceOf(v);
    List<Integer> cue = parse.subtree(v, c -> false);
    int cueFirst = cue.get(0);
    int cueLast = cue.get(cue.size() - 1);
    int first = sentence.firstToken();
    int last = sentence.endToken() - 1;
    while (first < last && parse.isPunct(first)) {
      first++;
    }
    while (last > first && parse.isPunct(last)) {
      last--;
    }
    if (cueFirst <= first) {
      first = cueLast + 1;
    } else if (cueLast >= last) {
      last = cueFirst - 1;
    }
    while (first < last && parse.isPunct(first)) {
      first++;
    }
    while (last > first && parse.isPunct(last)) {
      last--;
    }
    if (last - first < 2) {
      return null;
    }
    Span content = parse.textSpan(first, last + 1);
    for (Draft d : marked) {
      if (d.kind() == Quote.Kind.DIRECT && d.span().overlaps(content)) {
        return null;
      }
    }
    return content;
  }
}
