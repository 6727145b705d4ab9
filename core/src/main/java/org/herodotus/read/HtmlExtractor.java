package org.herodotus.read;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Finds the main text of a news page: drops page furniture (navigation, ads, related links,
 * comments, cookie banners, forms), scores block elements by the prose they hold and their link
 * density, picks the container with the most article-like text and reads its blocks in order.
 *
 * <p>All walks over the tree are iterative, so deeply nested markup cannot overflow the stack.
 */
final class HtmlExtractor {

  /** A block of the extracted text, its text collapsed to single spaces. */
  record Block(String text, boolean caption, boolean heading) {}

  private HtmlExtractor() {}

  private static final Set<String> DROP_TAGS =
      Set.of(
          "script",
          "style",
          "noscript",
          "template",
          "svg",
          "canvas",
          "iframe",
          "object",
          "embed",
          "form",
          "button",
          "input",
          "select",
          "textarea",
          "nav",
          "aside",
          "footer",
          "menu",
          "dialog",
          "head",
          "link",
          "meta",
          "audio",
          "video",
          "picture",
          "img",
          "map");

  private static final Set<String> BLOCK_TAGS =
      Set.of(
          "p",
          "div",
          "section",
          "article",
          "main",
          "header",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "ul",
          "ol",
          "li",
          "dl",
          "dt",
          "dd",
          "blockquote",
          "pre",
          "figure",
          "figcaption",
          "table",
          "thead",
          "tbody",
          "tr",
          "td",
          "th",
          "caption",
          "address",
          "hr",
          "br",
          "center",
          "details",
          "summary",
          "fieldset",
          "body");

  private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

  /** Class and id words of page furniture. */
  private static final Pattern UNLIKELY =
      Pattern.compile(
          "cookie|consent|gdpr|banner|newsletter|subscri|signup|sign-up|related|recommend"
              + "|share|sharing|social|comment|disqus|promo|advert|\\bads?\\b|\\bad-|-ad\\b"
              + "|sponsor|outbrain|taboola|sidebar|footer|\\bnav|menu|breadcrumb|popup|modal"
              + "|overlay|masthead|toolbar|tags\\b|\\btag-list|most-?popular|trending|read-?more"
              + "|more-stories|also-read|byline|author-bio|skip|hidden|visually-hidden"
              + "|sr-only|print-only|widget|inline-link|newsletter|in-article-link|caption-credit",
          Pattern.CASE_INSENSITIVE);

  /** Class and id words of article text. */
  private static final Pattern LIKELY =
      Pattern.compile(
          "article|body|content|entry|main|story|text|post|blog|column|prose|rich-?text",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern BOILERPLATE_LINE =
      Pattern.compile(
          "(?i)^(advertisement|advertising|sponsored( content)?|ad|story continues( below)?"
              + "( advertisement)?|continue reading.*|(read|see) (more|also)\\b.*|share( this)?"
              + "( (article|story|on \\w+))?|follow us\\b.*|sign up\\b.*|subscribe\\b.*"
              + "|related( (articles|stories|content|coverage))?:?|click here\\b.*"
              + "|skip to .*|image( credit)?:.*|photo:.*|getty images|© .*|copyright .*"
              + "|all rights reserved\\.?|loading\\.*|watch:?|listen:?)$");

  /** The main-text blocks of {@code body} in document order; empty when none is article-like. */
  static List<Block> extract(Element body) {
    // when dropping elements by their class names leaves too little, a wrapper of the article
    // was mistaken for furniture: read again, dropping by tag and attributes only
    Document owner = body.ownerDocument();
    String declared = owner == null ? "" : HtmlMetadata.declaredBody(owner).orElse("");
    Element copy = body.clone();
    List<Block> blocks = extract(body, true);
    if (length(blocks) < 250) {
      List<Block> again = extract(copy, false);
      if (length(again) > length(blocks)) {
        blocks = again;
      }
    }
    return guided(blocks, declared);
  }

  /** A declared (JSON-LD) body this long can guide which blocks are the article's. */
  private static final int GUIDE_CHARS = 500;

  /** Letters the declared body may run past the last block it contains. */
  private static final int GUIDE_SLACK = 40;

  /** The share of the declared body that the kept blocks must cover. */
  private static final double GUIDE_COVER = 0.9;

  /**
   * The blocks without those the page's declared body (JSON-LD {@code articleBody}) does not
   * contain, when the declared body is long and the blocks it contains cover nearly all of it: then
   * the declared body is the article and the other blocks are furniture inside its container.
   * Captions are kept; the declared body never has them.
   */
  private static List<Block> guided(List<Block> blocks, String declared) {
    String guide = letters(org.jsoup.parser.Parser.unescapeEntities(declared, false));
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
  private static String letters(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        out.append(Character.toLowerCase(c));
      }
    }
    return out.toString();
  }

