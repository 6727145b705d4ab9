package org.herodotus.eval.score;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.herodotus.doc.Span;
import org.herodotus.place.Gazetteer;

/**
 * Place names inside ORGANIZATION name mentions, as the gold sets count them (eval geo {@code
 * --org-places}): a mention whose whole text is a country, first-order division or region
 * (metonymy: "Russia said" tagged as an organization), else the longest leading one to three words
 * that name one (a toponym embedded in an organization's name: "Pakistan" in "Pakistan Army",
 * "Mississippi" in "Mississippi State University"; GeoWebNews' Embedded_Non_Lit).
 */
public final class OrgPlaces {

  /** Longest embedded name, in words. */
  static final int MAX_WORDS = 3;

  private static final Pattern WORD = Pattern.compile("\\S+");

  private final Gazetteer gazetteer;

  public OrgPlaces(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** The place span in an organization's name, if there is one. */
  public Optional<Span> in(String text, Span organization) {
    String name = organization.slice(text);
    if (large(name)) {
      return Optional.of(organization);
    }
    List<Integer> ends = new ArrayList<>();
    Matcher m = WORD.matcher(name);
    while (m.find()) {
      ends.add(m.end());
    }
    for (int k = Math.min(MAX_WORDS, ends.size() - 1); k >= 1; k--) {
      String prefix = name.substring(0, ends.get(k - 1));
      if (large(prefix)) {
        return Optional.of(Span.of(organization.start(), organization.start() + ends.get(k - 1)));
      }
    }
    return Optional.empty();
  }

  private boolean large(String name) {
    return gazetteer.lookup(name).stream()
        .anyMatch(e -> e.isCountry() || e.isDivision() || e.isRegion());
  }
}
