package org.herodotus.read;

/**
 * What counts as blank in scraped text: ASCII and Unicode spaces (including the no-break spaces
 * U+00A0, U+2007, U+202F), line and paragraph separators, and the invisible characters scrapers
 * leave behind (zero-width space, word joiner, byte order mark).
 */
final class Whitespace {

  private Whitespace() {}

  static boolean isBlank(char c) {
    return Character.isWhitespace(c)
        || Character.isSpaceChar(c)
        || c == '\u200B'
        || c == '\u2060'
        || c == '\uFEFF';
  }

  /** True when {@code text[start, end)} holds only blank characters. */
  static boolean isBlank(CharSequence text, int start, int end) {
    for (int i = start; i < end; i++) {
      if (!isBlank(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  static boolean isBlank(CharSequence text) {
    return isBlank(text, 0, text.length());
  }

  /** Whitespace runs (including no-break spaces) become one space; the ends are trimmed. */
  static String collapse(String raw) {
    Collapsed out = new Collapsed();
    out.append(raw);
    return out.toString();
  }

  /**
   * Text built from pieces with every run of blank characters, within and across pieces, as one
   * space, and none at the start; a run at the end shows only when more text follows.
   */
  static final class Collapsed {

    private final StringBuilder text = new StringBuilder();
    private boolean space;

    /** Appends {@code raw}; returns how many characters that are not blank it added. */
    int append(String raw) {
      int added = 0;
      for (int i = 0; i < raw.length(); i++) {
        char c = raw.charAt(i);
        if (isBlank(c)) {
          space = text.length() > 0;
        } else {
          if (space) {
            text.append(' ');
            space = false;
          }
          text.append(c);
          added++;
        }
      }
      return added;
    }

    int length() {
      return text.length();
    }

    /** Empties the text. */
    void clear() {
      text.setLength(0);
      space = false;
    }

    @Override
    public String toString() {
      return text.toString();
    }
  }
}
