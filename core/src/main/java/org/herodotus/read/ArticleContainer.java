package org.herodotus.read;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * The elements that hold the article, after the furniture is gone: the element the page marks as
 * its article body ({@code itemprop=articleBody} ...), else the best scored container of
 * paragraphs. A paragraph scores one, plus its commas, plus a point per hundred characters (at most
 * three), and hands its score to its parent, half of it to its grandparent and a sixth to the next
 * (wrappers around a single element do not count as a level); class and id words of article text
 * add to a container's score and those of furniture take from it, and the score falls with the
 * share of the text in links. Siblings of the best container join it when they score well or are
 * prose, and so do other chunks of the same tag and class that ads split the body into.
 */
final class ArticleContainer {

  private ArticleContainer() {}

  /** The elements holding the article, in document order. */
  static List<Element> of(Element body) {
    Element marked = marked(body);
    if (marked != null) {
      return List.of(marked);
    }
    Map<Element, Double> scores = new IdentityHashMap<>();
    for (Element e : body.getAllElements()) {
      String tag = e.normalName();
      boolean para =
          tag.equals("p")
              || tag.equals("pre")
              || tag.equals("blockquote")
              || tag.equals("td")
              || ((tag.equals("div") || tag.equals("section")) && e.ownText().length() >= 25);
      if (!para) {
        continue;
      }
      String text = tag.equals("div") || tag.equals("section") ? e.ownText() : e.text();
      if (text.length() < 25) {
        continue;
      }
      if (inNestedArticle(e)) {
        continue; // a post inside a post is a teaser of another article
      }
      double score = 1 + commas(text) + Math.min(text.length() / 100.0, 3);
      // a div or section writing its text between <br>s is itself the paragraph's container
      Element ancestor = tag.equals("div") || tag.equals("section") ? e : e.parent();
      int level = 0;
      for (int step = 0; level < 3 && ancestor != null && step < 12; step++) {
        double share = level == 0 ? score : level == 1 ? score / 2 : score / (level * 3);
        Element a = ancestor;
        scores.merge(a, initial(a) + share, (old, add) -> old + share);
        // a wrapper around a single element is not a level of its own
        if (!isWrapper(a)) {
          level++;
        }
        ancestor = ancestor.parent();
      }
    }
    Element top = null;
    double best = Double.NEGATIVE_INFINITY;
    for (Map.Entry<Element, Double> entry : scores.entrySet()) {
      double s = entry.getValue() * (1 - linkDensity(entry.getKey()));
      entry.setValue(s);
      if (s > best) {
        best = s;
        top = entry.getKey();
      }
    }
    if (top == null) {
      return List.of(body);
    }
    // when the text is split over siblings, take the siblings that score well or hold prose
    Element parent = top.parent();
    if (parent == null || top == body) {
      return List.of(top);
    }
    double threshold = Math.max(10, best * SIBLING_SHARE);
    List<Element> out = new ArrayList<>();
    for (Element sibling : parent.children()) {
      if (sibling == top) {
        out.add(sibling);
      } else if (scores.getOrDefault(sibling, 0.0) >= threshold) {
        out.add(sibling);
      } else if (sibling.normalName().equals("p")) {
        String text = sibling.text();
        double ld = linkDensity(sibling);
        if ((text.length() > 80 && ld < 0.25)
            || (text.length() > 0 && ld == 0 && text.matches(".*[.!?\u3002]$"))) {
          out.add(sibling);
        }
      }
    }
    return withChunks(body, top, out, scores, threshold);
  }

  /**
   * The containers and the other chunks of a body that ads or embeds split into several elements of
   * the same tag and class as the best container, in document order. A chunk joins when it scores
   * as a sibling would.
   */
  private static List<Element> withChunks(
      Element body, Element top, List<Element> out, Map<Element, Double> scores, double threshold) {
    String cls = top.className().trim();
    if (cls.isEmpty()) {
      return out;
    }
    List<Element> all = new ArrayList<>();
    boolean added = false;
    for (Element e : body.getAllElements()) {
      boolean chosen = false;
      for (Element o : out) {
        if (o == e) {
          chosen = true;
          break;
        }
      }
      if (chosen) {
        all.add(e);
      } else if (e.normalName().equals(top.normalName())
          && e.className().trim().equals(cls)
          && scores.getOrDefault(e, 0.0) >= threshold
          && !nested(e, all)
          && !nested(e, out)) {
        all.add(e);
        added = true;
      }
    }
    return added ? all : out;
  }

  private static boolean inside(Element inner, Element outer) {
    for (Element a = inner.parent(); a != null; a = a.parent()) {
      if (a == outer) {
        return true;
      }
    }
    return false;
  }

  /** True when {@code e} is inside or around one of {@code elements}. */
  private static boolean nested(Element e, List<Element> elements) {
    for (Element o : elements) {
      if (o != e && (inside(o, e) || inside(e, o))) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when {@code e} is inside one of several {@code <article>}s side by side in another
   * article: a list of teasers of other posts. Articles nested one in another only are wrappers.
   */
  private static boolean inNestedArticle(Element e) {
    Element inner = null;
    for (Element a = e.parent(); a != null; a = a.parent()) {
      if (!a.normalName().equals("article")) {
        continue;
      }
      if (inner == null) {
        inner = a;
        continue;
      }
      for (Element other : a.getElementsByTag("article")) {
        if (other != a && other != inner && !inside(inner, other) && !inside(other, inner)) {
          return true;
        }
      }
      return false;
    }
    return false;
  }

  /** An element whose only content is one child element. */
  private static boolean isWrapper(Element e) {
    return e.childrenSize() == 1 && e.ownText().isBlank();
  }

  /** A sibling of the best container joins it when it scores this share of the best score. */
  private static final double SIBLING_SHARE = 0.2;

  /** The element the page marks as its article body, if it holds enough text. */
  private static Element marked(Element body) {
    Element best = null;
    int bestLength = 0;
    for (Element e :
        body.select(
            "[itemprop=articleBody], [name=articleBody], [data-testid=article-body],"
                + " [property=articleBody]")) {
      int length = e.text().length();
      if (length > bestLength) {
        best = e;
        bestLength = length;
      }
    }
    return bestLength >= 250 ? best : null;
  }

  private static double initial(Element e) {
    double score =
        switch (e.normalName()) {
          case "div", "article", "main" -> 5;
          case "pre", "td", "blockquote" -> 3;
          case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
          case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
          default -> 0;
        };
    String words = ClassNames.of(e);
    if (!words.isBlank()) {
      if (ClassNames.articleLike(words)) {
        score += 25;
      }
      if (ClassNames.furniture(words)) {
        score -= 25;
      }
    }
    return score;
  }

  private static int commas(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ',' || c == '\uFF0C' || c == '\u3001' || c == '\u060C') {
        n++;
      }
    }
    return n;
  }

  private static double linkDensity(Element e) {
    int total = e.text().length();
    if (total == 0) {
      return 0;
    }
    int links = 0;
    for (Element a : e.getElementsByTag("a")) {
      links += a.text().length();
    }
    return Math.min(1.0, links / (double) total);
  }
}
