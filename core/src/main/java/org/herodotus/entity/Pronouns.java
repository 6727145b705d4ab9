package org.herodotus.entity;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.herodotus.lexicon.WordLists;

/**
 * Third-person pronouns and what they can refer to, from the word lists {@code person-pronouns}
 * ("he", "her"), {@code thing-pronouns} ("it", "its") and {@code plural-pronouns} ("they",
 * "their").
 */
final class Pronouns {

  enum Category {
    PERSON,
    THING,
    PLURAL
  }

  private final Set<String> person;
  private final Set<String> thing;
  private final Set<String> plural;

  Pronouns(WordLists words) {
    this.person = words.get("person-pronouns");
    this.thing = words.get("thing-pronouns");
    this.plural = words.get("plural-pronouns");
  }

  /** What a pronoun, in any case, can refer to; empty when the word is none of them. */
  Optional<Category> categoryOf(String form) {
    String lower = form.toLowerCase(Locale.ROOT);
    if (person.contains(lower)) {
      return Optional.of(Category.PERSON);
    }
    if (thing.contains(lower)) {
      return Optional.of(Category.THING);
    }
    if (plural.contains(lower)) {
      return Optional.of(Category.PLURAL);
    }
    return Optional.empty();
  }
}
