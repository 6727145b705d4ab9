package org.herodotus.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a news page says about itself in its markup: JSON-LD {@code NewsArticle}, OpenGraph and
 * {@code article:} meta tags, {@code <time>}, bylines and the canonical link. Read from the whole
 * page before the main text is extracted.
 */
record HtmlMetadata(
    Optional<String> headline,
    Optional<String> description,
    Optional<String> published,
    Optional<String> url,
    List<String> authors,
    String language,
    Optional<String> jsonLdBody) {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final Set<String> ARTICLE_TYPES =
      Set.of(
          "newsarticle",
          "article",
          "reportagenewsarticle",
          "analysisnewsarticle",
          "opinionnewsarticle",
          "backgroundnewsarticle",
          "reviewnewsarticle",
          "blogposting",
          "liveblogposting",
          "socialmediaposting",
          "scholarlyarticle",
          "techarticle",
          "report");

  private static final Pattern TITLE_SEPARATOR =
      Pattern.compile("\\s+[|\\-\\u2013\\u2014:\\u00B7\\u2022*]\\s+|\\s+::\\s+");

  /** A section name in a title: up to three words, each capitalised ("World News", "Royal"). */
  private static final Pattern SECTION =
      Pattern.compile("[\\p{Lu}\\p{N}][\\p{L}\\p{N}&'.]*(\\s+[\\p{Lu}&][\\p{L}\\p{N}'.]*){0,2}");

  /** Words a site's name appears with or without ("CBC News", "Mirror Online", "Daily Mail"). */
  private static final Set<String> SITE_WORDS =
      Set.of(
          "news",
          "online",
          "daily",
          "com",
          "uk",
          "us",
          "international",
          "digital",
          "magazine",
          "media",
          "tv",
          "live",
          "network",
          "blog");

  /** The host of an http(s) address. */
  private static final Pattern HOST = Pattern.compile("(?i)https?://([^/:?#]+)");

  /** A domain ending: ".com", ".ca", ".co.uk", ".com.au". */
  private static final Pattern DOMAIN_END =
      Pattern.compile("(\\.(co|com|org|net|gov|ac))?\\.[a-z]{2,6}$");

  static HtmlMetadata of(Document page) {
    JsonNode article = jsonLdArticle(page);
    List<String> sites = siteNames(page, article);
    Optional<String> social =
        first(meta(page, "og:title"), meta(page, "twitter:title")).map(t -> withoutSite(t, sites));
    Optional<String> declared =
        first(text(article, "headline").map(t -> withoutSite(t, sites)), social);
    Optional<String> headline =
        first(
            shownAndShared(page, social),
            declared,
            h1(page, declared),
            titleWithoutSite(page, sites));
    Optional<String> description =
        first(
            text(article, "description"), meta(page, "og:description"), meta(page, "description"));
    Optional<String> published =
        first(
            text(article, "datePublished").flatMap(HtmlMetadata::normalizeDate),
            meta(page, "article:published_time").flatMap(HtmlMetadata::normalizeDate),
            itemprop(page, "datePublished").flatMap(HtmlMetadata::normalizeDate),
            timeElement(page),
            metaDate(page),
            text(article, "dateCreated").flatMap(HtmlMetadata::normalizeDate));
    Optional<String> url =
        first(
            attr(page, "link[rel=canonical]", "abs:href"),
            meta(page, "og:url"),
            text(article, "url"),
            text(article, "mainEntityOfPage"));
    List<String> authors = authors(page, article);
    String lang = page.select("html[lang]").attr("lang").trim().toLowerCase(Locale.ROOT);
    String language = lang.length() >= 2 ? lang.substring(0, 2) : "en";
    return new HtmlMetadata(
        headline, description, published, url, authors, language, rawText(article, "articleBody"));
  }

  // ---- JSON-LD

  /** The body the page declares in JSON-LD ({@code articleBody}), as written. */
  static Optional<String> declaredBody(Document page) {
    return rawText(jsonLdArticle(page), "articleBody");
  }

  /** The first JSON-LD object whose type is an article, or a missing node. */
  private static JsonNode jsonLdArticle(Document page) {
    for (Element script : page.select("script[type~=(?i)application/ld\\+json]")) {
      JsonNode root;
      try {
        root = JSON.readTree(script.data().trim());
      } catch (Exception e) {
        continue; // pages often carry broken JSON-LD; it is only a hint
      }
      Deque<JsonNode> todo = new ArrayDeque<>();
      if (root != null) {
        todo.add(root);
      }
      int seen = 0;
      while (!todo.isEmpty() && seen++ < 10_000) {
        JsonNode node = todo.poll();
        if (node.isArray()) {
          node.forEach(todo::add);
        } else if (node.isObject()) {
          if (isArticle(node.path("@type"))) {
            return node;
          }
          node.path("@graph").forEach(todo::add);
          JsonNode main = node.path("mainEntity");
          if (main.isObject() || main.isArray()) {
            todo.add(main);
          }
        }
      }
    }
    return JSON.missingNode();
  }

  private static boolean isArticle(JsonNode type) {
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (isArticle(t)) {
          return true;
        }
      }
      return false;
    }
    return type.isTextual() && ARTICLE_TYPES.contains(type.asText().toLowerCase(Locale.ROOT));
  }

  /** A text field as written, line breaks kept. */
  private static Optional<String> rawText(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isTextual() && !value.asText().isBlank()
        ? Optional.of(value.asText())
        : Optional.empty();
  }

  private static Optional<String> text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    if (value.isArray() && !value.isEmpty()) {
      value = value.get(0);
    }
    if (value.isObject()) {
      value = value.has("@id") ? value.path("@id") : value.path("url");
    }
    return value.isTextual() ? clean(value.asText()) : Optional.empty();
  }

  // ---- authors

  private static List<String> authors(Document page, JsonNode article) {
    Set<String> names = new LinkedHashSet<>();
    JsonNode author = article.path("author");
    List<JsonNode> items = new ArrayList<>();
    if (author.isArray()) {
      author.forEach(items::add);
    } else if (!author.isMissingNode()) {
      items.add(author);
    }
    for (JsonNode a : items) {
      String name = a.isTextual() ? a.asText() : a.path("name").asText("");
      if (a.isObject() && a.path("@type").asText("").equalsIgnoreCase("Organization")) {
        continue;
      }
      addNames(names, name);
    }
    if (names.isEmpty()) {
      meta(page, "author").ifPresent(n -> addNames(names, n));
    }
    if (names.isEmpty()) {
      meta(page, "article:author").ifPresent(n -> addNames(names, n));
    }
    if (names.isEmpty()) {
      for (Element e : page.select("[itemprop=author] [itemprop=name], a[rel=author]")) {
        addNames(names, e.hasAttr("content") ? e.attr("content") : e.text());
      }
    }
    return List.copyOf(names);
  }

  private static final Pattern NAME_SPLIT =
      Pattern.compile("\\s*(?:,|;|\\band\\b|&|\\u0026)\\s*", Pattern.CASE_INSENSITIVE);

  private static void addNames(Set<String> names, String raw) {
    String value = collapse(raw);
    if (value.isEmpty()
        || value.startsWith("http")
        || value.contains("@")
        || value.length() > 200) {
      return;
    }
    value = value.replaceFirst("(?i)^by\\s+", "");
    for (String part : NAME_SPLIT.split(value)) {
      String name = part.trim();
      if (name.length() >= 2 && name.length() <= 60) {
        names.add(name);
      }
    }
  }

  // ---- dates

  private static final DateTimeFormatter OUT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX", Locale.ROOT);

  private static final DateTimeFormatter ISO_LENIENT =
      new DateTimeFormatterBuilder()
          .parseCaseInsensitive()
          .appendPattern("uuuu-MM-dd")
          .optionalStart()
          .appendLiteral('T')
          .optionalEnd()
          .optionalStart()
          .appendLiteral(' ')
          .optionalEnd()
          .appendPattern("HH:mm")
          .optionalStart()
          .appendPattern(":ss")
          .optionalEnd()
          .optionalStart()
          .appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true)
          .optionalEnd()
          .optionalStart()
          .appendLiteral(' ')
          .optionalEnd()
          .optionalStart()
          .appendOffset("+HH:MM", "Z")
          .optionalEnd()
          .optionalStart()
          .appendOffset("+HHMM", "Z")
          .optionalEnd()
          .optionalStart()
          .appendOffset("+HH", "Z")
          .optionalEnd()
          .toFormatter(Locale.ROOT);

  /**
   * An ISO-8601 date ({@code yyyy-MM-dd}) or date-time with offset from what a page writes in its
   * metadata; a time without a zone is kept as the date alone.
   */
  static Optional<String> normalizeDate(String raw) {
    String value = collapse(raw);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(OffsetDateTime.parse(value).format(OUT));
    } catch (DateTimeParseException e) {
      // try the next form
    }
    try {
      return Optional.of(ZonedDateTime.parse(value).toOffsetDateTime().format(OUT));
    } catch (DateTimeParseException e) {
      // try the next form
    }
    try {
      var parsed = ISO_LENIENT.parseBest(value, OffsetDateTime::from, LocalDateTime::from);
      if (parsed instanceof OffsetDateTime odt) {
        return Optional.of(odt.format(OUT));
      }
      return Optional.of(((LocalDateTime) parsed).toLocalDate().toString());
    } catch (DateTimeParseException e) {
      // try the next form
    }
    if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
      try {
        return Optional.of(LocalDate.parse(value).toString());
      } catch (DateTimeParseException e) {
        return Optional.empty();
      }
    }
    if (value.matches("\\d{4}-\\d{2}-\\d{2}T.*")) {
      try {
        return Optional.of(LocalDate.parse(value.substring(0, 10)).toString());
      } catch (DateTimeParseException e) {
        return Optional.empty();
      }
    }
    return PublicationDates.parse(value);
  }

  private static Optional<String> timeElement(Document page) {
    for (Element time : page.select("time[datetime]")) {
      Optional<String> value = normalizeDate(time.attr("datetime"));
      if (value.isPresent()) {
        return value;
      }
    }
    return Optional.empty();
  }

  private static final List<String> DATE_META =
      List.of(
          "pubdate",
          "publishdate",
          "publish-date",
          "date",
          "dc.date",
          "dc.date.issued",
          "dcterms.created",
          "dcterms.date",
          "sailthru.date",
          "parsely-pub-date",
          "article.published",
          "og:published_time",
          "published_time",
          "cxenseparse:recs:publishtime");

  private static Optional<String> metaDate(Document page) {
    for (String name : DATE_META) {
      Optional<String> value = meta(page, name).flatMap(HtmlMetadata::normalizeDate);
      if (value.isPresent()) {
        return value;
      }
    }
    return Optional.empty();
  }

  // ---- meta tags and markup

  /** The content of {@code <meta property|name|itemprop=key>}, case-insensitive. */
  static Optional<String> meta(Document page, String key) {
    for (Element m : page.getElementsByTag("meta")) {
      String k =
          m.hasAttr("property")
              ? m.attr("property")
              : m.hasAttr("name") ? m.attr("name") : m.attr("itemprop");
      if (k.equalsIgnoreCase(key)) {
        Optional<String> v = clean(m.attr("content"));
        if (v.isPresent()) {
          return v;
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<String> itemprop(Document page, String key) {
    for (Element e : page.getElementsByAttributeValue("itemprop", key)) {
      String v = e.hasAttr("content") ? e.attr("content") : e.attr("datetime");
      if (!v.isBlank()) {
        return clean(v);
      }
    }
    return Optional.empty();
  }

  private static Optional<String> attr(Document page, String css, String attr) {
    Element e = page.selectFirst(css);
    return e == null ? Optional.empty() : clean(e.attr(attr));
  }

  /**
   * The headline shown on the page: the first {@code <h1>} that shares at least a third of its
   * words with the declared (JSON-LD or OpenGraph) headline, or the first {@code <h1>} when none is
   * declared. Pages often declare a search-engine variant of the headline they show; a logo in an
   * {@code <h1>} shares no words with the declared headline and is passed over.
   */
  private static Optional<String> h1(Document page, Optional<String> declared) {
    if (page.body() == null) {
      return Optional.empty();
    }
    for (Element h1 : page.body().getElementsByTag("h1")) {
      Optional<String> text = clean(h1.text());
      if (text.isEmpty() || text.get().length() < 10) {
        continue;
      }
      if (declared.isEmpty() || overlap(text.get(), declared.get()) >= 1 / 3.0) {
        return text;
      }
    }
    return Optional.empty();
  }

  /**
   * The {@code <h1>} that says the same as the title the page gives for sharing (OpenGraph or
   * Twitter): two sources agreeing on the headline readers see. The JSON-LD headline, when it
   * differs, is then a search-engine variant. The shared title may add furniture after a separator
   * that is not a known site name ("Headline - National | Globalnews.ca"): the {@code <h1>} is then
   * the headline without it.
   */
  private static Optional<String> shownAndShared(Document page, Optional<String> social) {
    if (page.body() == null || social.isEmpty()) {
      return Optional.empty();
    }
    String key = comparable(social.get());
    for (Element h1 : page.body().getElementsByTag("h1")) {
      Optional<String> text = clean(h1.text());
      if (text.isPresent() && (comparable(text.get()).equals(key) || furnished(key, text.get()))) {
        return text;
      }
    }
    return Optional.empty();
  }

  /** True when {@code title} (comparable) is {@code headline}, a separator and more. */
  private static boolean furnished(String title, String headline) {
    String h = comparable(headline);
    if (h.length() < 10 || !title.startsWith(h)) {
      return false;
    }
    Matcher m = TITLE_SEPARATOR.matcher(title);
    return m.find(h.length()) && m.start() == h.length();
  }

  /** Lower case, typographic quotes and dashes as plain ones, whitespace collapsed. */
  private static String comparable(String s) {
    return collapse(s)
        .replaceAll("[\u2018\u2019\u201A\u201B\u2032]", "'")
        .replaceAll("[\u201C\u201D\u201E\u201F\u2033]", "\"")
        .replaceAll("[\u2010-\u2015\u2212]", "-")
        .toLowerCase(Locale.ROOT);
  }

  private static double overlap(String a, String b) {
    Set<String> wa = words(a);
    Set<String> wb = words(b);
    if (wa.isEmpty() || wb.isEmpty()) {
      return 0;
    }
    int common = 0;
    for (String w : wa) {
      if (wb.contains(w)) {
        common++;
      }
    }
    return common / (double) Math.max(wa.size(), wb.size());
  }

  private static Set<String> words(String s) {
    Set<String> out = new LinkedHashSet<>();
    for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }

  /**
   * The names the page gives its site, for recognising them after a headline: {@code og:site_name},
   * {@code application-name}, the JSON-LD publisher's name and the canonical address's host.
   */
  private static List<String> siteNames(Document page, JsonNode article) {
    List<String> names = new ArrayList<>();
    meta(page, "og:site_name").ifPresent(names::add);
    meta(page, "application-name").ifPresent(names::add);
    JsonNode publisher = article.path("publisher");
    if (publisher.isArray() && !publisher.isEmpty()) {
      publisher = publisher.get(0);
    }
    text(publisher, "name").ifPresent(names::add);
    first(attr(page, "link[rel=canonical]", "abs:href"), meta(page, "og:url"))
        .flatMap(HtmlMetadata::host)
        .ifPresent(names::add);
    return names;
  }

  private static Optional<String> host(String url) {
    Matcher m = HOST.matcher(url);
    return m.lookingAt() ? Optional.of(m.group(1)) : Optional.empty();
  }

  /**
   * "Headline | Site", "Headline - Site | by Author": the headline without the first separator
   * followed by one of the page's site names and everything after it (the site, then often a
   * section or the author), with the capitalised section names of up to three words right before
   * the site ("Headline | World News | Site"). A separator inside the headline ("BUDGET 3.0 | Sars
   * gets R4bn") stays.
   */
  static String withoutSite(String title, List<String> sites) {
    Matcher m = TITLE_SEPARATOR.matcher(title);
    List<int[]> separators = new ArrayList<>();
    while (m.find()) {
      separators.add(new int[] {m.start(), m.end()});
    }
    for (int i = 0; i < separators.size(); i++) {
      int start = separators.get(i)[0];
      int end = i + 1 < separators.size() ? separators.get(i + 1)[0] : title.length();
      String segment = title.substring(separators.get(i)[1], end);
      if (start >= title.length() / 3 && start > 0 && isSiteName(segment, sites)) {
        // section names just before the site ("Headline | World News | Site") go with it
        while (i > 0) {
          int before = separators.get(i - 1)[0];
          String section = title.substring(separators.get(i - 1)[1], separators.get(i)[0]);
          if (before < title.length() / 3 || !SECTION.matcher(section).matches()) {
            break;
          }
          i--;
        }
        return title.substring(0, separators.get(i)[0]);
      }
    }
    return title;
  }

  /**
   * True when a segment after a headline names the site: the same letters and digits as one of its
   * names, ignoring case, a leading "The" and a domain ending ("Globalnews.ca" is "Global News",
   * "Express.co.uk" is "Express"), or the same words and one of the words publishers add to their
   * names at the start or end ("CBC News" and "CBC", "Mirror Online" and "The Mirror", "Daily Mail
   * Online" and "Mail Online"; not "Reuters exclusive" and "Reuters").
   */
  static boolean isSiteName(String segment, List<String> sites) {
    List<String> s = siteWords(segment);
    if (s.isEmpty() || s.size() > 5) {
      return false;
    }
    for (String site : sites) {
      List<String> k = siteWords(site);
      if (k.isEmpty()) {
        continue;
      }
      if (String.join("", s).equals(String.join("", k))) {
        return true;
      }
      List<String> shorter = s.size() < k.size() ? s : k;
      List<String> longer = s.size() < k.size() ? k : s;
      if (longer.size() == shorter.size() + 1 && String.join("", shorter).length() >= 3) {
        if (longer.subList(0, shorter.size()).equals(shorter)
            && SITE_WORDS.contains(longer.get(longer.size() - 1))) {
          return true;
        }
        if (longer.subList(1, longer.size()).equals(shorter)
            && SITE_WORDS.contains(longer.get(0))) {
          return true;
        }
      }
    }
    return false;
  }

  /** A site name as lower-case words, without "The", "www." or a domain ending. */
  private static List<String> siteWords(String name) {
    String t = collapse(name).toLowerCase(Locale.ROOT);
    t = t.replaceFirst("^@", "").replaceFirst("^www\\.", "");
    if (!t.contains(" ")) {
      t = DOMAIN_END.matcher(t).replaceFirst("");
    }
    List<String> words = new ArrayList<>();
    for (String w : t.split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty()) {
        words.add(w);
      }
    }
    if (words.size() > 1 && words.get(0).equals("the")) {
      words.remove(0);
    }
    return words;
  }

  /**
   * The page title without the site name: cut where a site name follows a separator, else at the
   * last separator when what is left keeps most of the title ("Headline | Site").
   */
  private static Optional<String> titleWithoutSite(Document page, List<String> sites) {
    String title = collapse(page.title());
    String cut = withoutSite(title, sites);
    if (!cut.equals(title)) {
      return clean(cut);
    }
    var m = TITLE_SEPARATOR.matcher(title);
    int last = -1;
    while (m.find()) {
      last = m.start();
    }
    if (last > 0 && last >= title.length() / 3) {
      title = title.substring(0, last);
    }
    return clean(title);
  }

  @SafeVarargs
  private static Optional<String> first(Optional<String>... values) {
    for (Optional<String> v : values) {
      if (v.isPresent()) {
        return v;
      }
    }
    return Optional.empty();
  }

  private static Optional<String> clean(String raw) {
    String value = collapse(org.jsoup.parser.Parser.unescapeEntities(raw, false));
    return value.isEmpty() ? Optional.empty() : Optional.of(value);
  }

  /** Whitespace runs (including no-break spaces) become one space; the ends are trimmed. */
  static String collapse(String raw) {
    StringBuilder out = new StringBuilder(raw.length());
    boolean space = false;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (Whitespace.isBlank(c)) {
        space = out.length() > 0;
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }
}
