package org.herodotus.eval.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.herodotus.doc.Span;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The four geoparsing gold sets of Gritta et al.'s "Pragmatic Guide to Geoparsing Evaluation"
 * repository, read from their XML files: GeoVirus, GeoWebNews, LGL and TR-News.
 *
 * <p>Offset repair: some gold offsets do not slice their own name from the text (every GeoVirus
 * offset is one character too high, a few TR-News offsets are shifted, five GeoWebNews offsets are
 * negative). Such a toponym is moved to the nearest occurrence of its name within 300 characters,
 * or dropped when there is none; {@link Dataset#repaired} and {@link Dataset#dropped} count them.
 *
 * <p>GeoWebNews toponyms: the annotations of the "Literal" and "Associative" groups of the paper,
 * i.e. the eight types that carry coordinates ({@link #GWN_TOPONYM_TYPES}), count as gold. Spans of
 * Demonym, Language, Literal_Expression and Non_Lit_Expression annotations are neither gold nor
 * errors: a prediction that overlaps only such a span is ignored. Non_Toponym and Homonym
 * annotations are not gold, so a prediction there is a false positive.
 */
public final class GeoCorpus {

  /** GeoWebNews types that count as toponyms (Literal and Associative groups). */
  public static final Set<String> GWN_TOPONYM_TYPES =
      Set.of(
          "Literal",
          "Literal_Modifier",
          "Mixed",
          "Coercion",
          "Embedded_Literal",
          "Metonymic",
          "Non_Literal_Modifier",
          "Embedded_Non_Lit");

  /** GeoWebNews types whose spans are ignored when scoring predictions. */
  public static final Set<String> GWN_IGNORED_TYPES =
      Set.of("Demonym", "Language", "Literal_Expression", "Non_Lit_Expression");

  static final int REPAIR_WINDOW = 300;

  /** The dataset names, in report order, with their file names. */
  public enum Name {
    GEOVIRUS("GeoVirus", "GeoVirus.xml", "geovirus"),
    GEOWEBNEWS("GeoWebNews", "GeoWebNews.xml", "gwn"),
    LGL("LGL", "lgl.xml", "lgl"),
    TRNEWS("TR-News", "TR-News.xml", "trnews");

    public final String label;
    public final String file;
    final String idPrefix;

    Name(String label, String file, String idPrefix) {
      this.label = label;
      this.file = file;
      this.idPrefix = idPrefix;
    }

    /** The dataset for a user-given name, ignoring case and punctuation ("tr-news", "trnews"). */
    public static Name parse(String text) {
      String k = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
      for (Name n : values()) {
        if (n.label.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "").equals(k)
            || n.idPrefix.equals(k)) {
          return n;
        }
      }
      throw new IllegalArgumentException(
          "unknown dataset '" + text + "' (known: GeoVirus, GeoWebNews, LGL, TR-News)");
    }
  }

  /** A point on the globe, in degrees. */
  public record Point(double lat, double lon) {}

  /** A gold toponym: its span in the article text, its name, type and gold coordinates if any. */
  public record Toponym(
      Span span, String name, String type, Optional<Point> point, Optional<String> goldName) {
    public Toponym(Span span, String name, String type, Optional<Point> point) {
      this(span, name, type, point, Optional.empty());
    }
  }

  /**
   * One gold article.
   *
   * @param ignored spans that are neither toponyms nor errors (GeoWebNews expressions, demonyms)
   */
  public record Article(String id, String text, List<Toponym> toponyms, List<Span> ignored) {
    public Article {
      toponyms = List.copyOf(toponyms);
      ignored = List.copyOf(ignored);
    }
  }

  /** One loaded dataset and what the offset repair did. */
  public record Dataset(Name name, List<Article> articles, int repaired, int dropped) {
    public Dataset {
      articles = List.copyOf(articles);
    }

    /** The same dataset restricted to articles [from, to). */
    public Dataset slice(int from, int to) {
      int a = Math.max(0, Math.min(from, articles.size()));
      int b = Math.max(a, Math.min(to, articles.size()));
      return new Dataset(name, articles.subList(a, b), repaired, dropped);
    }

    public int toponyms() {
      return articles.stream().mapToInt(x -> x.toponyms().size()).sum();
    }
  }

  private GeoCorpus() {}

  /** Reads one dataset from its file in {@code dir}. */
  public static Dataset load(Path dir, Name name) {
    Path file = dir.resolve(name.file);
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("no " + name.file + " in " + dir);
    }
    Document xml;
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setExpandEntityReferences(false);
      f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      DocumentBuilder builder = f.newDocumentBuilder();
      xml = builder.parse(file.toFile());
    } catch (ParserConfigurationException | SAXException e) {
      throw new IllegalArgumentException("cannot parse " + file + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    Repair repair = new Repair();
    List<Article> articles = new ArrayList<>();
    NodeList nodes = xml.getDocumentElement().getElementsByTagName("article");
    for (int i = 0; i < nodes.getLength(); i++) {
      Element article = (Element) nodes.item(i);
      String text = childText(article, "text").orElse("");
      String id = String.format(Locale.ROOT, "%s_%03d", name.idPrefix, i);
      List<Toponym> toponyms = new ArrayList<>();
      List<Span> ignored = new ArrayList<>();
      switch (name) {
        case GEOVIRUS -> readGeoVirus(article, text, repair, toponyms);
        case GEOWEBNEWS -> readGeoWebNews(article, text, repair, toponyms, ignored);
        default -> readLgl(article, text, repair, toponyms);
      }
      articles.add(new Article(id, text, toponyms, ignored));
    }
    return new Dataset(name, articles, repair.repaired, repair.dropped);
  }

  private static void readGeoVirus(Element article, String text, Repair repair, List<Toponym> out) {
    for (Element loc : children(article, "locations", "location")) {
      String nm = childText(loc, "name").orElse("");
      Optional<Point> point = point(childText(loc, "lat"), childText(loc, "lon"));
      Optional<String> page = childText(loc, "page").map(GeoCorpus::wikipediaTitle);
      repair
          .span(text, nm, intOf(childText(loc, "start")), intOf(childText(loc, "end")))
          .ifPresent(s -> out.add(new Toponym(s, nm, "toponym", point, page)));
    }
  }

  /**
   * The title of a Wikipedia page from its address, without a disambiguating part:
   * ".../wiki/Pandi,_Bulacan" → "Pandi", ".../wiki/Georgia_(country)" → "Georgia".
   */
  static String wikipediaTitle(String url) {
    String last = url.substring(url.lastIndexOf('/') + 1);
    String title = java.net.URLDecoder.decode(last, java.nio.charset.StandardCharsets.UTF_8);
    title = title.replace('_', ' ').replaceAll("\\s*\\(.*\\)", "");
    int comma = title.indexOf(',');
    return (comma > 0 ? title.substring(0, comma) : title).trim();
  }

  private static void readGeoWebNews(
      Element article, String text, Repair repair, List<Toponym> out, List<Span> ignored) {
    for (Element t : children(article, "toponyms", "toponym")) {
      String type = childText(t, "type").orElse("").trim();
      boolean gold = GWN_TOPONYM_TYPES.contains(type);
      boolean ignore = GWN_IGNORED_TYPES.contains(type);
      if (!gold && !ignore) {
        continue;
      }
      String nm = childText(t, "extractedName").orElse("");
      Optional<Span> span =
          repair.span(text, nm, intOf(childText(t, "start")), intOf(childText(t, "end")));
      if (span.isEmpty()) {
        continue;
      }
      if (gold) {
        Optional<Point> point = point(childText(t, "latitude"), childText(t, "longitude"));
        out.add(
            new Toponym(
                span.get(),
                nm,
                type,
                point,
                childText(t, "normalisedName").filter(n -> !n.isBlank())));
      } else {
        ignored.add(span.get());
      }
    }
  }

  private static void readLgl(Element article, String text, Repair repair, List<Toponym> out) {
    for (Element t : children(article, "toponyms", "toponym")) {
      String nm = childText(t, "phrase").orElse("");
      Optional<Point> point = Optional.empty();
      Optional<String> goldName = Optional.empty();
      String type = "toponym";
      NodeList gaz = t.getElementsByTagName("gaztag");
      if (gaz.getLength() > 0) {
        Element g = (Element) gaz.item(0);
        point = point(childText(g, "lat"), childText(g, "lon"));
        type = childText(g, "fclass").orElse("") + "/" + childText(g, "fcode").orElse("");
        goldName = childText(g, "name");
      }
      String finalType = type;
      Optional<Point> finalPoint = point;
      Optional<String> finalName = goldName;
      repair
          .span(text, nm, intOf(childText(t, "start")), intOf(childText(t, "end")))
          .ifPresent(s -> out.add(new Toponym(s, nm, finalType, finalPoint, finalName)));
    }
  }

  /** Moves misplaced gold spans onto their name. */
  static final class Repair {
    int repaired;
    int dropped;

    Optional<Span> span(String text, String name, int start, int end) {
      if (name.isEmpty()) {
        dropped++;
        return Optional.empty();
      }
      if (start >= 0 && end <= text.length() && start <= end) {
        if (text.substring(start, end).equals(name)) {
          return Optional.of(Span.of(start, end));
        }
      }
      int best = -1;
      int from = Math.max(0, start - REPAIR_WINDOW);
      for (int at = text.indexOf(name, from); at >= 0; at = text.indexOf(name, at + 1)) {
        if (at > start + REPAIR_WINDOW) {
          break;
        }
        if (best < 0 || Math.abs(at - start) < Math.abs(best - start)) {
          best = at;
        }
      }
      if (best < 0) {
        dropped++;
        return Optional.empty();
      }
      repaired++;
      return Optional.of(Span.of(best, best + name.length()));
    }
  }

  private static List<Element> children(Element parent, String container, String tag) {
    List<Element> out = new ArrayList<>();
    for (Node c = parent.getFirstChild(); c != null; c = c.getNextSibling()) {
      if (c instanceof Element e && e.getTagName().equals(container)) {
        for (Node d = e.getFirstChild(); d != null; d = d.getNextSibling()) {
          if (d instanceof Element x && x.getTagName().equals(tag)) {
            out.add(x);
          }
        }
      }
    }
    return out;
  }

  private static Optional<String> childText(Element parent, String tag) {
    for (Node c = parent.getFirstChild(); c != null; c = c.getNextSibling()) {
      if (c instanceof Element e && e.getTagName().equals(tag)) {
        return Optional.of(e.getTextContent());
      }
    }
    return Optional.empty();
  }

  private static int intOf(Optional<String> s) {
    try {
      return s.map(String::trim).map(Integer::parseInt).orElse(-1);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static Optional<Point> point(Optional<String> lat, Optional<String> lon) {
    try {
      if (lat.isEmpty() || lon.isEmpty() || lat.get().isBlank() || lon.get().isBlank()) {
        return Optional.empty();
      }
      return Optional.of(
          new Point(Double.parseDouble(lat.get().trim()), Double.parseDouble(lon.get().trim())));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
