package org.herodotus.place;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.herodotus.lexicon.WordLists;

/**
 * A name the gazetteer lacks that ends in a word of an administrative unit ("Laurel County", "Akita
 * Prefecture", "Union Township") is read through the name before that word, its stem:
 *
 * <ul>
 *   <li>after a word of the word list {@code division-words} (county, province, state ...) the stem
 *       may be the division's own name in the gazetteer: "Akita Prefecture" is the prefecture
 *       Akita, one in a country the article is set in first. Reason: "division Akita by its bare
 *       name";
 *   <li>else, and after a word of {@code local-unit-words} (parish, borough, township, district),
 *       the unit is placed at the place its name is taken from, but only at one in a country the
 *       article is set in: counties and townships are commonly named after their seat or a town in
 *       them. Reason: "division named after Laurel (division not in gazetteer)".
 * </ul>
 */
record DivisionByStem(Gazetteer gazetteer, PlaceScore score, WordLists words) implements PlaceRule {

  static final String DIVISION_WORDS = "division-words";
  static final String LOCAL_UNIT_WORDS = "local-unit-words";

  @Override
  public Optional<ResolvedPlace> apply(Toponym toponym) {
    String name = toponym.name();
    String lower = name.toLowerCase(Locale.ROOT).trim();
    Optional<String> unitWord = unitWord(lower);
    if (unitWord.isEmpty()) {
      return Optional.empty();
    }
    String word = unitWord.get();
    String stem = name.trim().substring(0, lower.length() - word.length()).trim();
    Set<String> setting = toponym.context().settingCountries();
    boolean divisionWord =
        words.get(LOCAL_UNIT_WORDS).stream().noneMatch(w -> (" " + w).equalsIgnoreCase(word));
    List<GazetteerEntry> divisions =
        (divisionWord ? gazetteer.lookup(stem) : List.<GazetteerEntry>of())
            .stream()
                .filter(
                    e ->
                        (e.isDivision() || e.isCounty() || e.featureCode().equals("ADM1"))
                            && Gazetteer.isPrimaryName(e, stem))
                .toList();
    if (!divisions.isEmpty()) {
      GazetteerEntry winner =
          divisions.stream()
              .filter(e -> setting.contains(e.country()))
              .findFirst()
              .orElse(divisions.get(0));
      return Optional.of(
          new ResolvedPlace(
              name, winner, "division " + winner.name() + " by its bare name", divisions.size()));
    }
    List<GazetteerEntry> candidates =
        gazetteer.lookup(stem).stream()
            .filter(e -> !e.isCountry() && !e.isRegion() && setting.contains(e.country()))
            .toList();
    if (candidates.isEmpty()) {
      return Optional.empty();
    }
    GazetteerEntry winner = score.best(candidates, stem, toponym.context());
    return Optional.of(
        new ResolvedPlace(
            name,
            winner,
            "division named after " + winner.name() + " (division not in gazetteer)",
            candidates.size()));
  }

  /**
   * The word of a unit that ends the name, with the space before it (" county"), when something
   * stands before it; the longest where several do.
   */
  private Optional<String> unitWord(String lower) {
    String found = null;
    for (String list : List.of(DIVISION_WORDS, LOCAL_UNIT_WORDS)) {
      for (String entry : words.get(list)) {
        String word = " " + entry.toLowerCase(Locale.ROOT);
        if (lower.endsWith(word)
            && lower.length() > word.length() + 1
            && (found == null || word.length() > found.length())) {
          found = word;
        }
      }
    }
    return Optional.ofNullable(found);
  }
}
