package org.herodotus.quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.herodotus.doc.Doc;
import org.herodotus.doc.Layer;
import org.herodotus.doc.Quote;
import org.herodotus.lexicon.SpeechVerbs;
import org.herodotus.lexicon.WordLists;
import org.herodotus.pipeline.Stage;

/**
 * Finds quotations and reported speech and who said them, from the text and the dependency parse,
 * as a short chain of steps over one {@link Article}, each building {@link Draft}s:
 *
 * <ol>
 *   <li>{@link SpeakerLabels}: a transcript's turns and a headline's source ({@link Transcripts}).
 *   <li>{@link MarkedQuotes}: the quotes in quote marks ({@link QuoteMarks}), but those that run
 *       across a label's statement: direct, partial or echo, each with its cue and speaker or the
 *       reason it has none.
 *   <li>{@link SpeakerLabels#addTo}: the labelled statements as quotes.
 *   <li>{@link ReportedSpeech}: indirect quotes, outside the direct ones and the headline's claim.
 *   <li>The quote layer, in text order; then {@link AttributionAssembler} assembles statements.
 * </ol>
 *
 * <p>The speaker of a cue is its subject ({@link Subjects}) resolved through the mention and entity
 * layers to the entity's canonical name, with the role and affiliation the text gives it ({@link
 * Speakers}, {@link Roles}). The speech verbs are {@code speech-verbs.tsv}; the closed word lists
 * the steps read are {@link WordLists}, which a user's lexicon directory may replace.
 */
public final class QuoteAttributor implements Stage {

  private final SpeechVerbs verbs;
  private final WordLists words;

  /** With the bundled speech verbs and word lists. */
  public QuoteAttributor() {
    this(SpeechVerbs.bundled(), WordLists.bundled());
  }

  /** With the bundled speech verbs and the given word lists (a user's in place of the bundled). */
  public QuoteAttributor(WordLists words) {
    this(SpeechVerbs.bundled(), words);
  }

  public QuoteAttributor(SpeechVerbs verbs) {
    this(verbs, WordLists.bundled());
  }

  public QuoteAttributor(SpeechVerbs verbs, WordLists words) {
    this.verbs = verbs;
    this.words = words;
  }

  @Override
  public String name() {
    return "quotes";
  }

  @Override
  public Set<Layer> requires() {
    return EnumSet.of(
        Layer.SENTENCES, Layer.TOKENS, Layer.DEPENDENCIES, Layer.MENTIONS, Layer.ENTITIES);
  }

  @Override
  public Set<Layer> provides() {
    return EnumSet.of(Layer.QUOTES);
  }

  @Override
  public Doc apply(Doc doc) {
    Doc quoted = doc.withQuotes(quotes(new Article(doc, verbs, words)));
    return quoted.withAttributions(AttributionAssembler.assemble(quoted));
  }

  /** The quote layer of the article. */
  static List<Quote> quotes(Article a) {
    List<Transcripts.Labelled> labelled = SpeakerLabels.find(a);
    List<Draft> marked = MarkedQuotes.find(a, m -> SpeakerLabels.crosses(labelled, m));
    marked = SpeakerLabels.addTo(a, labelled, marked);
    List<Draft> all = new ArrayList<>(marked);
    for (Draft d : ReportedSpeech.find(a, marked)) {
      if (!SpeakerLabels.inHeadline(labelled, d)) {
        all.add(d);
      }
    }
    return layer(all);
  }

  /**
   * The drafts as the quote layer, in text order (then by kind), an echo pointing to the index of
   * the quote it repeats. An echo's {@code echoOf} is an index into {@code drafts}, all of whose
   * earlier quotes come first.
   */
  static List<Quote> layer(List<Draft> drafts) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < drafts.size(); i++) {
      order.add(i);
    }
    order.sort(
        Comparator.comparing((Integer i) -> drafts.get(i).span())
            .thenComparing(i -> drafts.get(i).kind()));
    int[] position = new int[drafts.size()];
    for (int k = 0; k < order.size(); k++) {
      position[order.get(k)] = k;
    }
    List<Quote> out = new ArrayList<>();
    for (int i : order) {
      Draft d = drafts.get(i);
      Optional<Integer> echo = d.echoOf().map(e -> position[e]);
      out.add(d.toQuote(echo));
    }
    return out;
  }
}
