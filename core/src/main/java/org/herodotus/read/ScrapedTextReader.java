package org.herodotus.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.herodotus.doc.Caption;
import org.herodotus.doc.Doc;
import org.herodotus.doc.Metadata;
import org.herodotus.doc.Paragraph;
import org.herodotus.doc.Paragraph.Kind;
import org.herodotus.doc.Span;

/**
 * Turns text scraped from a news page into a {@link Doc}: paragraphs with their kind (headline,
 * standfirst, page furniture, caption, body) and the metadata the page states about itself.
 *
 * <p>The text is kept exactly as given; every span is an offset into it. Blocks are separated by
 * line breaks ({@code \n}, {@code \r\n}, {@code \r}, U+2028, U+2029) and lines holding only blank
 * characters (including no-break spaces) are not paragraphs. A run of lines that looks hard-wrapped
 * (every line but the last between {@value #WRAP_MIN} and {@value #WRAP_MAX} characters, not ending
 * a sentence) is one paragraph; otherwise each line is one.
 *
 * <p>Before the first body paragraph the reader looks for a header: the headline (the first prose
 * line if it is at most {@value #MAX_HEADLINE_CHARS} characters and does not end with a full stop),
 * the standfirst (a prose line after the headline followed directly by a header line), reading time
 * ("3 min read"), a date line, a byline ("By Jane Doe") and image captions (a line ending in a
 * bracketed credit such as {@code [Getty]} or {@code (Photo: Reuters)}). Everything after is body,
 * except captions; a body paragraph repeating an earlier caption is marked as a caption with {@code
 * duplicateOf}.
 */
public final class ScrapedTextReader {

  /** Longest line taken for a headline. */
  public static final int MAX_HEADLINE_CHARS = 200;

  static final int WRAP_MIN = 30;
  static final int WRAP_MAX = 100;

