package org.herodotus.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.herodotus.read.ArticleReader;
import org.herodotus.read.FeedReader;
import org.herodotus.read.InputException;
import org.herodotus.read.ReadResult;

/**
 * The work of {@code herodotus ingest}: reads feeds (files or URLs), fetches the pages their items
 * link to that were not fetched before (see {@link FetchState}) politely (see {@link
 * PoliteFetcher}), and hands each page to a {@link BatchRunner}, which analyzes and writes it.
 */
final class Ingest {

  private final PoliteFetcher fetcher;
  private final FetchState state;
  private final ArticleReader reader;
  private final long maxBytes;
  private final BatchRunner runner;
  private final PrintWriter err;

  private int fetched;
  private int disallowed;
  private int before;

  Ingest(
      PoliteFetcher fetcher,
      FetchState state,
      ArticleReader reader,
      long maxBytes,
      BatchRunner runner,
      PrintWriter err) {
    this.fetcher = fetcher;
    this.state = state;
    this.reader = reader;
    this.maxBytes = maxBytes;
    this.runner = runner;
    this.err = err;
  }

  /** Ingests every feed and returns the exit code: 0, or 1 when a feed or a page failed. */
  int run(List<String> feeds) throws InterruptedException {
    boolean failed = false;
    Map<String, URI> links = new LinkedHashMap<>();
    for (String feed : feeds) {
      try {
        List<URI> items = items(feed);
        int fresh = 0;
        int known = 0;
        for (URI link : items) {
          String key = Duplicates.normalizeUrl(link.toString());
          if (state.fetched(link.toString())) {
            known++;
          } else if (links.putIfAbsent(key, link) == null) {
            fresh++;
          }
        }
        before += known;
        say(
            feed
                + ": "
                + count(items.size(), "item")
                + ", "
                + fresh
                + " new, "
                + known
                + " fetched before");
      } catch (InputException e) {
        say(e.getMessage());
        failed = true;
      }
    }
    int code = runner.runSources(pages(new ArrayList<>(links.values())), links.size());
    say(
        "ingest: fetched "
            + count(fetched, "page")
            + ", "
            + disallowed
            + " disallowed by robots.txt, "
            + before
            + " fetched before");
    return failed ? 1 : code;
  }

  private void say(String line) {
    err.println("herodotus: " + line);
    err.flush();
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  /** The links of a feed, absolute; items without a usable link are reported and left out. */
  private List<URI> items(String feed) throws InterruptedException {
    Optional<URI> base = httpUri(feed);
    byte[] bytes = base.isPresent() ? fetchFeed(feed, base.get()) : readFeedFile(feed);
    FeedReader.Feed parsed = FeedReader.read(feed, bytes);
    List<URI> links = new ArrayList<>();
    int n = 0;
    for (FeedReader.Item item : parsed.items()) {
      n++;
      if (item.link().isEmpty()) {
        say(feed + ": item " + n + " has no link; skipped");
        continue;
      }
      String link = item.link().get();
      try {
        URI uri = new URI(link);
        if (!uri.isAbsolute()) {
          if (base.isEmpty()) {
            say(
                feed
                    + ": item "
                    + n
                    + " links to '"
                    + link
                    + "', a relative address in a feed"
                    + " file; skipped");
            continue;
          }
          uri = base.get().resolve(uri);
        }
        String scheme = String.valueOf(uri.getScheme()).toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
          say(feed + ": item " + n + " links to '" + link + "', not a web address; skipped");
          continue;
        }
        links.add(uri);
      } catch (URISyntaxException e) {
        say(feed + ": item " + n + " links to '" + link + "', not a valid address; skipped");
      }
    }
    return links;
  }

  private byte[] fetchFeed(String feed, URI url) throws InterruptedException {
    if (!fetcher.allowed(url)) {
      throw new InputException(feed, "robots.txt does not allow fetching the feed");
    }
    PoliteFetcher.Fetched f = fetcher.fetch(url);
    if (f.problem().isPresent()) {
      throw new InputException(feed, f.problem().get());
    }
    if (!f.ok()) {
      throw new InputException(feed, "the server answered HTTP " + f.status());
    }
    if (f.body().length > maxBytes) {
      throw new InputException(feed, "is over the limit of " + maxBytes + " bytes");
    }
    return f.body();
  }

  private byte[] readFeedFile(String feed) {
    Path path = Path.of(feed);
    try {
      if (Files.size(path) > maxBytes) {
        throw new InputException(feed, "is over the limit of " + maxBytes + " bytes");
      }
      return Files.readAllBytes(path);
    } catch (NoSuchFileException e) {
      throw new InputException(feed, "no such file (nor an http(s) address)");
    } catch (IOException e) {
      throw new InputException(feed, "cannot read: " + e.getMessage(), e);
    }
  }

  static Optional<URI> httpUri(String s) {
    String lower = s.toLowerCase(Locale.ROOT);
    if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
      return Optional.empty();
    }
    try {
      return Optional.of(new URI(s));
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }

  /** The pages, fetched one by one as the runner asks for them. */
  private Iterator<List<ReadResult>> pages(List<URI> links) {
    return new Iterator<>() {
      private int next;

      @Override
      public boolean hasNext() {
        return next < links.size();
      }

      @Override
      public List<ReadResult> next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        URI url = links.get(next++);
        try {
          return page(url);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          next = links.size();
          return List.of(ReadResult.failed(new InputException(url.toString(), "interrupted")));
        }
      }
    };
  }

  private List<ReadResult> page(URI url) throws InterruptedException {
    String name = url.toString();
    if (!fetcher.allowed(url)) {
      disallowed++;
      return List.of(ReadResult.skipped(name, "skipped: robots.txt does not allow fetching it"));
    }
    PoliteFetcher.Fetched f = fetcher.fetch(url);
    if (f.problem().isPresent()) {
      return failed(name, f.problem().get());
    }
    int status = f.status();
    if (status < 200 || status > 299) {
      // a missing page stays missing; a server error or "too many requests" may pass
      if (status >= 400 && status < 500 && status != 408 && status != 429) {
        state.record(name, status, "");
      }
      return failed(name, "the server answered HTTP " + status);
    }
    fetched++;
    String hash = Duplicates.sha256(f.body());
    Optional<String> same = state.urlWithContent(hash);
    state.record(name, status, hash);
    if (same.isPresent()) {
      return List.of(
          ReadResult.skipped(name, "skipped: the same page as " + same.get() + ", fetched before"));
    }
    if (f.body().length > maxBytes) {
      return failed(
          name, "is over the limit of " + maxBytes + " bytes (raise it with --max-bytes)");
    }
    return reader.readPage(name, f.body(), f.contentType());
  }

  private static List<ReadResult> failed(String name, String problem) {
    return List.of(ReadResult.failed(new InputException(name, problem)));
  }
}
