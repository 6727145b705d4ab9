package org.herodotus.read;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.herodotus.lexicon.WordLists;
import org.jsoup.nodes.Document;

/**
 * The names a page gives its site, for recognising them after a headline ("Headline | The
 * Courier"): {@code og:site_name}, {@code application-name}, the JSON-LD publisher's name and the
 * canonical address's host. The words publishers add to their names ("CBC News", "Mirror Online")
 * are the word list {@code site-name-words}.
 */
final class SiteNames {

  /** The name of the word list of words a site's name appears with or without. */
  static final String SITE_NAME_WORDS = "site-name-words";

  /** A separator between a headline and what a title adds to it: " | ", " - ", " :: " ... */
  static final Pattern TITLE_SEPARATOR =
      Pattern.compile("\\s+[|\\-\\u2013\\u2014:\\u00B7\\u2022*]\\s+|\\s+::\\s+");

  /** A section name in a title: up to three words, each capitalised ("World News", "Royal"). */
  private static final Pattern SECTION =
      Pattern.compile("[\\p{Lu}\\p{N}][\\p{L}\\p{N}&'.]*(\\s+[\\p{Lu}&][\\p{L}\\p{N}'.]*){0,2}");

  /** The host of an http(s) address. */
  private static final Pattern HOST = Pattern.compile("(?i)https?://([^/:?#]+)");

  /** A domain ending: ".com", ".ca", ".co.uk", ".com.au". */
  private static final Pattern DOMAIN_END =
      Pattern.compile("(\\.(co|com|org|net|gov|ac))?\\.[a-z]{2,6}$");

  private final List<String> names;
  private final Set<String> siteWords;

  SiteNames(List<String> names, WordLists words) {
    this.names = List.copyOf(names);
    this.siteWords = words.get(SITE_NAME_WORDS);
  }

  /** The site names of {@code page}, whose JSON-LD article is {@code article}. */
  static SiteNames of(Document page, JsonNode article, WordLists words) {
    List<String> names = new ArrayList<>();
    MetaTags.meta(page, "og:site_name").ifPresent(names::add);
    MetaTags.meta(page, "application-name").ifPresent(names::add);
    JsonNode publisher = article.path("publisher");
    if (publisher.isArray() && !publisher.isEmpty()) {
      publisher = publisher.get(0);
    }
    JsonLd.text(publisher, "name").ifPresent(names::add);
    MetaTags.first(
            MetaTags.attr(page, "link[rel=canonical]", "abs:href"), MetaTags.meta(page, "og:url"))
        .flatMap(SiteNames::host)
        .ifPresent(names::add);
    return new SiteNames(names, words);
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
  String withoutSite(String title) {
    Matcher m = TITLE_SEPARATOR.matcher(title);
    List<int[]> separators = new ArrayList<>();
    while (m.find()) {
      separators.add(new int[] {m.start(), m.end()});
    }
    for (int i = 0; i < separators.size(); i++) {
      int start = separators.get(i)[0];
      int end = i + 1 < separators.size() ? separators.get(i + 1)[0] : title.length();
      String segment = title.substring(separators.get(i)[1], end);
      if (start >= title.length() / 3 && start > 0 && isSiteName(segment)) {
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
  boolean isSiteName(String segment) {
    List<String> s = words(segment);
    if (s.isEmpty() || s.size() > 5) {
      return false;
    }
    for (String site : names) {
      List<String> k = words(site);
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
            && siteWords.contains(longer.get(longer.size() - 1))) {
          return true;
        }
        if (longer.subList(1, longer.size()).equals(shorter) && siteWords.contains(longer.get(0))) {
          return true;
        }
      }
    }
    return false;
  }

  /** A site name as lower-case words, without "The", "www." or a domain ending. */
  private static List<String> words(String name) {
    String t = Whitespace.collapse(name).toLowerCase(Locale.ROOT);
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
}
