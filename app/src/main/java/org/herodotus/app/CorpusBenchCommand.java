package org.herodotus.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.herodotus.corpus.Corpus;
import org.herodotus.corpus.CorpusException;
import org.herodotus.corpus.SearchRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code herodotus bench corpus --corpus DIR}: search latency over a fixed set of queries, the time
 * of the SQL question "events per day by root code", and the corpus's size on disk.
 */
@Command(
    name = "corpus",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Times a corpus made by 'herodotus ingest --corpus': search latency (p50, p99) over a fixed"
          + " set of queries of words and fields with facets and highlights, the SQL query"
          + " 'events per day by root code' over the whole corpus, and the size on disk per"
          + " 1,000 articles."
    })
public final class CorpusBenchCommand implements Callable<Integer> {

  /** Words, phrases, fields and dates, as users combine them. */
  static final List<String> QUERIES =
      List.of(
          "government",
          "minister AND election",
          "\"interest rates\"",
          "oil prices",
          "actor:GBRGOV",
          "root:19",
          "code:057",
          "quad:4",
          "speaker:\"tony blair\"",
          "place:London",
          "country:GBR",
          "date:[1987-03-01 TO 1987-03-31]",
          "trade AND actor:USAGOV",
          "strike OR protest",
          "bank NOT root:01",
          "labour party",
          "talks AND place:Washington",
          "economy growth",
          "film",
          "*");

  static final String EVENTS_PER_DAY =
      "SELECT coalesce(date, published) AS day, root_code, count(*) AS events"
          + " FROM events GROUP BY 1, 2 ORDER BY 1, 2";

  @ParentCommand BenchCommand bench;

  @Option(names = "--corpus", required = true, paramLabel = "DIR", description = "The corpus.")
  Path corpus;

  @Option(
      names = "--rounds",
      paramLabel = "N",
      defaultValue = "20",
      description = "Times each query runs (after one warm-up round). Default: ${DEFAULT-VALUE}.")
  int rounds;

  @Override
  public Integer call() {
    Io io = bench.herodotusIo();
    try (Corpus store = Corpus.openReadOnly(corpus)) {
      int articles = store.articleCount();
      for (String q : QUERIES) {
        store.search(SearchRequest.articles(q)); // warm-up
      }
      List<Double> millis = new ArrayList<>();
      for (int r = 0; r < rounds; r++) {
        for (String q : QUERIES) {
          long t = System.nanoTime();
          store.search(SearchRequest.articles(q));
          millis.add((System.nanoTime() - t) / 1e6);
        }
      }
      Collections.sort(millis);
      store.sql(EVENTS_PER_DAY); // warm-up
      List<Double> sql = new ArrayList<>();
      long rows = 0;
      for (int r = 0; r < 5; r++) {
        long t = System.nanoTime();
        rows = store.sql(EVENTS_PER_DAY).rows().size();
        sql.add((System.nanoTime() - t) / 1e6);
      }
      Collections.sort(sql);
      long bytes = size(corpus);
      io.out()
          .println(
              String.format(
                  Locale.ROOT,
                  "corpus: %d articles, %.1f MB on disk (%.1f MB per 1,000 articles)",
                  articles,
                  bytes / 1e6,
                  articles == 0 ? 0 : bytes / 1e6 / articles * 1000));
      io.out()
          .println(
              String.format(
                  Locale.ROOT,
                  "search: %d searches (%d queries x %d rounds, 10 hits, facets, highlights):"
                      + " p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms",
                  millis.size(),
                  QUERIES.size(),
                  rounds,
                  percentile(millis, 50),
                  percentile(millis, 90),
                  percentile(millis, 99),
                  millis.get(millis.size() - 1)));
      io.out()
          .println(
              String.format(
                  Locale.ROOT,
                  "sql: events per day by root code (%d rows): median %.1f ms, max %.1f ms",
                  rows,
                  percentile(sql, 50),
                  sql.get(sql.size() - 1)));
      io.out().flush();
      return 0;
    } catch (CorpusException e) {
      io.err().println("herodotus: " + e.getMessage());
      return 2;
    }
  }

  static double percentile(List<Double> sorted, int p) {
    int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
  }

  private static long size(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile)
          .mapToLong(
              p -> {
                try {
                  return Files.size(p);
                } catch (IOException e) {
                  return 0;
                }
              })
          .sum();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
