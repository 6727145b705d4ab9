package org.herodotus.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Page furniture: the elements that hold no article text (scripts, forms, navigation, hidden
 * elements, and, when asked, elements whose class or id says furniture: cookie banners, sharing
 * links, ads, related stories) and the lines of text that are furniture wherever they stand
 * ("Advertisement", "Read more: ...", "Share this article").
 */
final class PageFurniture {

  private PageFurniture() {}

  /** A {@code <form>} holding this many characters of paragraphs is a page wrapper. */
  private static final int FORM_PROSE = 500;

  private static final Pattern LINE =
      Pattern.compile(
          "(?i)^(advertisement|advertising|sponsored( content)?|ad|story continues( below)?"
              + "( advertisement)?|continue reading.*|(read|see) (more|also)\\b.*|share( this)?"
              + "( (article|story|on \\w+))?|follow us\\b.*|sign up\\b.*|subscribe\\b.*"
              + "|related( (articles|stories|content|coverage))?:?|click here\\b.*"
              + "|skip to .*|image( credit)?:.*|photo:.*|getty images|© .*|copyright .*"
              + "|all rights reserved\\.?|loading\\.*|watch:?|listen:?)$");

  /** Whether a whole block of text is a furniture line. */
  static boolean isLine(String text) {
    return LINE.matcher(text).matches();
  }

  /**
   * Removes the furniture and the comments under {@code body} (not {@code body} itself); by class
   * and id words too when {@code byClass}.
   */
  static void remove(Element body, boolean byClass) {
    List<Node> drop = new ArrayList<>();
    NodeTraversor.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (node instanceof Comment) {
              drop.add(node);
            } else if (node instanceof Element e && node != body && isFurniture(e, byClass)) {
              drop.add(node);
            }
          }

          @Override
          public void tail(Node node, int depth) {}
        },
        body);
    for (Node node : drop) {
      if (node.parent() != null) {
        node.remove();
      }
    }
  }

  static boolean isFurniture(Element e, boolean byClass) {
    String tag = e.normalName();
    if (HtmlTags.FURNITURE.contains(tag)) {
      // some sites wrap the whole page in one <form>: a form that holds prose is not furniture
      return !tag.equals("form") || proseChars(e) < FORM_PROSE;
    }
    if (e.hasAttr("hidden")
        || e.attr("aria-hidden").equalsIgnoreCase("true")
        || e.attr("role").matches("(?i)navigation|complementary|banner|contentinfo|dialog|alert")) {
      return true;
    }
    String style = e.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
    if (style.contains("display:none") || style.contains("visibility:hidden")) {
      return true;
    }
    if (!byClass || tag.equals("article") || tag.equals("main") || tag.equals("p")) {
      return false;
    }
    String words = ClassNames.of(e);
    if (words.isBlank()) {
      return false;
    }
    return ClassNames.furniture(words) && !ClassNames.articleLike(words);
  }

  private static int proseChars(Element e) {
    int n = 0;
    for (Element p : e.getElementsByTag("p")) {
      n += p.text().length();
    }
    return n;
  }
}