  private static final Pattern READING_TIME =
      Pattern.compile(
          "(?:(?<n>\\d{1,3})\\s*-?\\s*(?:min|mins|minute|minutes)\\.?\\s+read)"
              + "|(?:(?:estimated\\s+)?reading\\s+time\\s*:?\\s*(?<m>\\d{1,3})\\s*"
              + "(?:min|mins|minute|minutes)\\.?)",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern BYLINE =
      Pattern.compile("By\\s+(?:\\p{Lu}|\\p{Lt})[^\\r\\n]{0,100}", Pattern.UNICODE_CASE);

  /** "Photo: Reuters", "Photo by Jane Doe/AFP", "Image credit: Getty". */
  private static final Pattern CREDIT_LABEL =
      Pattern.compile(
          "(?:photo(?:graph)?|picture|pic|image|credit|illustration|video|file photo)"
              + "(?:\\s+credit)?\\s*(?::|by\\b|-)\\s*",
          Pattern.CASE_INSENSITIVE);

  /** Names that are photo credits even in round brackets without a label: "(Reuters)". */
  private static final Pattern AGENCY =
      Pattern.compile(
          "(?:getty(?: images)?|reuters|afp|ap|ap photo|epa|epa-efe|anadolu(?: agency)?|xinhua"
              + "|tass|ria novosti|sputnik|shutterstock|alamy|pa|pa images|pa media|bloomberg"
              + "|efe|ansa|dpa|ukrinform|irna|wana|sana|handout|file)"
              + "(?:\\s*(?:via|/|-)\\s*[\\p{L} ./-]{1,40})?",
          Pattern.CASE_INSENSITIVE);

  private ScrapedTextReader() {}

  /** What a header line is. */
  private enum Cue {
    NONE,
    READING_TIME,
    DATE,
    BYLINE,
    CAPTION
  }

  /** A paragraph candidate: its span in the text, without surrounding blanks. */
  private record Unit(int start, int end, int block) {
    Span span() {
      return new Span(start, end);
    }
  }

  /** A caption line split into caption text and credit. */
  private record CaptionParts(Span text, Span credit) {}

  public static Doc read(String id, String text) {
    List<Unit> units = units(text);
    int n = units.size();
    Kind[] kinds = new Kind[n];
    Integer[] duplicateOf = new Integer[n];

    Optional<String> headline = Optional.empty();
    Optional<String> standfirst = Optional.empty();
    Optional<Integer> minutes = Optional.empty();
    Optional<String> published = Optional.empty();
    Optional<Span> publishedSpan = Optional.empty();
    boolean publishedIsUpdate = false;
    List<Caption> captions = new ArrayList<>();
    Map<String, Integer> captionByText = new HashMap<>();

    int i = 0;
    // the header
    for (; i < n; i++) {
      Unit unit = units.get(i);
      String line = text.substring(unit.start, unit.end);
      Cue cue = cue(line);
      switch (cue) {
        case READING_TIME -> {
          kinds[i] = Kind.META;
          if (minutes.isEmpty()) {
            minutes = readingMinutes(line);
          }
          continue;
        }
        case DATE -> {
          kinds[i] = Kind.META;
          PublicationDates.DateLine date = PublicationDates.find(line).orElseThrow();
          if (published.isEmpty() || (publishedIsUpdate && !date.updated())) {
            published = Optional.of(date.value());
            publishedSpan =
                Optional.of(new Span(unit.start + date.start(), unit.start + date.end()));
            publishedIsUpdate = date.updated();
          }
          continue;
        }
        case BYLINE -> {
          kinds[i] = Kind.META;
          continue;
        }
        case CAPTION -> {
          addCaption(text, unit, i, kinds, duplicateOf, captions, captionByText);
          continue;
        }
        case NONE -> {
          // prose: headline, standfirst or the start of the body
        }
      }
      if (headline.isEmpty() && standfirst.isEmpty() && n > 1 && isHeadline(line)) {
        kinds[i] = Kind.HEADLINE;
        headline = Optional.of(line);
        continue;
      }
      if (headline.isPresent() && standfirst.isEmpty() && isStandfirst(text, units, i)) {
        kinds[i] = Kind.STANDFIRST;
        standfirst = Optional.of(line);
        continue;
      }
      break;
    }
    // the body
    for (; i < n; i++) {
      Unit unit = units.get(i);
      if (captionParts(text, unit).isPresent()) {
        addCaption(text, unit, i, kinds, duplicateOf, captions, captionByText);
        continue;
      }
      Integer earlier = captionByText.get(normalized(text.substring(unit.start, unit.end)));
      if (earlier != null) {
        kinds[i] = Kind.CAPTION;
        duplicateOf[i] = earlier;
      } else {
        kinds[i] = Kind.BODY;
      }
    }

    List<Paragraph> paragraphs = new ArrayList<>(n);
    for (int k = 0; k < n; k++) {
      paragraphs.add(
          new Paragraph(units.get(k).span(), kinds[k], Optional.ofNullable(duplicateOf[k])));
    }
    Metadata metadata =
        new Metadata(
            headline,
            standfirst,
            published,
            publishedSpan,
            minutes,
            Optional.empty(),
            "en",
            captions,
            List.of());
    return Doc.of(id, text, metadata, paragraphs);
  }

  /**
   * A prose line after the headline is the standfirst when header lines follow it: a date, reading
   * time or byline, or a caption in the same block, and then more text.
   */
  private static boolean isStandfirst(String text, List<Unit> units, int i) {
    if (i + 1 >= units.size()) {
      return false;
    }
    Unit next = units.get(i + 1);
    Cue cue = cue(text.substring(next.start, next.end));
    if (cue == Cue.NONE || (cue == Cue.CAPTION && next.block != units.get(i).block)) {
      return false;
    }
    for (int k = i + 2; k < units.size(); k++) {
      Unit later = units.get(k);
      if (cue(text.substring(later.start, later.end)) == Cue.NONE) {
        return true;
      }
    }
    return false;
  }

  private static void addCaption(
      String text,
      Unit unit,
      int index,
      Kind[] kinds,
      Integer[] duplicateOf,
      List<Caption> captions,
      Map<String, Integer> captionByText) {
    CaptionParts parts = captionParts(text, unit).orElseThrow();
    String captionText = parts.text().slice(text);
    String key = normalized(captionText);
    kinds[index] = Kind.CAPTION;
    Integer earlier = captionByText.get(key);
    if (earlier != null) {
      duplicateOf[index] = earlier;
      return;
    }
    captionByText.put(key, index);
    captions.add(
        new Caption(
            captionText,
            Optional.of(parts.credit().slice(text)),
            parts.text(),
            Optional.of(parts.credit())));
  }

  // ---------------------------------------------------------------- blocks and lines

  /** The paragraph candidates of the text, in order, each trimmed of blank characters. */
  private static List<Unit> units(String text) {
    List<List<Unit>> blocks = new ArrayList<>();
    List<Unit> block = new ArrayList<>();
    int length = text.length();
    int lineStart = 0;
    while (lineStart <= length) {
      int lineEnd = lineStart;
      while (lineEnd < length && !isLineBreak(text.charAt(lineEnd))) {
        lineEnd++;
      }
      Optional<Unit> line = trimmed(text, lineStart, lineEnd, blocks.size());
      if (line.isPresent()) {
        block.add(line.get());
      } else if (!block.isEmpty()) {
        blocks.add(block);
        block = new ArrayList<>();
      }
      if (lineEnd >= length) {
        break;
      }
      lineStart = lineEnd + 1;
      if (text.charAt(lineEnd) == '\r' && lineStart < length && text.charAt(lineStart) == '\n') {
        lineStart++;
      }
    }
    if (!block.isEmpty()) {
      blocks.add(block);
    }
    List<Unit> units = new ArrayList<>();
    for (List<Unit> lines : blocks) {
      if (isWrapped(text, lines)) {
        units.add(
            new Unit(lines.get(0).start, lines.get(lines.size() - 1).end, lines.get(0).block));
      } else {
        units.addAll(lines);
      }
    }
    return units;
  }

  private static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085';
  }

