package org.herodotus.lexicon;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What the actor coder knows, as data: country names ({@code countries.tsv}), nationality words
 * ({@code demonyms.tsv}), CAMEO types of role nouns and adjectives ({@code role-nouns.tsv}, {@code
 * role-adjectives.tsv}), international organisations and known groups ({@code known-groups.tsv}),
 * the blocks CAMEO codes are built from ({@code cameo-blocks.tsv}) and, optionally, PETRARCH/TABARI
 * actor dictionaries.
 *
 * <p>{@link #withUserDirectory} adds a user's directory: files there with the bundled names and
 * format add rows or override bundled rows with the same key; every other file whose name ends in
 * {@code .txt} or {@code .actors} is read as a PETRARCH/TABARI actor dictionary, whose entries win
 * over every built-in rule for the names they list, except verb dictionaries ({@code .verbs.txt}),
 * which are the event layer's.
 */
public final class ActorLexicon {

  /** The CAMEO type a role noun gives, and whether it needs a stated country ("side"). */
  public record RoleType(String type, boolean needsCountry) {}

  /** A CAMEO actor code read block by block. */
  public record CodeParts(String country, List<String> types, Optional<String> knownGroup) {
    public CodeParts {
      types = List.copyOf(types);
    }
  }

  static final String BASE = "/org/herodotus/lexicon/";
  static final List<String> FILES =
      List.of(
          "countries.tsv",
          "demonyms.tsv",
          "role-nouns.tsv",
          "role-adjectives.tsv",
          "known-groups.tsv",
          "cameo-blocks.tsv");

  private static final ActorLexicon BUNDLED = new ActorLexicon(Optional.empty());

  private final Map<String, String> countryByName = new HashMap<>();
  private final Map<String, String> cameoByIso2 = new HashMap<>();
  private final Map<String, String> iso2ByCameo = new HashMap<>();
  private final Map<String, String> countryNameByCameo = new HashMap<>();
  private final Map<String, String> demonyms = new HashMap<>();
  private final Map<String, RoleType> roleNouns = new HashMap<>();
  private final Map<String, String> roleAdjectives = new HashMap<>();
  private final Map<String, String> knownGroups = new HashMap<>();
  private final Map<String, String> knownAcronyms = new HashMap<>();
  private final Map<String, Set<String>> blockKinds = new HashMap<>();
  private PetrarchDictionary dictionary = PetrarchDictionary.empty();
  private final List<String> sources = new ArrayList<>();

  private ActorLexicon(Optional<Path> userDirectory) {
    for (String file : FILES) {
      load(file, TsvResource.rows(BASE + file));
    }
    sources.add("bundled");
    userDirectory.ifPresent(this::loadDirectory);
  }

  /** The bundled lexicons. */
  public static ActorLexicon bundled() {
    return BUNDLED;
  }

  /**
   * The bundled lexicons with a user's directory on top (see the class comment).
   *
   * @throws IllegalArgumentException when {@code dir} is not a directory
   */
  public static ActorLexicon withUserDirectory(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException("lexicon directory not found: " + dir);
    }
    return new ActorLexicon(Optional.of(dir));
  }

  private void loadDirectory(Path dir) {
    List<Path> files;
    try (Stream<Path> list = Files.list(dir)) {
      files = list.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list lexicon directory " + dir, e);
    }
    for (Path file : files) {
      String name = file.getFileName().toString();
      if (FILES.contains(name)) {
        load(name, TsvResource.rows(file));
        sources.add(file.toString());
      } else if ((name.endsWith(".txt") || name.endsWith(".actors"))
          && !name.endsWith(".verbs.txt")) {
        // verb dictionaries (*.verbs.txt) are the event layer's
        dictionary = dictionary.plus(PetrarchDictionary.read(file));
        sources.add(file.toString());
      }
    }
  }

  private void load(String file, List<String[]> rows) {
    for (String[] row : rows) {
      switch (file) {
        case "countries.tsv" -> {
          String iso2 = col(row, 0);
          String cameo = col(row, 1);
          if (cameo.isEmpty()) {
            continue;
          }
          cameoByIso2.put(iso2, cameo);
          iso2ByCameo.put(cameo, iso2);
          countryNameByCameo.put(cameo, col(row, 2));
          countryByName.put(key(col(row, 2)), cameo);
          for (String alias : col(row, 3).split("\\|")) {
            if (!alias.isBlank()) {
              countryByName.put(key(alias), cameo);
            }
          }
        }
        case "demonyms.tsv" -> demonyms.put(key(col(row, 0)), col(row, 1));
        case "role-nouns.tsv" -> {
          if (!col(row, 2).isEmpty()) {
            roleNouns.put(
                key(col(row, 0)), new RoleType(col(row, 2), col(row, 3).equals("country")));
          } else {
            roleNouns.remove(key(col(row, 0)));
          }
        }
        case "role-adjectives.tsv" -> roleAdjectives.put(key(col(row, 0)), col(row, 1));
        case "known-groups.tsv" -> {
          String name = col(row, 0);
          if (isAcronym(name)) {
            knownAcronyms.put(name.replace(".", ""), col(row, 1));
          } else {
            knownGroups.put(key(name), col(row, 1));
          }
        }
        case "cameo-blocks.tsv" ->
            blockKinds.computeIfAbsent(col(row, 0), k -> new LinkedHashSet<>()).add(col(row, 1));
        default -> throw new IllegalStateException("unknown lexicon " + file);
      }
    }
  }

  private static boolean isAcronym(String name) {
    String n = name.replace(".", "");
    return n.length() <= 3 && n.equals(n.toUpperCase(Locale.ROOT)) && !n.isEmpty();
  }

  private static String col(String[] row, int i) {
    return i < row.length ? row[i].strip() : "";
  }

  /** A lookup key: lower case, periods dropped, a leading "the" dropped, spaces collapsed. */
  static String key(String text) {
    String k =
        text.strip()
            .replace("\u2019", "'")
            .replace(".", "")
            .replaceAll("\\s+", " ")
            .toLowerCase(Locale.ROOT);
    return k.startsWith("the ") ? k.substring(4) : k;
  }

  /** The CAMEO country code of a country name ("Azerbaijan" → AZE). */
  public Optional<String> country(String name) {
    return Optional.ofNullable(countryByName.get(key(name)));
  }

  /** The CAMEO country code of an ISO 3166-1 alpha-2 code ("AZ" → AZE). */
  public Optional<String> countryOfIso2(String iso2) {
    return Optional.ofNullable(cameoByIso2.get(iso2));
  }

  /** The English name of a CAMEO country code ("AZE" → Azerbaijan). */
  public Optional<String> countryName(String cameo) {
    return Optional.ofNullable(countryNameByCameo.get(cameo));
  }

  /** The CAMEO country of a nationality word ("Azerbaijani", "Armenians" → AZE, ARM). */
  public Optional<String> demonym(String word) {
    return Optional.ofNullable(demonyms.get(key(word)));
  }

  /** The CAMEO type a role noun lemma gives ("advisor" → GOV), if any. */
  public Optional<RoleType> roleNoun(String lemma) {
    return Optional.ofNullable(roleNouns.get(key(lemma)));
  }

  /** The CAMEO type a title adjective gives ("presidential" → GOV), if any. */
  public Optional<String> roleAdjective(String lemma) {
    return Optional.ofNullable(roleAdjectives.get(key(lemma)));
  }

  /** The full code of an organisation or known group by name ("UN Security Council" → IGOUNO). */
  public Optional<String> knownGroup(String name) {
    String acronym = name.strip().replace(".", "");
    if (knownAcronyms.containsKey(acronym)) {
      return Optional.of(knownAcronyms.get(acronym));
    }
    return Optional.ofNullable(knownGroups.get(key(name)));
  }

  /** The code a user's PETRARCH/TABARI dictionary gives a name, on a date (YYYYMMDD or empty). */
  public Optional<PetrarchDictionary.Entry> dictionaryEntry(String name) {
    return dictionary.lookup(name);
  }

  /** Whether any actor dictionary was loaded. */
  public boolean hasDictionary() {
    return !dictionary.entries().isEmpty();
  }

  /** Where the lexicons came from: "bundled" and the user's files, in load order. */
  public List<String> sources() {
    return List.copyOf(sources);
  }

  /**
   * What a three-letter block of a CAMEO actor code is: any of {@code country}, {@code region},
   * {@code type}, {@code group} (from {@code cameo-blocks.tsv}); empty for an unknown block.
   */
  public Set<String> blockKinds(String block) {
    return Set.copyOf(blockKinds.getOrDefault(block, Set.of()));
  }

  /**
   * Reads a code block by block: a first block that is a country or region is the country; then
   * each block is a type, except the last block when it names a known group (UNO in IGOUNO) or a
   * block that is only a known group. Lower-case blocks (ethnic codes) and unknown blocks are kept
   * as types.
   */
  public CodeParts parse(String code) {
    String country = "";
    List<String> types = new ArrayList<>();
    Optional<String> group = Optional.empty();
    int blocks = code.length() / 3;
    for (int b = 0; b < blocks; b++) {
      String block = code.substring(3 * b, 3 * b + 3);
      Set<String> kinds = blockKinds.getOrDefault(block, Set.of());
      boolean last = b == blocks - 1;
      if (b == 0 && (kinds.contains("country") || kinds.contains("region"))) {
        country = block;
      } else if (kinds.contains("group") && (last || !kinds.contains("type")) && b > 0) {
        group = Optional.of(block);
      } else {
        types.add(block);
      }
    }
    return new CodeParts(country, types, group);
  }
}
