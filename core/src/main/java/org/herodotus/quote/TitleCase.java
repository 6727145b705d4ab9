package org.herodotus.quote;

/**
 * Quoted words in title case ("“State of the Union”"): every word capitalized but the short
 * function words of the list {@code title-small-words} after the first. A title names a program or
 * a work, not words said.
 */
final class TitleCase {

  static final String SMALL_WORDS = "title-small-words";

  private TitleCase() {}

  /** Whether tokens {@code first} to {@code end} (half open) are a title. */
  static boolean isTitle(Article a, int first, int end) {
    boolean any = false;
    for (int i = first; i < end; i++) {
      String w = a.parse.token(i).text();
      if (a.parse.isPunct(i) || !Character.isLetter(w.charAt(0))) {
        continue;
      }
      if (!Character.isUpperCase(w.charAt(0))
          && !(any && a.words.get(SMALL_WORDS).contains(w.toLowerCase(java.util.Locale.ROOT)))) {
        return false;
      }
      any = true;
    }
    return any;
  }
}