  private static Optional<Unit> trimmed(String text, int start, int end) {
    return trimmed(text, start, end, 0);
  }

  private static Optional<Unit> trimmed(String text, int start, int end, int block) {
    while (start < end && Whitespace.isBlank(text.charAt(start))) {
      start++;
    }
    while (end > start && Whitespace.isBlank(text.charAt(end - 1))) {
      end--;
    }
    return start < end ? Optional.of(new Unit(start, end, block)) : Optional.empty();
  }

  /** True when the lines of a block are one paragraph broken at a fixed width. */
  private static boolean isWrapped(String text, List<Unit> lines) {
    if (lines.size() < 2) {
      return false;
    }
    for (int k = 0; k < lines.size(); k++) {
      Unit line = lines.get(k);
      String s = text.substring(line.start, line.end);
      if (cue(s) != Cue.NONE) {
        return false;
      }
      if (k < lines.size() - 1) {
        int length = line.end - line.start;
        if (length < WRAP_MIN || length > WRAP_MAX || endsSentence(s)) {
          return false;
        }
      }
    }
    return true;
  }

  // ---------------------------------------------------------------- header lines

  private static Cue cue(String line) {
    if (READING_TIME.matcher(line).matches()) {
      return Cue.READING_TIME;
    }
    if (PublicationDates.find(line).isPresent()) {
      return Cue.DATE;
    }
    if (isByline(line)) {
      return Cue.BYLINE;
    }
    if (captionParts(line, new Unit(0, line.length(), 0)).isPresent()) {
      return Cue.CAPTION;
    }
    return Cue.NONE;
  }

  private static Optional<Integer> readingMinutes(String line) {
    Matcher m = READING_TIME.matcher(line);
    if (!m.matches()) {
      return Optional.empty();
    }
    String n = m.group("n") != null ? m.group("n") : m.group("m");
    return Optional.of(Integer.parseInt(n));
  }

  private static boolean isByline(String line) {
    if (!BYLINE.matcher(line).matches() || line.endsWith(".")) {
      return false;
    }
    return line.split("\\s+").length <= 14;
  }

  private static boolean isHeadline(String line) {
    if (line.length() > MAX_HEADLINE_CHARS || !line.codePoints().anyMatch(Character::isLetter)) {
      return false;
    }
    String s = stripClosingQuotes(line);
    return !s.endsWith(".") || s.endsWith("...") || s.endsWith("\u2026");
  }

