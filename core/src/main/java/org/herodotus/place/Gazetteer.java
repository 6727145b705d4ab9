package org.herodotus.place;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;

/**
 * Place names to gazetteer entries, offline. The bundled gazetteer ({@code gazetteer.tsv.gz}, built
 * by {@code scripts/build-gazetteer.sh} from GeoNames data) is read once, on first use of {@link
 * #bundled()}. Users add their own TSV files in the same format with {@link #withUserFiles}; a user
 * row whose id is already bundled replaces the bundled row.
 *
 * <p>Format: UTF-8, one entry per line, {@code #} starts a comment line, ten tab-separated columns
 * {@code id name featureClass featureCode country admin1 lat lon population alternateNames}, the
 * alternate names separated by {@code |}. Files whose name ends in {@code .gz} are gunzipped.
 */
public final class Gazetteer {

  static final String BUNDLED_RESOURCE = "/org/herodotus/place/gazetteer.tsv.gz";

  /** More names for entries of the gazetteer: demonyms, abbreviations ({@code id aliases}). */
  static final String ALIASES_RESOURCE = "/org/herodotus/place/aliases.tsv";

  private static final Comparator<GazetteerEntry> LARGEST_FIRST =
      Comparator.comparingLong(GazetteerEntry::population)
          .reversed()
          .thenComparing(GazetteerEntry::id);

  /** Normalized name to one {@link GazetteerEntry} or a {@code GazetteerEntry[]}. */
  private final Map<String, Object> index;

  private final int size;

  private Gazetteer(Map<String, Object> index, int size) {
    this.index = index;
    this.size = size;
  }

  private static final class Bundled {
    static final Gazetteer INSTANCE = withUserFiles(List.of());
  }

  /** The gazetteer that ships with Herodotus, loaded on first call. */
  public static Gazetteer bundled() {
    return Bundled.INSTANCE;
  }

