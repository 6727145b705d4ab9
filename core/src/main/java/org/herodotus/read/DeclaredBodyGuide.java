package org.herodotus.read;

import java.util.ArrayList;
import java.util.List;
import org.herodotus.read.HtmlExtractor.Block;
import org.jsoup.parser.Parser;

/**
 * The body a page declares in its JSON-LD ({@code articleBody}) as a guide to which blocks are the
 * article's: when it is long and the blocks it contains cover nearly all of it, the declared body
 * is the article and the other blocks are furniture inside its container. Captions are kept; the
 * declared body never has them.
 */
final class DeclaredBodyGuide {

  private DeclaredBodyGuide() {}

  /** A declared (JSON-LD) body this long can guide which blocks are the article's. */
  static final int GUIDE_CHARS = 500;

  /** Letters the declared body may run past the last block it contains. */
  static final int GUIDE_SLACK = 40;

  /** The share of the declared body that the kept blocks must cover. */
  static final double GUIDE_COVER = 0.9;

  /** The blocks without those the declared body does not contain, when it is a guide. */
  static List<Block> apply(List<Block> blocks, String declared) {
    String guide = letters(Parser.unescapeEntities(declared, false));
    if (guide.length() < GUIDE_CHARS) {
      return blocks;
    }
    List<Block> kept = new ArrayList<>();
    int covered = 0;
    int end = 0;
    for (Block b : blocks) {
      String key = letters(b.text());
      // the declared body reads in the blocks' order: look after the last match first
      int at = key.isEmpty() ? -1 : guide.indexOf(key, end);
      if (at < 0 && !key.isEmpty()) {
        at = guide.indexOf(key);
      }
      if (b.caption()) {
        kept.add(b);
      } else if (at >= 0) {
        kept.add(b);
        covered += key.length();
        end = Math.max(end, at + key.length());
      }
    }
    // a declared body cut short (a teaser) cannot tell what follows its end
    boolean whole = end >= guide.length() - GUIDE_SLACK;
    return whole && covered >= guide.length() * GUIDE_COVER && kept.size() < blocks.size()
        ? kept
        : blocks;
  }

  /** Letters and digits only, lower case: text compared across markup and JSON escapes. */
  static String letters(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        out.append(Character.toLowerCase(c));
      }
    }
    return out.toString();
  }
}