  private static boolean endsSentence(String line) {
    String s = stripClosingQuotes(line);
    if (s.isEmpty()) {
      return false;
    }
    char last = s.charAt(s.length() - 1);
    return last == '.' || last == '!' || last == '?' || last == ':';
  }

  private static String stripClosingQuotes(String s) {
    int end = s.length();
    while (end > 0 && "\"'\u201D\u2019)\u00BB".indexOf(s.charAt(end - 1)) >= 0) {
      end--;
    }
    return s.substring(0, end);
  }

  // ---------------------------------------------------------------- captions

  /**
   * The caption text and credit of a line ending in a bracketed photo credit, such as {@code ...
   * Karabakh [Getty]} or {@code ... (Photo: Reuters)}.
   */
  private static Optional<CaptionParts> captionParts(String text, Unit unit) {
    if (unit.end - unit.start < 4) {
      return Optional.empty();
    }
    char close = text.charAt(unit.end - 1);
    char open;
    if (close == ']') {
      open = '[';
    } else if (close == ')') {
      open = '(';
    } else {
      return Optional.empty();
    }
    int openAt = text.lastIndexOf(open, unit.end - 2);
    if (openAt <= unit.start) {
      return Optional.empty();
    }
    Optional<Unit> inner = trimmed(text, openAt + 1, unit.end - 1);
    if (inner.isEmpty()) {
      return Optional.empty();
    }
    int creditStart = inner.get().start;
    int creditEnd = inner.get().end;
    String content = text.substring(creditStart, creditEnd);
    if (content.indexOf('[') >= 0 || content.indexOf('(') >= 0 || content.length() > 80) {
      return Optional.empty();
    }
    Matcher label = CREDIT_LABEL.matcher(content);
    boolean labelled = label.lookingAt();
    if (labelled) {
      creditStart += label.end();
      content = text.substring(creditStart, creditEnd);
    }
    if (!isCredit(content, labelled || open == '[')) {
      return Optional.empty();
    }
    Optional<Unit> caption = trimmed(text, unit.start, openAt);
    if (caption.isEmpty()) {
      return Optional.empty();
    }
    String captionText = text.substring(caption.get().start, caption.get().end);
    if (captionText.codePoints().filter(Character::isLetter).count() < 2) {
      return Optional.empty();
    }
    return Optional.of(new CaptionParts(caption.get().span(), new Span(creditStart, creditEnd)));
  }

  /**
   * True for a photo credit: a known agency, or (after a label or in square brackets) a short name
   * that starts with a capital letter and is not a sentence.
   */
  private static boolean isCredit(String content, boolean anyName) {
    if (content.isEmpty()) {
      return false;
    }
    if (AGENCY.matcher(content).matches()) {
      return true;
    }
    if (!anyName) {
      return false;
    }
    int first = content.codePointAt(0);
    if (!Character.isUpperCase(first) && !Character.isTitleCase(first)) {
      return false;
    }
    if (content.endsWith(".") && !content.endsWith("Inc.") && !content.endsWith("Ltd.")) {
      return false;
    }
    String lower = content.toLowerCase(Locale.ROOT);
    if (lower.equals("sic") || lower.startsWith("updated") || lower.startsWith("edited")) {
      return false;
    }
    return content.split("\\s+").length <= 8 && !content.contains(". ");
  }

  /** Caption text for comparison: case, runs of blanks and a final full stop do not count. */
  private static String normalized(String s) {
    StringBuilder out = new StringBuilder(s.length());
    boolean blank = false;
    for (int k = 0; k < s.length(); k++) {
      char c = s.charAt(k);
      if (Whitespace.isBlank(c)) {
        blank = true;
        continue;
      }
      if (blank && out.length() > 0) {
        out.append(' ');
      }
      blank = false;
      out.append(c);
    }
    String result = out.toString();
    while (result.endsWith(".")) {
      result = result.substring(0, result.length() - 1).stripTrailing();
    }
    return result.toLowerCase(Locale.ROOT);
  }
}
