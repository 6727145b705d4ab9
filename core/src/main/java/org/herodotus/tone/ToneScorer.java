package org.herodotus.tone;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.herodotus.doc.Doc;
import org.herodotus.doc.Layer;
import org.herodotus.doc.Token;
import org.herodotus.doc.Tone;
import org.herodotus.pipeline.Stage;

/**
 * The tone stage: GDELT's document tone of an article from a {@link ToneLexicon}. The words are the
 * tokens that hold a letter or a digit (the NLP stage tokenizes the article's prose: headline,
 * standfirst, body and captions, not page furniture); a word or phrase with a positive valence
 * counts as one positive word, one with a negative valence as one negative word, the longest phrase
 * first ("does not work").
 */
public final class ToneScorer implements Stage {

  private final ToneLexicon lexicon;

  public ToneScorer(ToneLexicon lexicon) {
    this.lexicon = lexicon;
  }

  public ToneScorer() {
    this(ToneLexicon.bundled());
  }

  private static final ToneScorer BUNDLED = new ToneScorer();
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)*");

  /** A scorer with the bundled lexicon. */
  public static ToneScorer bundledScorer() {
    return BUNDLED;
  }

  @Override
  public String name() {
    return "tone";
  }

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.TEXT, Layer.METADATA, Layer.PARAGRAPHS, Layer.TOKENS);
  }

  @Override
  public Set<Layer> provides() {
    return Set.of(Layer.TONE);
  }

  @Override
  public Doc apply(Doc doc) {
    return doc.withMetadata(doc.metadata().withTone(score(doc)));
  }

  /** The tone of a document's prose words. */
  public Tone score(Doc doc) {
    List<String> words = new ArrayList<>();
    for (Token token : doc.tokens()) {
      if (isWord(token.text())) {
        words.add(token.text().toLowerCase(Locale.ROOT));
      }
    }
    return score(words);
  }

  /**
   * The tone of a document that has no tokens (read from JSON written without them): its text's
   * words, split at what is not a letter, digit or an apostrophe inside a word.
   */
  public Tone scoreText(Doc doc) {
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(doc.text());
    while (m.find()) {
      words.add(m.group().toLowerCase(Locale.ROOT));
    }
    return score(words);
  }

  /** The tone of a sequence of lower-case words. */
  public Tone score(List<String> words) {
    int positive = 0;
    int negative = 0;
    int i = 0;
    while (i < words.size()) {
      int taken = 1;
      int valence = 0;
      for (int n = Math.min(lexicon.longestPhrase(), words.size() - i); n >= 1; n--) {
        int v = lexicon.valence(String.join(" ", words.subList(i, i + n)));
        if (v != 0) {
          valence = v;
          taken = n;
          break;
        }
      }
      if (valence > 0) {
        positive++;
      } else if (valence < 0) {
        negative++;
      }
      i += taken;
    }
    return Tone.of(positive, negative, words.size());
  }

  private static boolean isWord(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
