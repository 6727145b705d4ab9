package org.herodotus.eval.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.herodotus.doc.Span;

/**
 * Reads PolNeAR's brat standoff attributions: {@code T} lines (id, type and fragments, text) and
 * {@code E} lines tying a Content, a Cue and (unless {@code Attribution-no-source}) a Source.
 * Discontinuous spans ({@code 315 448;463 553}) are taken as the range from their first start to
 * their last end.
 */
public final class Brat {

  private Brat() {}

  /**
   * One gold attribution. {@code direct}: the content starts with a double quotation mark (two
   * apostrophes count as one, as in the New York Times' archive text).
   */
  public record Gold(Span content, Optional<Span> cue, Optional<Span> source, boolean direct) {}

  public static List<Gold> read(Path ann, String text) {
    try {
      return parse(Files.readString(ann, StandardCharsets.UTF_8), text);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + ann, e);
    }
  }

  public static List<Gold> parse(String ann, String text) {
    Map<String, Span> spans = new HashMap<>();
    List<String[]> events = new ArrayList<>();
    for (String line : ann.split("\r?\n")) {
      String[] cols = line.split("\t");
      if (cols.length < 2) {
        continue;
      }
      if (cols[0].startsWith("T")) {
        String[] typeAndRanges = cols[1].split(" ", 2);
        if (typeAndRanges.length < 2) {
          continue;
        }
        int start = Integer.MAX_VALUE;
        int end = -1;
        for (String fragment : typeAndRanges[1].split(";")) {
          String[] se = fragment.trim().split(" ");
          start = Math.min(start, Integer.parseInt(se[0]));
          end = Math.max(end, Integer.parseInt(se[1]));
        }
        spans.put(cols[0], new Span(start, end));
      } else if (cols[0].startsWith("E")) {
        events.add(cols[1].split(" "));
      }
    }
    List<Gold> out = new ArrayList<>();
    for (String[] roles : events) {
      Span content = null;
      Span cue = null;
      Span source = null;
      for (String role : roles) {
        String[] kv = role.split(":");
        if (kv.length != 2 || !spans.containsKey(kv[1])) {
          continue;
        }
        Span s = spans.get(kv[1]);
        switch (kv[0]) {
          case "Content" -> content = content == null ? s : cover(content, s);
          case "Cue" -> cue = s;
          case "Source" -> source = s;
          default -> {}
        }
      }
      if (content != null) {
        content = trim(content, text);
        out.add(
            new Gold(
                content,
                Optional.ofNullable(cue),
                Optional.ofNullable(source),
                startsWithQuote(content, text)));
      }
    }
    return out;
  }

  static Span cover(Span a, Span b) {
    return new Span(Math.min(a.start(), b.start()), Math.max(a.end(), b.end()));
  }

  /** The span without blanks at its ends. */
  public static Span trim(Span span, String text) {
    int s = span.start();
    int e = Math.min(span.end(), text.length());
    while (s < e && Character.isWhitespace(text.charAt(s))) {
      s++;
    }
    while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    return new Span(s, e);
  }

  /**
   * Whether {@code content} begins with an opening quotation mark ({@code "}, “, „, «, or two
   * apostrophes): how PolNeAR tells a direct quote, for gold and system contents alike.
   */
  public static boolean startsWithQuote(Span content, String text) {
    if (content.isEmpty()) {
      return false;
    }
    char c = text.charAt(content.start());
    return c == '"'
        || c == '\u201C'
        || c == '\u201E'
        || c == '\u00AB'
        || text.startsWith("''", content.start());
  }
}
