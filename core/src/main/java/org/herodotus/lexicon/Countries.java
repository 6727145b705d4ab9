package org.herodotus.lexicon;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Country names and codes (ISO 3166 alpha-2, CAMEO), from {@code countries.tsv}. */
public final class Countries {

  /** One country. */
  public record Country(String iso2, String cameo, String name) {}

  private static final Countries BUNDLED = load();

  private final Map<String, Country> byName;

  private Countries(Map<String, Country> byName) {
    this.byName = Map.copyOf(byName);
  }

  public static Countries bundled() {
    return BUNDLED;
  }

  private static Countries load() {
    Map<String, Country> byName = new HashMap<>();
    for (String[] row : TsvResource.rows("/org/herodotus/lexicon/countries.tsv")) {
      Country country = new Country(row[0], row[1], row[2]);
      byName.put(key(row[2]), country);
      if (row.length > 3 && !row[3].isEmpty()) {
        for (String alias : row[3].split("\\|")) {
          byName.putIfAbsent(key(alias), country);
        }
      }
    }
    return new Countries(byName);
  }

  private static String key(String name) {
    String k = name.strip().toLowerCase(Locale.ROOT);
    return k.startsWith("the ") ? k.substring(4) : k;
  }

  /** The country a name denotes ("Azerbaijan", "the United Kingdom", "UK"), if any. */
  public Optional<Country> byName(String name) {
    return Optional.ofNullable(byName.get(key(name)));
  }
}
