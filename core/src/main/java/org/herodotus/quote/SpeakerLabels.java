package org.herodotus.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.herodotus.doc.Entity;
import org.herodotus.doc.Mention;
import org.herodotus.doc.Quote;
import org.herodotus.doc.Span;
import org.herodotus.doc.Speaker;

/**
 * Statements whose speaker a label gives ({@link Transcripts}): a transcript's turn ("PENCE: ...")
 * is a direct quote of the labelled speaker (rule {@value #TRANSCRIPT}); a headline's claim after
 * its source's name ("Sanders: Clinton needs to ...", "Obama Says ...") is reported speech, and a
 * quote that is the claim ("Berg: 'We Are Ready'") is the source's (rule {@value #HEADLINE}). The
 * colon after the label, or a headline's verb, is the cue.
 */
final class SpeakerLabels {

  static final String TRANSCRIPT = "transcript: the speaker's label before a colon";
  static final String HEADLINE = "headline: its source's name before a colon or a speech verb";

  /** Headline sources that are no name ("Poll: Clinton and Trump in dead heat"). */
  static final String SOURCE_NOUNS = "headline-source-nouns";

  private SpeakerLabels() {}

  /** The article's transcript turns, then its headline's source if it names one. */
  static List<Transcripts.Labelled> find(Article a) {
    List<Transcripts.Labelled> labelled =
        new ArrayList<>(Transcripts.turns(a.doc, a.words, label -> personNamed(a, label) >= 0));
    Transcripts.headline(
            a.doc,
            a.words,
            label -> namesSource(a, label),
            lemma -> a.verbs.byLemma(lemma).isPresent())
        .ifPresent(labelled::add);
    return labelled;
  }

  /**
   * A quote mark pairing that runs across a labelled statement's bounds: the opening marks of a
   * transcript's paragraphs, paired with each other. Quotes inside the words stay.
   */
  static boolean crosses(List<Transcripts.Labelled> labelled, QuoteMarks.Marked m) {
    for (Transcripts.Labelled l : labelled) {
      Span region = new Span(Math.max(0, l.label().start() - 1), l.content().end());
      if (m.outer().overlaps(region) && !l.content().contains(m.outer())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The quotes {@code marked} with the labelled statements: each one not quoted is added as a
   * quote; a quote that opens a headline's claim and has no cue becomes its source's (a direct
   * quote when it is the whole claim).
   */
  static List<Draft> addTo(Article a, List<Transcripts.Labelled> labelled, List<Draft> marked) {
    List<Draft> out = new ArrayList<>(marked);
    for (Transcripts.Labelled l : labelled) {
      if (!l.quoted(a.text())) {
        out.add(quote(a, l));
        continue;
      }
      for (int i = 0; i < out.size(); i++) {
        Draft d = out.get(i);
        if (d.span().start() == l.content().start() && d.cue().isEmpty()) {
          // "Berg: 'We Are Ready for Talks'": the headline's quote is its source's.
          Draft sourced = d.named(l.cue(), speaker(a, l.label()), HEADLINE);
          out.set(i, d.span().equals(l.content()) ? sourced.withKind(Quote.Kind.DIRECT) : sourced);
        }
      }
    }
    return out;
  }

  /** Whether a quote lies in a headline's claim, which is a statement of its own. */
  static boolean inHeadline(List<Transcripts.Labelled> labelled, Draft d) {
    return labelled.stream().anyMatch(l -> l.headline() && l.content().overlaps(d.span()));
  }

  /** The quote a labelled statement makes. */
  private static Draft quote(Article a, Transcripts.Labelled l) {
    Quote.Kind kind = l.headline() ? Quote.Kind.INDIRECT : Quote.Kind.DIRECT;
    return Draft.of(l.content(), l.content(), kind)
        .named(l.cue(), speaker(a, l.label()), l.headline() ? HEADLINE : TRANSCRIPT);
  }

  /**
   * The speaker a label names: a mention inside it, else a person of the article whose surname the
   * label is ("PENCE" for Mike Pence), else the label's words.
   */
  private static Speaker speaker(Article a, Span label) {
    Speaker named = a.speakers.named(label);
    if (named.entity() >= 0) {
      return named;
    }
    int person = personNamed(a, a.doc.slice(label));
    return person < 0 ? named : a.speakers.of(label, person);
  }

  /** The person of the article whose surname is the label's last word, or -1. */
  static int personNamed(Article a, String label) {
    String[] words = label.trim().split("\\s+");
    String last = words[words.length - 1].replaceAll("[.'\u2019]+$", "");
    for (int i = 0; i < a.doc.entities().size(); i++) {
      Entity e = a.doc.entities().get(i);
      if (!e.type().equals("PERSON")) {
        continue;
      }
      String[] names = e.name().trim().split("\\s+");
      if (names.length > 1 && names[names.length - 1].equalsIgnoreCase(last)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Whether a headline's words before a colon name a source: a person or an organization the
   * article mentions, a surname of one of its people, or a poll, survey, study or report (the list
   * {@value #SOURCE_NOUNS}).
   */
  static boolean namesSource(Article a, Span label) {
    String words = a.doc.slice(label).toLowerCase(Locale.ROOT);
    if (a.words.get(SOURCE_NOUNS).contains(words)) {
      return true;
    }
    for (Mention m : a.doc.mentions()) {
      if (m.kind() == Mention.Kind.NAME
          && label.contains(m.span())
          && m.span().length() * 2 > label.length()
          && (m.type().equals("PERSON") || m.type().equals("ORGANIZATION"))) {
        return true;
      }
    }
    return personNamed(a, a.doc.slice(label)) >= 0;
  }
}
