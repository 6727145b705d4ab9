package org.herodotus.doc;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A mention of an entity: a name ("Hikmet Hajiyev"), a description ("the official") or a pronoun
 * ("he"). {@code type} is the entity type of what is mentioned (PERSON, ORGANIZATION, GPE,
 * LOCATION, NORP, MISC); {@code kind} says how it is mentioned. {@code entity} is the index into
 * {@link Doc#entities()}.
 */
public record Mention(Span span, String text, String type, Kind kind, int entity) {

  public enum Kind {
    @JsonProperty("name")
    NAME,
    @JsonProperty("nominal")
    NOMINAL,
    @JsonProperty("pronoun")
    PRONOUN
  }
}
