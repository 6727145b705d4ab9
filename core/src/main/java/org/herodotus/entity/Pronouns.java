package org.herodotus.entity;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Third-person pronouns and what they can refer to. */
final class Pronouns {

  enum Category {
    PERSON,
    THING,
    PLURAL
  }

  private static final Map<String, Category> BY_FORM =
      Map.ofEntries(
          Map.entry("he", Category.PERSON),
          Map.entry("him", Category.PERSON),
          Map.entry("his", Category.PERSON),
          Map.entry("himself", Category.PERSON),
          Map.entry("she", Category.PERSON),
          Map.entry("her", Category.PERSON),
          Map.entry("hers", Category.PERSON),
          Map.entry("herself", Category.PERSON),
          Map.entry("it", Category.THING),
          Map.entry("its", Category.THING),
          Map.entry("itself", Category.THING),
          Map.entry("they", Category.PLURAL),
          Map.entry("them", Category.PLURAL),
          Map.entry("their", Category.PLURAL),
          Map.entry("theirs", Category.PLURAL),
          Map.entry("themselves", Category.PLURAL));

  private Pronouns() {}

  static Optional<Category> categoryOf(String form) {
    return Optional.ofNullable(BY_FORM.get(form.toLowerCase(Locale.ROOT)));
  }
}
