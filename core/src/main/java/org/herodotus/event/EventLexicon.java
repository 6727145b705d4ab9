package org.herodotus.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.herodotus.lexicon.WordLists;

/**
 * The verb and noun patterns that trigger events, keyed by lemma.
 *
 * <p>The bundled lexicon ({@code event-lexicon.tsv}, format in the README beside it) can be
 * extended or overridden with the user's own files in the same format ({@link #withFile}): a user
 * line with the same pattern text replaces the bundled one, and the code {@code -} removes it.
 * PETRARCH2-format verb dictionaries load through {@link #withPetrarchVerbs}.
 */
public final class EventLexicon {

  private static final String BUNDLED_RESOURCE = "/org/herodotus/event/event-lexicon.tsv";
  private static final EventLexicon BUNDLED = loadBundled();

  /** Patterns by their text, in load order; later files replace earlier ones. */
  private final Map<String, EventPattern> byText;

  private final Map<String, List<EventPattern>> verbs;
  private final Map<String, List<EventPattern>> nouns;

  /** Full PETRARCH verb patterns by verb key (lemma or listed form), block defaults included. */
  private final Map<String, List<PetrarchVerbPattern>> petrarch;

  private EventLexicon(Map<String, EventPattern> byText) {
    this(byText, Map.of());
  }

  private EventLexicon(
      Map<String, EventPattern> byText, Map<String, List<PetrarchVerbPattern>> petrarch) {
    this.byText = byText;
    this.petrarch = petrarch;
    Map<String, List<EventPattern>> v = new LinkedHashMap<>();
    Map<String, List<EventPattern>> n = new LinkedHashMap<>();
    for (EventPattern p : byText.values()) {
      (p.noun() ? n : v).computeIfAbsent(p.lemma(), k -> new ArrayList<>()).add(p);
    }
    this.verbs = v;
    this.nouns = n;
  }

  public static EventLexicon bundled() {
    return BUNDLED;
  }

  /** A lexicon with no patterns, to be filled from the user's files alone. */
  public static EventLexicon empty() {
    return new EventLexicon(new LinkedHashMap<>());
  }

  private static EventLexicon loadBundled() {
    Map<String, EventPattern> byText = new LinkedHashMap<>();
    for (Resources.Line line : Resources.lines(BUNDLED_RESOURCE)) {
      add(byText, line, "event-lexicon.tsv");
    }
    return new EventLexicon(byText);
  }

  private static void add(Map<String, EventPattern> byText, Resources.Line line, String file) {
    String[] f = line.fields();
    String source = file + ":" + line.number();
    if (f.length < 2) {
      throw new IllegalArgumentException(source + ": expected 'code<TAB>pattern'");
    }
    String code = f[0].strip();
    if (code.equals("-")) {
      EventPattern removed = EventPattern.parse("000", f[1], source);
      byText.remove(removed.text());
      return;
    }
    EventPattern pattern = EventPattern.parse(code, f[1], source);
    byText.remove(pattern.text());
    byText.put(pattern.text(), pattern);
  }

  /** This lexicon with the patterns of a user file (same format as the bundled one) on top. */
  public EventLexicon withFile(Path file) {
    Map<String, EventPattern> copy = new LinkedHashMap<>(byText);
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (Resources.Line line : Resources.lines(reader)) {
        add(copy, line, file.getFileName().toString());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read event lexicon " + file, e);
    }
    return new EventLexicon(copy, petrarch);
  }

