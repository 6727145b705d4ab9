package org.herodotus.doc;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Optional;

/**
 * A block of the article: headline, standfirst, a line of page furniture, a caption or a body
 * paragraph. A caption repeated inside the body keeps its place in the text but is marked {@link
 * Kind#CAPTION} with {@code duplicateOf} naming the caption it repeats, so later stages can count
 * what it says once.
 */
public record Paragraph(Span span, Kind kind, Optional<Integer> duplicateOf) {

  public enum Kind {
    @JsonProperty("headline")
    HEADLINE,
    @JsonProperty("standfirst")
    STANDFIRST,
    /** Page furniture that is not prose: a date line, "1 min read", a byline. */
    @JsonProperty("meta")
    META,
    @JsonProperty("caption")
    CAPTION,
    @JsonProperty("body")
    BODY;
  }

  public static Paragraph of(Span span, Kind kind) {
    return new Paragraph(span, kind, Optional.empty());
  }

  /** True for paragraphs whose sentences are read by the language layers. */
  @JsonIgnore
  public boolean isProse() {
    return kind != Kind.META;
  }
}
