package org.herodotus.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The rules of a site's {@code robots.txt} that apply to one crawler (RFC 9309, simply): the group
 * whose {@code User-agent} names the crawler's product token, else the {@code *} group; within it,
 * the longest matching {@code Allow}/{@code Disallow} path prefix decides ({@code *} matches any
 * run of characters, a final {@code $} anchors the end), {@code Allow} winning a tie. A {@code
 * Crawl-delay} in the group is kept. Unknown lines are ignored.
 */
final class RobotsTxt {

  private record Rule(boolean allow, String pattern) {}

  private final List<Rule> rules;
  private final Optional<Double> crawlDelaySeconds;

  private RobotsTxt(List<Rule> rules, Optional<Double> crawlDelaySeconds) {
    this.rules = List.copyOf(rules);
    this.crawlDelaySeconds = crawlDelaySeconds;
  }

  /** Everything allowed (no robots.txt, or a 4xx for it). */
  static RobotsTxt allowAll() {
    return new RobotsTxt(List.of(), Optional.empty());
  }

  /** Nothing allowed (the site's robots.txt could not be fetched: a 5xx or a network error). */
  static RobotsTxt disallowAll() {
    return new RobotsTxt(List.of(new Rule(false, "/")), Optional.empty());
  }

  /** The rules of {@code content} for the crawler whose product token is {@code agent}. */
  static RobotsTxt parse(String content, String agent) {
    String token = agent.toLowerCase(Locale.ROOT);
    List<Rule> mine = new ArrayList<>();
    List<Rule> star = new ArrayList<>();
    Optional<Double> myDelay = Optional.empty();
    Optional<Double> starDelay = Optional.empty();
    boolean foundMine = false;
    // the current group: which agents it names; consecutive User-agent lines share a group
    boolean groupMine = false;
    boolean groupStar = false;
    boolean inRules = false;
    for (String raw : content.split("\r\n|\r|\n")) {
      int hash = raw.indexOf('#');
      String line = (hash >= 0 ? raw.substring(0, hash) : raw).strip();
      int colon = line.indexOf(':');
      if (colon <= 0) {
        continue;
      }
      String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
      String value = line.substring(colon + 1).strip();
      switch (key) {
        case "user-agent" -> {
          if (inRules) {
            groupMine = false;
            groupStar = false;
            inRules = false;
          }
          String name = value.toLowerCase(Locale.ROOT);
          if (name.equals("*")) {
            groupStar = true;
          } else if (!name.isEmpty() && token.startsWith(name.split("/")[0])) {
            groupMine = true;
            foundMine = true;
          }
        }
        case "allow", "disallow" -> {
          inRules = true;
          if (value.isEmpty()) {
            continue; // "Disallow:" with nothing allows everything
          }
          Rule rule = new Rule(key.equals("allow"), value);
          if (groupMine) {
            mine.add(rule);
          }
          if (groupStar) {
            star.add(rule);
          }
        }
        case "crawl-delay" -> {
          inRules = true;
          Optional<Double> delay = parseDelay(value);
          if (groupMine && delay.isPresent()) {
            myDelay = delay;
          }
          if (groupStar && delay.isPresent()) {
            starDelay = delay;
          }
        }
        default -> {
          // sitemap and extensions: not rules for us
        }
      }
    }
    return foundMine ? new RobotsTxt(mine, myDelay) : new RobotsTxt(star, starDelay);
  }

  private static Optional<Double> parseDelay(String value) {
    try {
      double d = Double.parseDouble(value);
      return d >= 0 && d <= 3600 ? Optional.of(d) : Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** Whether the crawler may fetch {@code path} (path and query, as in {@code /news/a?x=1}). */
  boolean allows(String path) {
    String p = path.isEmpty() ? "/" : path;
    int best = -1;
    boolean allowed = true;
    for (Rule rule : rules) {
      int length = rule.pattern().length();
      if (matches(rule.pattern(), p)
          && (length > best || (length == best && rule.allow() && !allowed))) {
        best = length;
        allowed = rule.allow();
      }
    }
    return allowed;
  }

  Optional<Double> crawlDelaySeconds() {
    return crawlDelaySeconds;
  }

  private static boolean matches(String pattern, String path) {
    boolean anchored = pattern.endsWith("$");
    String pat = anchored ? pattern.substring(0, pattern.length() - 1) : pattern;
    return match(pat, 0, path, 0, anchored);
  }

  private static boolean match(String pat, int pi, String path, int si, boolean anchored) {
    while (pi < pat.length()) {
      char c = pat.charAt(pi);
      if (c == '*') {
        while (pi < pat.length() && pat.charAt(pi) == '*') {
          pi++;
        }
        if (pi == pat.length()) {
          return true;
        }
        for (int k = si; k <= path.length(); k++) {
          if (match(pat, pi, path, k, anchored)) {
            return true;
          }
        }
        return false;
      }
      if (si >= path.length() || path.charAt(si) != c) {
        return false;
      }
      pi++;
      si++;
    }
    return !anchored || si == path.length();
  }
}
