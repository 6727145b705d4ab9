package org.herodotus.lexicon;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Nouns that name people or groups by their role ("official", "separatists", "peacekeepers"), each
 * with a class, from {@code role-nouns.tsv}.
 */
public final class RoleNouns {

  /** What kind of actor a role noun names. */
  public enum RoleClass {
    PERSON,
    ARMED,
    MILITARY,
    POLICE,
    CIVILIAN,
    ORGANIZATION
  }

  private static final RoleNouns BUNDLED = load();

  private final Map<String, RoleClass> byLemma;

  private RoleNouns(Map<String, RoleClass> byLemma) {
    this.byLemma = Map.copyOf(byLemma);
  }

  public static RoleNouns bundled() {
    return BUNDLED;
  }

  private static RoleNouns load() {
    Map<String, RoleClass> byLemma = new HashMap<>();
    for (String[] row : TsvResource.rows("/org/herodotus/lexicon/role-nouns.tsv")) {
      byLemma.put(row[0].strip(), RoleClass.valueOf(row[1].strip().toUpperCase(Locale.ROOT)));
    }
    return new RoleNouns(byLemma);
  }

  /** The class of a noun lemma ("separatist" → ARMED), if it is a role noun. */
  public Optional<RoleClass> classOf(String lemma) {
    return Optional.ofNullable(byLemma.get(lemma.toLowerCase(Locale.ROOT)));
  }
}
