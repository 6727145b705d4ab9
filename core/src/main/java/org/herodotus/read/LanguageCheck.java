package org.herodotus.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import org.herodotus.doc.Doc;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells which language an article is written in, so that an article Herodotus cannot analyze (it
 * analyzes English) is reported as such rather than analyzed as if it were English.
 *
 * <p>Uses Apache OpenNLP's language detector with its packaged model ({@code langdetect-183.bin},
 * 103 languages, Apache-2.0), loaded once on first use. Texts with fewer than {@value #MIN_LETTERS}
 * letters are not judged (too short to tell; a headline-only article passes). An article is
 * rejected only when the detector is confident that it is not English: the best language is not
 * English, its confidence is at least {@value #MIN_CONFIDENCE}, and English scores under a {@value
 * #ENGLISH_SHARE} share of it.
 */
public final class LanguageCheck {

  private static final Logger LOG = LoggerFactory.getLogger(LanguageCheck.class);

  /** Below this many letters a text is not judged. */
  public static final int MIN_LETTERS = 40;

  /** Only the first this many characters are looked at. */
  static final int SAMPLE_CHARS = 4000;

  static final double MIN_CONFIDENCE = 0.1;
  static final double ENGLISH_SHARE = 0.25;

  private static final String MODEL = "/langdetect-183.bin";

  /** ISO 639-3 (terminology) code to ISO 639-1 code, from the JDK's own tables. */
  private static final Map<String, String> TWO_LETTER = twoLetterCodes();

  /** A guess: the ISO 639-3 code OpenNLP gives ({@code eng}, {@code deu}) and its confidence. */
  public record Guess(String code, double confidence) {

    /** The ISO 639-1 code ({@code de}) when there is one, else the three-letter code. */
    public String twoLetterCode() {
      return TWO_LETTER.getOrDefault(code, code);
    }

    /** The language's English name ("German"), or the code when the JDK does not know it. */
    public String name() {
      String name = Locale.forLanguageTag(twoLetterCode()).getDisplayLanguage(Locale.ENGLISH);
      return name.isEmpty() || name.equals(twoLetterCode()) ? code : name;
    }
  }

  /** The detector's best guess and its confidence that the text is English. */
  public record Detection(Guess best, double englishConfidence) {}

  private static final class Holder {
    static final LanguageDetectorME DETECTOR = load();
  }

  private static volatile long loadMillis = -1;

  private LanguageCheck() {}

  /**
   * The most likely language of {@code text} and how sure the detector is, plus English's own
   * confidence; empty when the text has too few letters to tell.
   */
  public static Optional<Detection> detect(String text) {
    String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
    if (letters(sample) < MIN_LETTERS) {
      return Optional.empty();
    }
    Language[] all;
    LanguageDetectorME detector = Holder.DETECTOR;
    synchronized (detector) {
      all = detector.predictLanguages(sample);
    }
    if (all.length == 0) {
      return Optional.empty();
    }
    Guess best = new Guess(all[0].getLang(), all[0].getConfidence());
    double english = 0;
    for (Language l : all) {
      if (l.getLang().equals("eng")) {
        english = l.getConfidence();
        break;
      }
    }
    return Optional.of(new Detection(best, english));
  }

  /** The language {@code text} is confidently written in when that is not English. */
  public static Optional<Guess> notEnglish(String text) {
    Optional<Detection> detection = detect(text);
    if (detection.isEmpty()) {
      return Optional.empty();
    }
    Guess best = detection.get().best();
    double english = detection.get().englishConfidence();
    if (best.code().equals("eng")
        || best.confidence() < MIN_CONFIDENCE
        || english >= best.confidence() * ENGLISH_SHARE) {
      return Optional.empty();
    }
    return Optional.of(best);
  }

  /**
   * {@code result} unchanged when it is not a document, or an English (or too short to tell) one;
   * otherwise the document rejected with its language set in the metadata and a message naming the
   * input and the language.
   */
  public static ReadResult check(ReadResult result) {
    if (!result.isOk()) {
      return result;
    }
    Doc doc = result.doc().orElseThrow();
    Optional<Guess> other = notEnglish(doc.text());
    if (other.isEmpty()) {
      return result;
    }
    Guess g = other.get();
    Doc tagged = doc.withMetadata(doc.metadata().withLanguage(g.twoLetterCode()));
    return ReadResult.rejected(
        tagged,
        new InputException(
            result.input(),
            "language '"
                + g.code()
                + "' ("
                + g.name()
                + ") is not supported; Herodotus analyzes English"));
  }

  /** Milliseconds the model took to load, or -1 when it is not loaded yet. */
  public static long modelLoadMillis() {
    return loadMillis;
  }

  private static LanguageDetectorME load() {
    long start = System.nanoTime();
    try (InputStream in = LanguageCheck.class.getResourceAsStream(MODEL)) {
      if (in == null) {
        throw new IllegalStateException(
            "the language model " + MODEL + " is not on the class path");
      }
      LanguageDetectorME detector = new LanguageDetectorME(new LanguageDetectorModel(in));
      loadMillis = (System.nanoTime() - start) / 1_000_000;
      LOG.debug("language model loaded in {} ms", loadMillis);
      return detector;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load the language model " + MODEL, e);
    }
  }

  private static int letters(String s) {
    int n = 0;
    for (int i = 0; i < s.length() && n < MIN_LETTERS; i++) {
      if (Character.isLetter(s.charAt(i))) {
        n++;
      }
    }
    return n;
  }

  private static Map<String, String> twoLetterCodes() {
    Map<String, String> map = new HashMap<>();
    for (String two : Locale.getISOLanguages()) {
      try {
        map.putIfAbsent(new Locale(two).getISO3Language(), two);
      } catch (java.util.MissingResourceException e) {
        // no three-letter code: nothing to map
      }
    }
    return Map.copyOf(map);
  }
}
