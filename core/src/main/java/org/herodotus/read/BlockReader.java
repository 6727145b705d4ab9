package org.herodotus.read;

import java.util.ArrayList;
import java.util.List;
import org.herodotus.read.HtmlExtractor.Block;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The blocks of text of a container, in document order: each block element ({@link
 * HtmlTags#BLOCKS}) starts and ends a block, whitespace runs become one space, and a block that is
 * mostly link text or has no letter or digit is left out. A block inside a {@code <figcaption>} or
 * an element whose class or id says caption is a caption; one inside a heading is a heading.
 */
final class BlockReader {

  private BlockReader() {}

  static List<Block> of(Element container) {
    List<Block> out = new ArrayList<>();
    NodeTraversor.traverse(
        new NodeVisitor() {
          final Whitespace.Collapsed text = new Whitespace.Collapsed();
          int linkChars;
          int inLink;
          int inCaption;
          int inHeading;

          @Override
          public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
              append(t.getWholeText());
            } else if (node instanceof Element e) {
              String tag = e.normalName();
              if (HtmlTags.BLOCKS.contains(tag)) {
                flush();
              }
              if (tag.equals("a")) {
                inLink++;
              } else if (e != container && isCaption(e)) {
                inCaption++;
              } else if (HtmlTags.HEADINGS.contains(tag)) {
                inHeading++;
              }
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (node instanceof Element e) {
              String tag = e.normalName();
              if (HtmlTags.BLOCKS.contains(tag)) {
                flush();
              }
              if (tag.equals("a")) {
                inLink--;
              } else if (e != container && isCaption(e)) {
                inCaption--;
              } else if (HtmlTags.HEADINGS.contains(tag)) {
                inHeading--;
              }
              if (e == container) {
                flush();
              }
            }
          }

          private void append(String raw) {
            int added = text.append(raw);
            if (inLink > 0) {
              linkChars += added;
            }
          }

          private void flush() {
            if (text.length() > 0) {
              String value = text.toString();
              boolean linky = linkChars > value.length() * 0.5;
              if (!linky && hasLetterOrDigit(value)) {
                out.add(new Block(value, inCaption > 0, inHeading > 0));
              }
            }
            text.clear();
            linkChars = 0;
          }
        },
        container);
    return out;
  }

  /** A {@code <figcaption>}, or a block whose class or id says it is a caption. */
  private static boolean isCaption(Element e) {
    String tag = e.normalName();
    if (tag.equals("figcaption")) {
      return true;
    }
    return HtmlTags.BLOCKS.contains(tag)
        && !tag.equals("body")
        && ClassNames.caption(ClassNames.of(e));
  }

  private static boolean hasLetterOrDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetterOrDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