  /** This lexicon with every {@code *.tsv} file of a directory on top, in name order. */
  public EventLexicon withDirectory(Path directory) {
    EventLexicon result = this;
    try (var files = Files.list(directory)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".tsv")).sorted().toList()) {
        result = result.withFile(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + directory, e);
    }
    return result;
  }

  /**
   * This lexicon with a user's lexicon directory on top (the {@code --lexicon DIR} of the command
   * line): files named {@code event-lexicon*.tsv} add or override patterns ({@link #withFile}), in
   * name order; PETRARCH2/TABARI verb dictionaries, files ending in {@code .verbs} or {@code
   * .verbs.txt}, load with {@link #withPetrarchVerbs}, reading their prepositions and particles
   * from the directory's word lists ({@link WordLists#withUserDirectory}). Other files are the
   * actor layer's.
   */
  public EventLexicon withUserDirectory(Path directory) {
    EventLexicon result = this;
    List<Path> files;
    try (var list = Files.list(directory)) {
      files = list.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list lexicon directory " + directory, e);
    }
    for (Path file : files) {
      String name = file.getFileName().toString();
      if (name.startsWith("event-lexicon") && name.endsWith(".tsv")) {
        result = result.withFile(file);
      } else if (isPetrarchVerbs(name)) {
        result = result.withPetrarchVerbs(file, WordLists.withUserDirectory(directory));
      }
    }
    return result;
  }

  /** A file name of a PETRARCH2/TABARI verb dictionary in a user's lexicon directory. */
  public static boolean isPetrarchVerbs(String fileName) {
    return fileName.endsWith(".verbs") || fileName.endsWith(".verbs.txt");
  }

  private static final Pattern PETRARCH_BLOCK =
      Pattern.compile("^---\\s+([A-Z_'-]+)\\s*\\[([^\\]]*)\\](?:\\s*\\[[^\\]]*\\])*\\s*---");
  private static final Pattern PETRARCH_CODE = Pattern.compile("\\[([^\\]]*)\\]");

  /**
   * This lexicon with the patterns of a PETRARCH2 verb dictionary on top. Read: each {@code ---
   * VERB [code] ---} block (the verb's default code) and each pattern line {@code - ... * words
   * [code]}, keeping what follows the verb ({@code *}): a particle, an object noun or a preposition
   * and its noun. Synsets ({@code &NAME}), words before the verb and codes that are not numbers are
   * left out.
   */
  public EventLexicon withPetrarchVerbs(Path file) {
    return withPetrarchVerbs(file, WordLists.bundled());
  }

  /**
   * {@link #withPetrarchVerbs(Path)} with the word lists of {@code words}: {@code
   * petrarch-prepositions} (a tail opened by one is a preposition and its noun) and {@code
   * petrarch-particles} (a lone one is the verb's particle).
   */
  public EventLexicon withPetrarchVerbs(Path file, WordLists words) {
    Set<String> prepositions = words.get("petrarch-prepositions");
    Set<String> particles = words.get("petrarch-particles");
    Map<String, EventPattern> copy = new LinkedHashMap<>(byText);
    Map<String, List<PetrarchVerbPattern>> full = new LinkedHashMap<>();
    petrarch.forEach((k, v) -> full.put(k, new ArrayList<>(v)));
    String name = file.getFileName().toString();
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read PETRARCH verb dictionary " + file, e);
    }
    Map<String, List<List<String>>> synsets = petrarchSynsets(lines);
    {
      int number = 0;
      String verb = null;
      List<String> forms = new ArrayList<>();
      boolean formLine = false;
      for (String line : lines) {
        number++;
        String text = line.replaceAll("#.*$", "").replaceAll("<!--.*?-->", "").strip();
        if (text.isEmpty()) {
          continue;
        }
        Matcher block = PETRARCH_BLOCK.matcher(text);
        if (block.find()) {
          String word = block.group(1).replaceAll("_+$", "").toLowerCase(Locale.ROOT);
          verb = word.replace("_", "");
          forms = new ArrayList<>(List.of(word));
          formLine = true;
          String code = petrarchCode(block.group(2));
          if (code != null && !verb.isEmpty()) {
            put(copy, code, "V " + verb, name + ":" + number);
          }
          String fullCode = petrarchFullCode(block.group(2));
          if (fullCode != null) {
            PetrarchVerbPattern p =
                new PetrarchVerbPattern(
                    word,
                    fullCode,
                    List.of(),
                    List.of(),
                    false,
                    false,
                    "*",
                    name + ":" + number,
                    number);
            full.computeIfAbsent(word, k -> new ArrayList<>()).add(p);
          }
          continue;
        }
        if (verb == null) {
          continue;
        }
        if (!text.startsWith("-")) {
          if (formLine && !text.startsWith("+") && !text.startsWith("&")) {
            // the verb's forms: "BREAK { BROKE BROKEN }"
            Matcher braces = Pattern.compile("\\{([^}]*)\\}").matcher(text);
            if (braces.find()) {
              for (String f : braces.group(1).strip().split("\\s+")) {
                String form = f.replaceAll("_+$", "").toLowerCase(Locale.ROOT);
                if (form.matches("[a-z'-]+")) {
                  forms.add(form);
                }
              }
            }
            formLine = false;
          }
          continue;
        }
        formLine = false;
        Matcher codeMatch = PETRARCH_CODE.matcher(text);
        String fullCode = null;
        int codeStart = -1;
        while (codeMatch.find()) {
          fullCode = petrarchFullCode(codeMatch.group(1));
          codeStart = codeMatch.start();
          break;
        }
        if (fullCode != null) {
          PetrarchVerbPattern p =
              PetrarchVerbPattern.parse(
                  forms.get(0),
                  fullCode,
                  text.substring(1, codeStart),
                  synsets,
                  name + ":" + number,
                  number);
          if (p != null) {
            for (String form : forms) {
              full.computeIfAbsent(form, k -> new ArrayList<>()).add(p);
            }
          }
        }
        codeMatch.reset();
        if (!codeMatch.find()) {
          continue;
        }
        String code = petrarchCode(codeMatch.group(1));
        int star = text.indexOf('*');
        if (code == null || star < 0) {
          continue;
        }
        String after = text.substring(star + 1, codeMatch.start()).replace('_', ' ').strip();
        String pattern = petrarchTail(verb, after, prepositions, particles);
        if (pattern != null) {
          put(copy, code, pattern, name + ":" + number);
        }
      }
    }
    return new EventLexicon(copy, full);
  }

  /**
   * The synsets of a PETRARCH verb dictionary: a line {@code &NAME} and the {@code +phrase} lines
   * after it; a phrase may name another synset ({@code +&TIETYPES}).
   */
  private static Map<String, List<List<String>>> petrarchSynsets(List<String> lines) {
    Map<String, List<String>> raw = new LinkedHashMap<>();
    String current = null;
    for (String line : lines) {
      String text = line.replaceAll("#.*$", "").replaceAll("<!--.*?-->", "").strip();
      if (text.isEmpty()) {
        current = null;
        continue;
      }
      if (text.startsWith("&")) {
        current = PetrarchVerbPattern.synsetName(text.split("\\s+")[0]);
        raw.computeIfAbsent(current, k -> new ArrayList<>());
      } else if (text.startsWith("+") && current != null) {
        raw.get(current).add(text.substring(1).strip());
      } else {
        current = null;
      }
    }
    Map<String, List<List<String>>> synsets = new LinkedHashMap<>();
    for (String name : raw.keySet()) {
      synsets.put(name, expand(name, raw, new java.util.HashSet<>()));
    }
    return synsets;
  }

  private static List<List<String>> expand(
      String name, Map<String, List<String>> raw, Set<String> visiting) {
    List<List<String>> phrases = new ArrayList<>();
    if (!visiting.add(name)) {
      return phrases;
    }
    for (String member : raw.getOrDefault(name, List.of())) {
      if (member.startsWith("&")) {
        phrases.addAll(expand(PetrarchVerbPattern.synsetName(member), raw, visiting));
        continue;
      }
      List<String> words = new ArrayList<>();
      for (String w : member.toLowerCase(Locale.ROOT).split("[\\s_]+")) {
        if (!w.isEmpty()) {
          words.add(w);
        }
      }
      if (!words.isEmpty()) {
        phrases.add(words);
      }
    }
    visiting.remove(name);
    return phrases;
  }

  /** A PETRARCH code as the full matcher keeps it: digits and an optional letter ({@code 174K}). */
  private static String petrarchFullCode(String raw) {
    String code = raw.strip();
    int colon = code.indexOf(':');
    if (colon >= 0) {
      code = code.substring(0, colon);
    }
    return code.matches("\\d{2,4}[A-Za-z]?") ? code.toUpperCase(Locale.ROOT) : null;
  }

  private static String petrarchCode(String raw) {
    String code = raw.strip();
    int colon = code.indexOf(':');
    if (colon >= 0) {
      code = code.substring(0, colon);
    }
    return code.matches("\\d{2,4}") ? code : null;
  }

  private static String petrarchTail(
      String verb, String after, Set<String> prepositions, Set<String> particles) {
    List<String> words = new ArrayList<>();
    for (String w : after.toLowerCase(Locale.ROOT).split("\\s+")) {
      if (!w.isEmpty()
          && !w.startsWith("&")
          && !w.startsWith("%")
          && !w.startsWith("$")
          && !w.startsWith("+")
          && w.matches("[a-z'-]+")) {
        words.add(w);
      }
    }
    if (words.isEmpty()) {
      return null;
    }
    words.replaceAll(EventLexicon::singular);
    String first = words.get(0);
    if (prepositions.contains(first)) {
      return words.size() > 1
          ? "V " + verb + " @" + first + ":" + words.get(words.size() - 1)
          : "V " + verb + " @" + first;
    }
    if (words.size() == 1 && particles.contains(first)) {
      return "V " + verb + " ~" + first;
    }
    return "V " + verb + " +" + words.get(words.size() - 1);
  }

  /** A dictionary noun as a lemma: "ties" → "tie", "talks" → "talk", "forces" → "force". */
  private static String singular(String word) {
    if (word.endsWith("ies") && word.length() > 4) {
      return word.substring(0, word.length() - 3) + "y";
    }
    if (word.endsWith("s") && !word.endsWith("ss") && word.length() > 3) {
      return word.substring(0, word.length() - 1);
    }
    return word;
  }

  private static void put(Map<String, EventPattern> map, String code, String text, String source) {
    EventPattern p = EventPattern.parse(code, text, source);
    map.remove(p.text());
    map.put(p.text(), p);
  }

  /** The verb patterns of a lemma, in load order. */
  public List<EventPattern> verb(String lemma) {
    return verbs.getOrDefault(lemma, List.of());
  }

  /** The full PETRARCH verb patterns of a verb key (lemma or form), in file order. */
  public List<PetrarchVerbPattern> petrarchVerb(String key) {
    return petrarch.getOrDefault(key, List.of());
  }

  /** True when PETRARCH verb dictionaries were loaded in full. */
  public boolean hasPetrarchVerbs() {
    return !petrarch.isEmpty();
  }

  /** The noun patterns of a lemma, in load order. */
  public List<EventPattern> noun(String lemma) {
    return nouns.getOrDefault(lemma, List.of());
  }

  public Collection<EventPattern> patterns() {
    return byText.values();
  }

  public int size() {
    return byText.size();
  }
}
