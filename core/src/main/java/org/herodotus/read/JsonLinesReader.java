package org.herodotus.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.herodotus.doc.Doc;
import org.herodotus.doc.Metadata;
import org.herodotus.doc.Note;
import org.herodotus.doc.Paragraph;
import org.herodotus.doc.Paragraph.Kind;
import org.herodotus.write.DocJson;

/**
 * Reads JSON Lines: one article per line, a JSON object with {@code text} and optionally {@code
 * id}, {@code title}, {@code date} and {@code url}. Blank lines are skipped.
 *
 * <p>The text is read by {@link ScrapedTextReader}; then the record's fields override what the text
 * says: {@code title} becomes the headline (only in the metadata when the text does not hold it),
 * {@code date} the publication date (normalized by {@link PublicationDates}), {@code url} the URL.
 * The id defaults to {@code <input stem>#<line number>}.
 *
 * <p>A bad line gives a failed {@link ReadResult} naming {@code <input>:<line>}; the other lines
 * are still read.
 */
public final class JsonLinesReader {

  private JsonLinesReader() {}

  /** Reads every record of {@code content}, the decoded text of the input named {@code input}. */
  public static List<ReadResult> read(String input, String content) {
    List<ReadResult> results = new ArrayList<>();
    String stem = ArticleReader.idOf(input);
    int lineNumber = 0;
    int start = 0;
    while (start < content.length()) {
      int end = content.indexOf('\n', start);
      if (end < 0) {
        end = content.length();
      }
      lineNumber++;
      String line = content.substring(start, end);
      start = end + 1;
      if (Whitespace.isBlank(line)) {
        continue;
      }
      String where = input + ":" + lineNumber;
      try {
        results.add(ReadResult.ok(where, record(stem + "#" + lineNumber, where, line)));
      } catch (InputException e) {
        results.add(ReadResult.failed(e));
      }
    }
    return results;
  }

  /** True when {@code line} is a JSON object. */
  static boolean isJsonObject(String line) {
    try {
      return DocJson.mapper().readTree(line).isObject();
    } catch (JsonProcessingException e) {
      return false;
    }
  }

  private static Doc record(String defaultId, String where, String line) {
    JsonNode node;
    try {
      node = DocJson.mapper().readTree(line);
    } catch (JsonProcessingException e) {
      throw new InputException(where, "not valid JSON: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      throw new InputException(where, "not a JSON object");
    }
    JsonNode textNode = node.get("text");
    if (textNode == null || textNode.isNull()) {
      throw new InputException(where, "has no \"text\" field");
    }
    if (!textNode.isTextual()) {
      throw new InputException(where, "\"text\" is not a string (it is " + kind(textNode) + ")");
    }
    String text = textNode.textValue();
    if (Whitespace.isBlank(text)) {
      throw new InputException(where, "\"text\" is empty");
    }
    String id = optionalScalar(node, "id", where).orElse(defaultId);
    Optional<String> title = optionalString(node, "title", where).map(String::strip);
    Optional<String> date = optionalString(node, "date", where).map(String::strip);
    Optional<String> url = optionalString(node, "url", where).map(String::strip);

    Doc doc = ScrapedTextReader.read(id, text);
    if (title.isPresent() && !title.get().isEmpty()) {
      doc = withTitle(doc, title.get());
    }
    if (date.isPresent() && !date.get().isEmpty()) {
      Optional<String> parsed = PublicationDates.parse(date.get());
      if (parsed.isPresent()) {
        Metadata m = doc.metadata();
        boolean sameAsText = m.published().equals(parsed);
        doc =
            doc.withMetadata(
                m.withPublished(parsed, sameAsText ? m.publishedSpan() : Optional.empty()));
      } else {
        doc =
            doc.withNote(
                new Note(
                    "read",
                    "date \""
                        + date.get()
                        + "\" not understood; "
                        + (doc.metadata().published().isPresent()
                            ? "kept the date found in the text"
                            : "no publication date")));
      }
    }
    if (url.isPresent() && !url.get().isEmpty()) {
      doc = doc.withMetadata(doc.metadata().withUrl(url));
    }
    return doc;
  }

  /**
   * The record's title is the headline. When the text opens with the title, that paragraph is
   * marked as the headline; otherwise the title goes in the metadata only.
   */
  private static Doc withTitle(Doc doc, String title) {
    List<Paragraph> paragraphs = doc.paragraphs();
    if (!paragraphs.isEmpty()) {
      Paragraph first = paragraphs.get(0);
      String firstText = doc.slice(first.span());
      if (sameText(firstText, title)) {
        if (first.kind() != Kind.HEADLINE && paragraphs.size() > 1) {
          List<Paragraph> changed = new ArrayList<>(paragraphs);
          changed.set(0, Paragraph.of(first.span(), Kind.HEADLINE));
          doc = doc.withParagraphs(changed);
        }
        if (first.kind() == Kind.HEADLINE || paragraphs.size() > 1) {
          return doc.withMetadata(doc.metadata().withHeadline(Optional.of(firstText)));
        }
      }
    }
    return doc.withMetadata(doc.metadata().withHeadline(Optional.of(title)));
  }

  private static boolean sameText(String a, String b) {
    return squeeze(a).equals(squeeze(b));
  }

  private static String squeeze(String s) {
    return String.join(" ", s.strip().split("[\\s\\u00A0]+")).toLowerCase(Locale.ROOT);
  }

  private static Optional<String> optionalString(JsonNode node, String field, String where) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    if (!value.isTextual()) {
      throw new InputException(
          where, "\"" + field + "\" is not a string (it is " + kind(value) + ")");
    }
    return Optional.of(value.textValue());
  }

  private static Optional<String> optionalScalar(JsonNode node, String field, String where) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    if (value.isTextual() || value.isIntegralNumber()) {
      String s = value.asText().strip();
      return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }
    throw new InputException(
        where, "\"" + field + "\" is not a string or integer (it is " + kind(value) + ")");
  }

  private static String kind(JsonNode node) {
    return switch (node.getNodeType()) {
      case ARRAY -> "an array";
      case OBJECT -> "an object";
      case NUMBER -> "a number";
      case BOOLEAN -> "a boolean";
      case NULL -> "null";
      default -> node.getNodeType().name().toLowerCase(Locale.ROOT);
    };
  }
}
