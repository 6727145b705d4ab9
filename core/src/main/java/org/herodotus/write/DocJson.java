package org.herodotus.write;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.herodotus.doc.Doc;

/**
 * Writes a {@link Doc} as JSON and reads it back, without loss. The field names are the public
 * output contract documented in the README.
 *
 * <p>Token and dependency layers are large and are written only when asked for ({@link
 * OptionalLayer}); a document read without them has them empty.
 */
public final class DocJson {

  /** Layers left out of the JSON unless requested. */
  public enum OptionalLayer {
    TOKENS,
    DEPENDENCIES,
    NOTES;

    public String fieldName() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a comma-separated list such as {@code tokens,dependencies}. */
    public static Set<OptionalLayer> parse(String list) {
      Set<OptionalLayer> result = EnumSet.noneOf(OptionalLayer.class);
      for (String part : list.split(",")) {
        String name = part.trim();
        if (name.isEmpty()) {
          continue;
        }
        if (name.equals("all")) {
          return EnumSet.allOf(OptionalLayer.class);
        }
        try {
          result.add(valueOf(name.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(
              "unknown layer '" + name + "' (known: tokens, dependencies, notes, all)", e);
        }
      }
      return result;
    }
  }

  private static final ObjectMapper MAPPER = newMapper();

  private DocJson() {}

  /** The mapper used for the output contract; shared, thread-safe, do not reconfigure. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  private static ObjectMapper newMapper() {
    JsonMapper mapper =
        JsonMapper.builder()
            .addModule(new Jdk8Module())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .build();
    mapper.configOverride(List.class).setSetterInfo(JsonSetter.Value.forValueNulls(Nulls.AS_EMPTY));
    mapper.setDefaultPropertyInclusion(
        JsonInclude.Value.construct(JsonInclude.Include.ALWAYS, JsonInclude.Include.ALWAYS));
    return mapper;
  }

  /** The JSON tree of a document with the given optional layers. */
  public static ObjectNode toTree(Doc doc, Set<OptionalLayer> layers) {
    ObjectNode node = MAPPER.valueToTree(doc);
    for (OptionalLayer layer : OptionalLayer.values()) {
      if (!layers.contains(layer)) {
        node.remove(layer.fieldName());
      }
    }
    return node;
  }

  /** One line of JSON. */
  public static String write(Doc doc, Set<OptionalLayer> layers) {
    return write(doc, layers, false);
  }

  public static String write(Doc doc, Set<OptionalLayer> layers, boolean pretty) {
    try {
      ObjectNode tree = toTree(doc, layers);
      return pretty
          ? MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(tree)
          : MAPPER.writeValueAsString(tree);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a document written by {@link #write}. */
  public static Doc read(String json) {
    try {
      return MAPPER.readValue(json, Doc.class);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not a Herodotus document: " + e.getOriginalMessage(), e);
    }
  }
}