  private static int length(List<Block> blocks) {
    int n = 0;
    for (Block b : blocks) {
      n += b.caption() ? 0 : b.text().length();
    }
    return n;
  }

  private static List<Block> extract(Element body, boolean byClass) {
    clean(body, byClass);
    List<Block> kept = new ArrayList<>();
    for (Element container : containers(body)) {
      for (Block block : blocks(container)) {
        if (!BOILERPLATE_LINE.matcher(block.text()).matches()) {
          kept.add(block);
        }
      }
    }
    return kept;
  }

  // ---- cleaning

  private static void clean(Element body, boolean byClass) {
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

  private static boolean isFurniture(Element e, boolean byClass) {
    String tag = e.normalName();
    if (DROP_TAGS.contains(tag)) {
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
    String words = e.className() + " " + e.id();
    if (words.isBlank()) {
      return false;
    }
    return UNLIKELY.matcher(words).find() && !LIKELY.matcher(words).find();
  }

  /** A {@code <form>} holding this many characters of paragraphs is a page wrapper. */
  private static final int FORM_PROSE = 500;

  private static int proseChars(Element e) {
    int n = 0;
    for (Element p : e.getElementsByTag("p")) {
      n += p.text().length();
    }
    return n;
  }

  // ---- choosing the container

  /** The elements holding the article, in document order. */
  private static List<Element> containers(Element body) {
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
    String words = e.className() + " " + e.id();
    if (!words.isBlank()) {
      if (LIKELY.matcher(words).find()) {
        score += 25;
      }
      if (UNLIKELY.matcher(words).find()) {
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

  // ---- reading blocks

  private static List<Block> blocks(Element container) {
    List<Block> out = new ArrayList<>();
    NodeTraversor.traverse(
        new NodeVisitor() {
          final StringBuilder text = new StringBuilder();
          int linkChars;
          int inLink;
          int inCaption;
          int inHeading;
          boolean space;

          @Override
          public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
              append(t.getWholeText());
            } else if (node instanceof Element e) {
              String tag = e.normalName();
              if (BLOCK_TAGS.contains(tag)) {
                flush();
              }
              if (tag.equals("a")) {
                inLink++;
              } else if (e != container && isCaption(e)) {
                inCaption++;
              } else if (HEADINGS.contains(tag)) {
                inHeading++;
              }
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (node instanceof Element e) {
              String tag = e.normalName();
              if (BLOCK_TAGS.contains(tag)) {
                flush();
              }
              if (tag.equals("a")) {
                inLink--;
              } else if (e != container && isCaption(e)) {
                inCaption--;
              } else if (HEADINGS.contains(tag)) {
                inHeading--;
              }
              if (e == container) {
                flush();
              }
            }
          }

          private void append(String raw) {
            for (int i = 0; i < raw.length(); i++) {
              char c = raw.charAt(i);
              if (Whitespace.isBlank(c)) {
                space = text.length() > 0;
              } else {
                if (space) {
                  text.append(' ');
                  space = false;
                }
                text.append(c);
                if (inLink > 0) {
                  linkChars++;
                }
              }
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
            text.setLength(0);
            linkChars = 0;
            space = false;
          }
        },
        container);
    return out;
  }

  /** Class and id words of a caption block. */
  private static final Pattern CAPTION = Pattern.compile("(?i)(^|[\\s_-])caption");

  /** A {@code <figcaption>}, or a block whose class or id says it is a caption. */
  private static boolean isCaption(Element e) {
    String tag = e.normalName();
    if (tag.equals("figcaption")) {
      return true;
    }
    return BLOCK_TAGS.contains(tag)
        && !tag.equals("body")
        && CAPTION.matcher(e.className() + " " + e.id()).find();
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
