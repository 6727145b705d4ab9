package org.herodotus.nlp;

import java.util.Locale;

/** CoreNLP's named-entity tags mapped to the entity types of the output contract. */
final class EntityTypes {

  private EntityTypes() {}

  /** The contract type for a CoreNLP NER tag, or "" for tags that are not entities. */
  static String fromNer(String ner) {
    if (ner == null) {
      return "";
    }
    return switch (ner.toUpperCase(Locale.ROOT)) {
      case "PERSON" -> "PERSON";
      case "ORGANIZATION" -> "ORGANIZATION";
      case "COUNTRY", "CITY", "STATE_OR_PROVINCE" -> "GPE";
      case "LOCATION" -> "LOCATION";
      case "NATIONALITY", "RELIGION", "IDEOLOGY" -> "NORP";
      case "MISC" -> "MISC";
      default -> "";
    };
  }
}
