package org.herodotus.read;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the main text of a news page, in steps:
 *
 * <ol>
 *   <li>{@link PageFurniture#remove}: drops page furniture (navigation, ads, related links,
 *       comments, cookie banners, forms);
 *   <li>{@link ArticleContainer#of}: picks the container with the most article-like text;
 *   <li>{@link BlockReader#of}: reads its blocks in order, without {@linkplain PageFurniture#isLine
 *       furniture lines};
 *   <li>when that leaves too little text, a wrapper of the article was mistaken for furniture: the
 *       page is read again, dropping furniture by tag and attributes only;
 *   <li>{@link DeclaredBodyGuide#apply}: the page's declared body, when it has one, drops the
 *       blocks it does not contain.
 * </ol>
 *
 * <p>All walks over the tree are iterative, so deeply nested markup cannot overflow the stack.
 */
final class HtmlExtractor {

  /** A block of the extracted text, its text collapsed to single spaces. */
  record Block(String text, boolean caption, boolean heading) {}

  /** Fewer characters than this outside captions: read again without dropping by class. */
  private static final int TOO_LITTLE = 250;

  private HtmlExtractor() {}

  /** The main-text blocks of {@code body} in document order; empty when none is article-like. */
  static List<Block> extract(Element body) {
    Document owner = body.ownerDocument();
    String declared = owner == null ? "" : HtmlMetadata.declaredBody(owner).orElse("");
    Element copy = body.clone();
    List<Block> blocks = extract(body, true);
    if (length(blocks) < TOO_LITTLE) {
      List<Block> again = extract(copy, false);
      if (length(again) > length(blocks)) {
        blocks = again;
      }
    }
    return DeclaredBodyGuide.apply(blocks, declared);
  }

  private static List<Block> extract(Element body, boolean byClass) {
    PageFurniture.remove(body, byClass);
    List<Block> kept = new ArrayList<>();
    for (Element container : ArticleContainer.of(body)) {
      for (Block block : BlockReader.of(container)) {
        if (!PageFurniture.isLine(block.text())) {
          kept.add(block);
        }
      }
    }
    return kept;
  }

  private static int length(List<Block> blocks) {
    int n = 0;
    for (Block b : blocks) {
      n += b.caption() ? 0 : b.text().length();
    }
    return n;
  }
}
