package org.herodotus.eval.score;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.herodotus.doc.Doc;
import org.herodotus.doc.Quote;
import org.herodotus.doc.Span;
import org.herodotus.doc.Speaker;
import org.herodotus.eval.corpus.Attribution;
import org.herodotus.eval.corpus.Brat;
import org.herodotus.nlp.CoreNlpQuoteBaseline.BaselineQuote;
import org.herodotus.quote.AttributionAssembler;

/** Turns each system's output into {@link Attribution}s, the unit PolNeAR annotates. */
public final class Attributions {

  private Attributions() {}

  /**
   * Our quote layer as it is in the JSON, without PolNeAR's conventions: one attribution per quote
   * (echoes and partial quotes inside a reported clause left out, as above), its span as the quote
   * layer gives it: the quote with its marks for direct and partial quotes, the reported clause for
   * indirect ones; nothing merged, run on or taken in. For judging how much of the score the
   * conventions of {@link #ours} account for.
   */
  public static List<Attribution> raw(Doc doc) {
    List<Attribution> out = new ArrayList<>();
    for (Quote q : doc.quotes()) {
      if (q.kind() == Quote.Kind.ECHO
          || (q.kind() == Quote.Kind.PARTIAL
              && AttributionAssembler.insideIndirect(q, doc.quotes()))) {
        continue;
      }
      out.add(attribution(doc, q, q.kind() == Quote.Kind.INDIRECT ? q.content() : q.span()));
    }
    return out;
  }

  /**
   * Our statements as attributions: the {@code attributions} layer the quote layer assembles, each
   * with its speaker's mention and the other mentions of the speaker's entity.
   */
  public static List<Attribution> ours(Doc doc) {
    return fromLayer(doc, AttributionAssembler.assemble(doc));
  }

  /**
   * The statements of an analyzed document's {@code attributions} layer, as attributions. Direct as
   * PolNeAR's direct quotes are: a direct statement that opens with a quote mark (a transcript's
   * turn is verbatim but has none, and PolNeAR's direct quotes are told by their marks).
   */
  public static List<Attribution> fromLayer(Doc doc, List<org.herodotus.doc.Attribution> layer) {
    List<Attribution> out = new ArrayList<>();
    for (org.herodotus.doc.Attribution a : layer) {
      boolean direct = a.direct() && Brat.startsWithQuote(a.content(), doc.text());
      out.add(new Attribution(a.content(), a.cue(), direct, speakerSpans(doc, a.speaker())));
    }
    return out;
  }

  static Span runOn(Doc doc, Quote q, Span span) {
    return AttributionAssembler.runOn(doc, q, span);
  }

  static Span runBack(Doc doc, Quote q, Span span) {
    return AttributionAssembler.runBack(doc, q, span);
  }

  private static Attribution attribution(Doc doc, Quote q, Span span) {
    return new Attribution(
        span, q.cue(), q.kind() == Quote.Kind.DIRECT, speakerSpans(doc, q.speaker()));
  }

  /** The speaker's mention and the other mentions of its entity. */
  private static List<Span> speakerSpans(Doc doc, Optional<Speaker> speaker) {
    List<Span> out = new ArrayList<>();
    speaker.ifPresent(
        s -> {
          out.add(s.mention());
          if (s.entity() >= 0 && s.entity() < doc.entities().size()) {
            for (int m : doc.entities().get(s.entity()).mentions()) {
              out.add(doc.mentions().get(m).span());
            }
          }
        });
    return out;
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
