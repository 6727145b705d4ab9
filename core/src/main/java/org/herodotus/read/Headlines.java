package org.herodotus.read;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The headline of a page, the first of: the {@code <h1>} that the title given for sharing confirms;
 * the declared headline (JSON-LD, else the title for sharing); the {@code <h1>} that shares words
 * with the declared headline; the page title. Each without the site's name.
 */
final class Headlines {

  private Headlines() {}

  static Optional<String> of(Document page, JsonNode article, SiteNames sites) {
    Optional<String> social =
        MetaTags.first(MetaTags.meta(page, "og:title"), MetaTags.meta(page, "twitter:title"))
            .map(sites::withoutSite);
    Optional<String> declared =
        MetaTags.first(JsonLd.text(article, "headline").map(sites::withoutSite), social);
    return MetaTags.first(
        shownAndShared(page, social), declared, h1(page, declared), titleWithoutSite(page, sites));
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
      Optional<String> text = MetaTags.clean(h1.text());
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
      Optional<String> text = MetaTags.clean(h1.text());
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
    Matcher m = SiteNames.TITLE_SEPARATOR.matcher(title);
    return m.find(h.length()) && m.start() == h.length();
  }

  /** Lower case, typographic quotes and dashes as plain ones, whitespace collapsed. */
  private static String comparable(String s) {
    return Whitespace.collapse(s)
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
   * The page title without the site name: cut where a site name follows a separator, else at the
   * last separator when what is left keeps most of the title ("Headline | Site").
   */
  private static Optional<String> titleWithoutSite(Document page, SiteNames sites) {
    String title = Whitespace.collapse(page.title());
    String cut = sites.withoutSite(title);
    if (!cut.equals(title)) {
      return MetaTags.clean(cut);
    }
    var m = SiteNames.TITLE_SEPARATOR.matcher(title);
    int last = -1;
    while (m.find()) {
      last = m.start();
    }
    if (last > 0 && last >= title.length() / 3) {
      title = title.substring(0, last);
    }
    return MetaTags.clean(title);
  }
}