  /**
   * The bundled gazetteer plus the user's gazetteer files in a lexicon directory: those named
   * {@code gazetteer*.tsv} or {@code places*.tsv}, optionally gzipped ({@code .gz}), read in name
   * order. Without such files, the bundled gazetteer itself.
   */
  public static Gazetteer withUserDirectory(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException("lexicon directory not found: " + dir);
    }
    List<Path> files;
    try (java.util.stream.Stream<Path> list = Files.list(dir)) {
      files =
          list.filter(Files::isRegularFile)
              .filter(
                  f -> {
                    String n = f.getFileName().toString();
                    return (n.startsWith("gazetteer") || n.startsWith("places"))
                        && (n.endsWith(".tsv") || n.endsWith(".tsv.gz"));
                  })
              .sorted()
              .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list lexicon directory " + dir, e);
    }
    return files.isEmpty() ? bundled() : withUserFiles(files);
  }

  /** The bundled gazetteer plus the user's files (same TSV format, optionally gzipped). */
  public static Gazetteer withUserFiles(List<Path> userFiles) {
    Loader loader = new Loader();
    for (Path file : userFiles) {
      try (InputStream in = open(Files.newInputStream(file), file.toString())) {
        loader.read(in, file.toString(), id -> true);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read gazetteer file " + file, e);
      }
    }
    Set<String> userIds = new HashSet<>(loader.ids);
    InputStream resource = Gazetteer.class.getResourceAsStream(BUNDLED_RESOURCE);
    if (resource == null) {
      throw new IllegalStateException("gazetteer missing from the classpath: " + BUNDLED_RESOURCE);
    }
    try (InputStream in = open(resource, BUNDLED_RESOURCE)) {
      loader.read(in, BUNDLED_RESOURCE, id -> !userIds.contains(id));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled gazetteer " + BUNDLED_RESOURCE, e);
    }
    InputStream aliases = Gazetteer.class.getResourceAsStream(ALIASES_RESOURCE);
    if (aliases != null) {
      try (InputStream in = open(aliases, ALIASES_RESOURCE)) {
        loader.readAliases(in);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + ALIASES_RESOURCE, e);
      }
    }
    return new Gazetteer(loader.index, loader.ids.size());
  }

  /** A gazetteer of the given files only, without the bundled data. */
  public static Gazetteer ofFiles(List<Path> files) {
    Loader loader = new Loader();
    for (Path file : files) {
      try (InputStream in = open(Files.newInputStream(file), file.toString())) {
        loader.read(in, file.toString(), id -> true);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read gazetteer file " + file, e);
      }
    }
    return new Gazetteer(loader.index, loader.ids.size());
  }

  private static InputStream open(InputStream raw, String name) throws IOException {
    InputStream in = new BufferedInputStream(raw, 1 << 16);
    return name.endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
  }

  /**
   * Entries whose name or an alternate name matches, ignoring case, accents, apostrophes, periods,
   * hyphens and a leading "the"; largest population first. Empty when nothing matches.
   */
  public List<GazetteerEntry> lookup(String name) {
    Object hit = index.get(key(name));
    if (hit == null) {
      return List.of();
    }
    if (hit instanceof GazetteerEntry entry) {
      return List.of(entry);
    }
    GazetteerEntry[] entries = ((GazetteerEntry[]) hit).clone();
    Arrays.sort(entries, LARGEST_FIRST);
    return List.of(entries);
  }

  /**
   * Whether {@code name} is the entry's primary name (not only an alternate name), or the primary
   * name without its comma qualifier ("Washington" for "Washington, D.C.").
   */
  public static boolean isPrimaryName(GazetteerEntry entry, String name) {
    if (key(entry.name()).equals(key(name))) {
      return true;
    }
    int comma = entry.name().indexOf(',');
    return comma > 0 && key(entry.name().substring(0, comma)).equals(key(name));
  }

  /** Number of entries. */
  public int size() {
    return size;
  }

  /** Number of distinct normalized names. */
  public int names() {
    return index.size();
  }

  /**
   * The lookup key of a name: accents and other combining marks removed, lower case, a few letters
   * that do not decompose mapped to ASCII (ł, ø, đ, ß, æ, œ, ı, þ), apostrophes and periods
   * dropped, hyphens, slashes, commas and brackets read as spaces, spaces collapsed, a leading "the
   * " dropped. scripts/build-gazetteer.js uses the same rules to drop duplicate alternate names.
   */
  static String key(String name) {
    String s = name;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) > 127) {
        s = Normalizer.normalize(s, Normalizer.Form.NFD);
        break;
      }
    }
    StringBuilder b = new StringBuilder(s.length());
    boolean pendingSpace = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c > 127) {
        int type = Character.getType(c);
        if (type == Character.NON_SPACING_MARK
            || type == Character.ENCLOSING_MARK
            || type == Character.COMBINING_SPACING_MARK) {
          continue;
        }
      }
      c = Character.toLowerCase(c);
      String replacement = null;
      switch (c) {
        case '\'', '\u2019', '\u02bc', '\u2018', '`', '.' -> {
          continue;
        }
        case '-', '\u2010', '\u2011', '\u2013', '\u2014', '_', '/', ',', '(', ')' -> {
          pendingSpace = b.length() > 0;
          continue;
        }
        case '\u0142' -> replacement = "l";
        case '\u00f8' -> replacement = "o";
        case '\u0111', '\u00f0' -> replacement = "d";
        case '\u00df' -> replacement = "ss";
        case '\u00e6' -> replacement = "ae";
        case '\u0153' -> replacement = "oe";
        case '\u0131' -> replacement = "i";
        case '\u00fe' -> replacement = "th";
        case '\u0127' -> replacement = "h";
        default -> {
          if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
            pendingSpace = b.length() > 0;
            continue;
          }
        }
      }
      if (pendingSpace) {
        b.append(' ');
        pendingSpace = false;
      }
      if (replacement != null) {
        b.append(replacement);
      } else {
        b.append(c);
      }
    }
    if (b.length() > 4 && b.charAt(3) == ' ' && b.indexOf("the ") == 0) {
      return b.substring(4);
    }
    return b.toString();
  }

  /** Parses rows into the index. Repeated small strings (codes, admin1 names) are shared. */
  private static final class Loader {
    final Map<String, Object> index = new HashMap<>(1 << 20);
    final List<String> ids = new ArrayList<>();
    final Map<String, GazetteerEntry> byId = new HashMap<>();
    private final Map<String, String> shared = new HashMap<>();

    void read(InputStream in, String source, Predicate<String> accept) throws IOException {
      BufferedReader reader =
          new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
      String[] f = new String[10];
      String line;
      int lineNumber = 0;
      while ((line = reader.readLine()) != null) {
        lineNumber++;
        if (line.isBlank() || line.charAt(0) == '#') {
          continue;
        }
        int n = split(line, f);
        if (n < 9) {
          throw new IllegalArgumentException(
              source
                  + " line "
                  + lineNumber
                  + ": expected 10 tab-separated columns (id name featureClass featureCode"
                  + " country admin1 lat lon population alternateNames), found "
                  + n);
        }
        if (!accept.test(f[0])) {
          continue;
        }
        GazetteerEntry entry;
        try {
          entry =
              new GazetteerEntry(
                  f[0],
                  f[1],
                  share(f[2]),
                  share(f[3]),
                  share(f[4]),
                  share(f[5]),
                  Double.parseDouble(f[6]),
                  Double.parseDouble(f[7]),
                  f[8].isEmpty() ? 0 : Long.parseLong(f[8]));
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException(
              source + " line " + lineNumber + ": bad number (" + e.getMessage() + ")", e);
        }
        ids.add(entry.id());
        byId.put(entry.id(), entry);
        add(key(entry.name()), entry);
        if (n > 9 && !f[9].isEmpty()) {
          String alternates = f[9];
          int start = 0;
          while (start <= alternates.length()) {
            int bar = alternates.indexOf('|', start);
            int end = bar < 0 ? alternates.length() : bar;
            if (end > start) {
              add(key(alternates.substring(start, end)), entry);
            }
            start = end + 1;
          }
        }
      }
    }

    /** Adds the names of {@code id<TAB>alias|alias} lines to the entries with those ids. */
    void readAliases(InputStream in) throws IOException {
      BufferedReader reader =
          new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank() || line.charAt(0) == '#') {
          continue;
        }
        int tab = line.indexOf('\t');
        GazetteerEntry entry = tab < 0 ? null : byId.get(line.substring(0, tab));
        if (entry == null) {
          continue; // an id the gazetteer does not have (a user file may have removed it)
        }
        for (String alias : line.substring(tab + 1).split("\\|")) {
          add(key(alias), entry);
        }
      }
    }

    private String share(String s) {
      String existing = shared.putIfAbsent(s, s);
      return existing == null ? s : existing;
    }

    private void add(String key, GazetteerEntry entry) {
      if (key.isEmpty()) {
        return;
      }
      Object old = index.putIfAbsent(key, entry);
      if (old == null || old == entry) {
        return;
      }
      if (old instanceof GazetteerEntry single) {
        index.put(key, new GazetteerEntry[] {single, entry});
      } else {
        GazetteerEntry[] many = (GazetteerEntry[]) old;
        for (GazetteerEntry e : many) {
          if (e == entry) {
            return;
          }
        }
        GazetteerEntry[] grown = Arrays.copyOf(many, many.length + 1);
        grown[many.length] = entry;
        index.put(key, grown);
      }
    }

    private static int split(String line, String[] fields) {
      int n = 0;
      int start = 0;
      while (n < fields.length) {
        int tab = line.indexOf('\t', start);
        if (tab < 0) {
          fields[n++] = line.substring(start);
          break;
        }
        fields[n++] = line.substring(start, tab);
        start = tab + 1;
      }
      return n;
    }
  }
}
