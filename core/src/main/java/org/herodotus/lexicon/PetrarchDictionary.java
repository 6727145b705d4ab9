package org.herodotus.lexicon;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A PETRARCH/TABARI actor dictionary: names of actors with their CAMEO codes, so that the
 * dictionaries written for those coders carry over.
 *
 * <p>The format, as PETRARCH reads it: one entry per line, {@code NAME [CODE]}; words of a phrase
 * joined by {@code _} ({@code HIKMET_HAJIYEV [AZEGOV]}); a name without a trailing {@code _} also
 * matches longer words that start with it ({@code ARGENTIN} matches "Argentina", "Argentine"), a
 * trailing {@code _} asks for the exact word; lines starting with {@code +} are synonyms of the
 * entry above ({@code +HAJIYEV}); a code may stand on its own indented line below its name, and may
 * be restricted to dates ({@code [AZEGOV >20180421]} from, {@code [AZEGOV <20180421]} before,
 * {@code [AZEGOV 20130101-20180421]} between; YYYYMMDD); {@code #} starts a comment to the end of
 * the line and {@code <!-- ... -->} a comment that may span lines. Codes {@code ---} (a name known
 * to have no code) are kept as "no actor". Agents dictionaries ({@code [~GOV]}) are not actor
 * dictionaries and their entries are skipped.
 */
public final class PetrarchDictionary {

  /** A code valid from {@code from} (inclusive) to {@code to} (exclusive), dates as YYYYMMDD. */
  public record DatedCode(String code, String from, String to) {
    boolean validOn(String date) {
      return (from.isEmpty() || date.compareTo(from) >= 0)
          && (to.isEmpty() || date.compareTo(to) < 0);
    }
  }

  /** One actor: its primary name, its synonyms and its codes. */
  public record Entry(String name, List<String> synonyms, List<DatedCode> codes) {
    public Entry {
      synonyms = List.copyOf(synonyms);
      codes = List.copyOf(codes);
    }

    /**
     * The code for a document dated {@code date} (YYYYMMDD, or empty when unknown): the dated code
     * valid on that date, else the undated code, else the last code listed.
     */
    public Optional<String> codeOn(String date) {
      if (codes.isEmpty()) {
        return Optional.empty();
      }
      if (!date.isEmpty()) {
        for (DatedCode c : codes) {
          if ((!c.from().isEmpty() || !c.to().isEmpty()) && c.validOn(date)) {
            return Optional.of(c.code());
          }
        }
      }
      for (DatedCode c : codes) {
        if (c.from().isEmpty() && c.to().isEmpty()) {
          return Optional.of(c.code());
        }
      }
      return Optional.of(codes.get(codes.size() - 1).code());
    }
  }

  private static final Pattern CODE = Pattern.compile("\\[([^\\]]*)\\]");
  private static final Pattern XML_COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);

  /** Exact phrases (lower case, words separated by one space) to entries. */
  private final Map<String, Entry> exact;

  /** Stem phrases (entries without a trailing underscore) to entries. */
  private final Map<String, Entry> stems;

  private final List<Entry> entries;

  private PetrarchDictionary(List<Entry> entries) {
    this.entries = List.copyOf(entries);
    Map<String, Entry> e = new LinkedHashMap<>();
    Map<String, Entry> s = new LinkedHashMap<>();
    for (Entry entry : entries) {
      List<String> names = new ArrayList<>();
      names.add(entry.name());
      names.addAll(entry.synonyms());
      for (String raw : names) {
        String phrase = phrase(raw);
        if (phrase.isEmpty()) {
          continue;
        }
        e.putIfAbsent(phrase, entry);
        if (!raw.endsWith("_")) {
          s.putIfAbsent(phrase, entry);
        }
      }
    }
    this.exact = Map.copyOf(e);
    this.stems = Map.copyOf(s);
  }

  /** Reads a dictionary file (UTF-8; Latin-1 bytes are read as such). */
  public static PetrarchDictionary read(Path file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read actor dictionary " + file, e);
    }
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (text.contains("\uFFFD")) {
      text = new String(bytes, StandardCharsets.ISO_8859_1);
    }
    return parse(text);
  }

  /** Parses the text of a dictionary. */
  public static PetrarchDictionary parse(String text) {
    String clean = XML_COMMENT.matcher(text).replaceAll(" ");
    List<Entry> entries = new ArrayList<>();
    String name = null;
    List<String> synonyms = new ArrayList<>();
    List<DatedCode> codes = new ArrayList<>();
    for (String rawLine : clean.split("\\R")) {
      int hash = rawLine.indexOf('#');
      String line = (hash >= 0 ? rawLine.substring(0, hash) : rawLine).strip();
      if (line.isEmpty()) {
        continue;
      }
      boolean indented = Character.isWhitespace(rawLine.charAt(0));
      if (line.startsWith("+")) {
        if (name != null) {
          synonyms.add(nameBefore(line.substring(1)));
          codes.addAll(codesIn(line));
        }
        continue;
      }
      if (line.startsWith("[") && (indented || name != null)) {
        if (name != null) {
          codes.addAll(codesIn(line));
        }
        continue;
      }
      if (name != null) {
        entries.add(new Entry(name, synonyms, codes));
      }
      name = nameBefore(line);
      synonyms = new ArrayList<>();
      codes = new ArrayList<>(codesIn(line));
    }
    if (name != null) {
      entries.add(new Entry(name, synonyms, codes));
    }
    entries.removeIf(e -> e.name().isEmpty() || e.codes().isEmpty());
    return new PetrarchDictionary(entries);
  }

  private static String nameBefore(String line) {
    int bracket = line.indexOf('[');
    int brace = line.indexOf('{');
    int end = line.length();
    if (bracket >= 0) {
      end = bracket;
    }
    if (brace >= 0 && brace < end) {
      end = brace;
    }
    return line.substring(0, end).strip();
  }

  private static List<DatedCode> codesIn(String line) {
    List<DatedCode> codes = new ArrayList<>();
    Matcher m = CODE.matcher(line);
    while (m.find()) {
      String[] parts = m.group(1).strip().split("\\s+");
      if (parts.length == 0 || parts[0].isEmpty() || parts[0].startsWith("~")) {
        continue;
      }
      String code = parts[0].equals("---") ? "" : parts[0];
      String from = "";
      String to = "";
      if (parts.length > 1) {
        // "HOBGOV 19950601 - 19990815", "HOB < 950601": spaces inside the restriction
        String d = String.join("", List.of(parts).subList(1, parts.length));
        if (d.startsWith(">")) {
          from = d.substring(1);
        } else if (d.startsWith("<")) {
          to = d.substring(1);
        } else if (d.contains("-")) {
          from = d.substring(0, d.indexOf('-'));
          to = d.substring(d.indexOf('-') + 1);
        }
      }
      codes.add(new DatedCode(code, fullDate(from), fullDate(to)));
    }
    return codes;
  }

  /** A date as YYYYMMDD; TABARI's six-digit YYMMDD dates are read as 1930-2029. */
  private static String fullDate(String date) {
    if (date.matches("\\d{6}")) {
      return (Integer.parseInt(date.substring(0, 2)) >= 30 ? "19" : "20") + date;
    }
    return date;
  }

  /** A name as a phrase key: underscores and spaces to one space, lower case. */
  static String phrase(String name) {
    return name.replace('_', ' ').replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
  }

  /**
   * The entry for a name as written in an article ("Hikmet Hajiyev"): an exact phrase first, then
   * the longest stem entry whose last word starts the name's last word.
   */
  public Optional<Entry> lookup(String name) {
    String key = phrase(name.replace('-', ' ').replace(".", ""));
    String keyWithDots = phrase(name);
    Entry hit = exact.get(keyWithDots);
    if (hit == null) {
      hit = exact.get(key);
    }
    if (hit != null) {
      return Optional.of(hit);
    }
    Entry best = null;
    int bestLength = 0;
    for (Map.Entry<String, Entry> s : stems.entrySet()) {
      String stem = s.getKey();
      if (stem.length() > bestLength
          && key.startsWith(stem)
          && key.substring(stem.length()).matches("[a-z]*")) {
        best = s.getValue();
        bestLength = stem.length();
      }
    }
    return Optional.ofNullable(best);
  }

  public List<Entry> entries() {
    return entries;
  }

  /** This dictionary with {@code other}'s entries added; {@code other} wins on the same name. */
  public PetrarchDictionary plus(PetrarchDictionary other) {
    List<Entry> all = new ArrayList<>(other.entries);
    all.addAll(entries);
    return new PetrarchDictionary(all);
  }

  /** A dictionary without entries. */
  public static PetrarchDictionary empty() {
    return new PetrarchDictionary(List.of());
  }
}
