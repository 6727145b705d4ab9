package org.herodotus.doc;

/**
 * An article's tone as GDELT defines its document tone: {@code positive} and {@code negative} are
 * the shares (in per cent) of the article's words that a sentiment lexicon marks as positive or
 * negative, {@code tone} is their difference (−100 to +100; news is usually within ±10), {@code
 * polarity} their sum (how emotional the text is, whatever the direction), {@code words} the number
 * of words counted.
 */
public record Tone(double tone, double positive, double negative, double polarity, int words) {

  /** The tone of {@code positive} and {@code negative} words among {@code words}. */
  public static Tone of(int positiveWords, int negativeWords, int words) {
    if (words == 0) {
      return new Tone(0, 0, 0, 0, 0);
    }
    double positive = 100.0 * positiveWords / words;
    double negative = 100.0 * negativeWords / words;
    return new Tone(positive - negative, positive, negative, positive + negative, words);
  }
}
