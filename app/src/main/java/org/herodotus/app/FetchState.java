package org.herodotus.app;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What {@code herodotus ingest} has fetched before, so that a second run fetches nothing it already
 * has: a TSV file, one line per fetched page, {@code url <TAB> status <TAB> sha256 of the body
 * <TAB> fetched-at (ISO-8601)}, appended to as pages are fetched (an interrupted run keeps what it
 * fetched). Lines that do not parse are ignored.
 */
final class FetchState {

  static final String HEADER = "# herodotus ingest state: url\tstatus\tsha256\tfetched";

  private final Path file;
  private final Map<String, String> hashByUrl = new HashMap<>();
  private final Map<String, String> urlByHash = new HashMap<>();

  private FetchState(Path file) {
    this.file = file;
  }

  /** The default state file: {@code ~/.herodotus/ingest-state.tsv}. */
  static Path defaultFile() {
    return Path.of(System.getProperty("user.home"), ".herodotus", "ingest-state.tsv");
  }

  /** Loads {@code file} (a missing file is an empty state). */
  static FetchState load(Path file) {
    FetchState state = new FetchState(file);
    if (Files.exists(file)) {
      List<String> lines;
      try {
        lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(
            "cannot read the ingest state " + file + ": " + e.getMessage(), e);
      }
      for (String line : lines) {
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        String[] fields = line.split("\t", -1);
        if (fields.length >= 3 && !fields[0].isEmpty()) {
          state.remember(fields[0], fields[2]);
        }
      }
    }
    return state;
  }

  private void remember(String url, String hash) {
    hashByUrl.put(Duplicates.normalizeUrl(url), hash);
    if (!hash.isEmpty()) {
      urlByHash.putIfAbsent(hash, url);
    }
  }

  synchronized boolean fetched(String url) {
    return hashByUrl.containsKey(Duplicates.normalizeUrl(url));
  }

  /** The URL a body with this hash was first fetched from, in this run or an earlier one. */
  synchronized Optional<String> urlWithContent(String hash) {
    return Optional.ofNullable(urlByHash.get(hash));
  }

  /** Records a fetch (status and body hash) and appends it to the file. */
  synchronized void record(String url, int status, String hash) {
    remember(url, hash);
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      boolean fresh = !Files.exists(file);
      try (BufferedWriter w =
          Files.newBufferedWriter(
              file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
        if (fresh) {
          w.write(HEADER);
          w.newLine();
        }
        w.write(url + "\t" + status + "\t" + hash + "\t" + Instant.now());
        w.newLine();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot write the ingest state " + file + ": " + e.getMessage(), e);
    }
  }
}
