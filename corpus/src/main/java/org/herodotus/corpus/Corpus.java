package org.herodotus.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.herodotus.doc.Doc;
import org.herodotus.table.CorpusTables;
import org.herodotus.table.Table;
import org.herodotus.table.TableRows;

/**
 * A corpus directory: every article kept, searchable and queryable. Open it with {@link
 * #open(Path)} (created when missing) to add articles, or {@link #openReadOnly(Path)} to search and
 * query it while another process may be writing it.
 *
 * <p>{@link #add(Doc)} buffers an article; every {@link #commitEvery()} articles, on {@link
 * #commit()} and on {@link #close()} the buffer is committed: one Parquet file per table for the
 * new articles, the Parquet files holding replaced articles rewritten without them, and the index
 * committed with the list of live files in its commit data. The index commit is the one point at
 * which a commit happens: a process killed at any moment leaves a corpus that opens with the
 * previous commit or the new one, and files of an unfinished commit are deleted when it is opened.
 *
 * <p>An article's keys are its id, its URL (normalized) and the hash of its text. An article whose
 * text is already in the corpus is unchanged and not added again (so rerunning an interrupted
 * ingest resumes it); one with the id or URL of an article already there and another text replaces
 * it.
 *
 * <p>One writer at a time (a second process opening the same corpus for writing gets a clear
 * error); searches and queries may run from any number of threads.
 */
public final class Corpus implements AutoCloseable {

  /** What {@link #add} did with an article. */
  public enum Added {
    /** A new article. */
    ADDED,
    /** It replaced an article with the same id or URL. */
    REPLACED,
    /** The same text was there already; nothing changed. */
    UNCHANGED
  }

  private static final int DEFAULT_COMMIT_EVERY = 200;

  private final Path dir;
  private final Directory indexDirectory;
  private final Optional<IndexWriter> writer;
  private final SearcherManager searchers;
  private final FacetsConfig facetsConfig = Analyzers.facets();
  private final int commitEvery;
  private final Object lock = new Object();

  private CommitData committed;
  private boolean broken;
  private boolean closed;

  /** The tables as views in DuckDB for the last commit's files, opened by the first query. */
  private TableViews views;

  private final Map<String, Doc> pending = new LinkedHashMap<>();
  private final Set<String> pendingHashes = new HashSet<>();

  /** Committed articles to remove at the next commit, by the part group that holds their rows. */
  private final Map<Long, Set<String>> removals = new TreeMap<>();

  private Corpus(Path dir, boolean write, int commitEvery) {
    this.dir = dir;
    this.commitEvery = commitEvery;
    try {
      if (write) {
        Files.createDirectories(dir.resolve("index"));
        Files.createDirectories(dir.resolve("tables"));
        Marker.writeIfMissing(dir);
      } else {
        Marker.check(dir);
      }
      this.indexDirectory = FSDirectory.open(dir.resolve("index"));
      if (write) {
        IndexWriterConfig config = new IndexWriterConfig(Analyzers.perField());
        config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        config.setCommitOnClose(false);
        IndexWriter w;
        try {
          w = new IndexWriter(indexDirectory, config);
        } catch (LockObtainFailedException e) {
          indexDirectory.close();
          throw new CorpusException(
              dir + ": the corpus is being written by another process (its index is locked)", e);
        }
        this.writer = Optional.of(w);
        this.committed = CommitData.fromUserData(lastCommitData(w), CorpusTables.SCHEMA_VERSION);
        checkSchema();
        if (w.getLiveCommitData() == null || !w.getLiveCommitData().iterator().hasNext()) {
          // a new corpus: an empty first commit, so that readers can open it at once
          w.setLiveCommitData(committed.toUserData().entrySet());
          w.commit();
        }
        deleteUnreferencedFiles();
        this.searchers = new SearcherManager(w, null);
      } else {
        this.writer = Optional.empty();
        if (!DirectoryReader.indexExists(indexDirectory)) {
          indexDirectory.close();
          throw new CorpusException(dir + ": not a corpus (no committed index in it)");
        }
        DirectoryReader reader = DirectoryReader.open(indexDirectory);
        this.committed =
            CommitData.fromUserData(
                reader.getIndexCommit().getUserData(), CorpusTables.SCHEMA_VERSION);
        checkSchema();
        this.searchers = new SearcherManager(reader, null);
      }
    } catch (IOException e) {
      throw new CorpusException(dir + ": cannot open the corpus: " + e.getMessage(), e);
    }
  }

  private static Map<String, String> lastCommitData(IndexWriter w) {
    Map<String, String> data = new HashMap<>();
    Iterable<Map.Entry<String, String>> live = w.getLiveCommitData();
    if (live != null) {
      live.forEach(e -> data.put(e.getKey(), e.getValue()));
    }
    return data;
  }

  private void checkSchema() {
    if (committed.schema() != CorpusTables.SCHEMA_VERSION) {
      throw new CorpusException(
          dir
              + ": the corpus has table schema "
              + committed.schema()
              + ", this Herodotus writes schema "
              + CorpusTables.SCHEMA_VERSION
              + "; ingest into a new corpus directory");
    }
  }

  /** Opens the corpus in {@code dir} for writing, creating it when the directory is missing. */
  public static Corpus open(Path dir) {
    return new Corpus(dir, true, DEFAULT_COMMIT_EVERY);
  }

  /** As {@link #open(Path)}, committing every {@code commitEvery} articles added. */
  public static Corpus open(Path dir, int commitEvery) {
    if (commitEvery < 1) {
      throw new IllegalArgumentException("commitEvery must be at least 1");
    }
    return new Corpus(dir, true, commitEvery);
  }

  /** Opens the corpus in {@code dir} for searching and querying only. */
  public static Corpus openReadOnly(Path dir) {
    return new Corpus(dir, false, DEFAULT_COMMIT_EVERY);
  }

  public Path directory() {
    return dir;
  }

  public int commitEvery() {
    return commitEvery;
  }

  /**
   * What adding an article with this id, URL and text would do, without analyzing it: {@code
   * UNCHANGED} when its text is in the corpus (or waiting to be committed), {@code REPLACED} when
   * its id or URL is, else {@code ADDED}.
   */
  public Added status(String id, Optional<String> url, String text) {
    String hash = TableRows.textHash(text);
    synchronized (lock) {
      if (pendingHashes.contains(hash) || hasCommitted(new Term(Fields.TEXT_HASH, hash))) {
        return Added.UNCHANGED;
      }
      return findCommitted(id, url).isEmpty() && !pending.containsKey(id)
          ? Added.ADDED
          : Added.REPLACED;
    }
  }

  /** Adds an analyzed article (see the class comment for when it replaces one). */
  public Added add(Doc doc) {
    IndexWriter w = writer.orElseThrow(() -> new IllegalStateException("corpus opened read-only"));
    String hash = TableRows.textHash(doc.text());
    synchronized (lock) {
      if (pendingHashes.contains(hash) || hasCommitted(new Term(Fields.TEXT_HASH, hash))) {
        return Added.UNCHANGED;
      }
      Added result = Added.ADDED;
      if (pending.remove(doc.id()) != null) {
        pendingHashes.clear();
        pending.values().forEach(d -> pendingHashes.add(TableRows.textHash(d.text())));
        result = Added.REPLACED;
      }
      for (Map.Entry<String, Long> old : findCommitted(doc.id(), doc.metadata().url()).entrySet()) {
        removals.computeIfAbsent(old.getValue(), g -> new HashSet<>()).add(old.getKey());
        result = Added.REPLACED;
      }
      pending.put(doc.id(), doc);
      pendingHashes.add(hash);
      if (pending.size() >= commitEvery) {
        commitLocked(w);
      }
      return result;
    }
  }

  /** Commits what was added since the last commit. */
  public void commit() {
    IndexWriter w = writer.orElseThrow(() -> new IllegalStateException("corpus opened read-only"));
    synchronized (lock) {
      commitLocked(w);
    }
  }

  private void commitLocked(IndexWriter w) {
    if (broken) {
      throw new CorpusException(dir + ": a commit failed before; reopen the corpus to go on");
    }
    if (pending.isEmpty() && removals.isEmpty()) {
      return;
    }
    try {
      long group = committed.nextGroup();
      long next = group + 1;
      Map<String, Map<Long, String>> tables = new TreeMap<>();
      committed.tables().forEach((t, files) -> tables.put(t, new TreeMap<>(files)));
      // 1. the new articles' rows, one file per table
      Map<Table, List<Object[]>> rows = new LinkedHashMap<>();
      CorpusTables.ALL.forEach(t -> rows.put(t, new ArrayList<>()));
      for (Doc doc : pending.values()) {
        TableRows.of(doc).forEach((t, r) -> rows.get(t).addAll(r));
      }
      for (Map.Entry<Table, List<Object[]>> e : rows.entrySet()) {
        if (e.getValue().isEmpty()) {
          continue;
        }
        String name = "g" + group + ".parquet";
        Path tableDir = dir.resolve("tables").resolve(e.getKey().name());
        Files.createDirectories(tableDir);
        ParquetParts.write(tableDir.resolve(name), e.getKey(), e.getValue());
        tables.computeIfAbsent(e.getKey().name(), k -> new TreeMap<>()).put(group, name);
      }
      // 2. the files holding replaced articles, rewritten without them
      for (Map.Entry<Long, Set<String>> removal : removals.entrySet()) {
        long old = removal.getKey();
        for (Map.Entry<String, Map<Long, String>> table : tables.entrySet()) {
          String file = table.getValue().get(old);
          if (file == null) {
            continue;
          }
          String name = "g" + old + "r" + next + ".parquet";
          Path tableDir = dir.resolve("tables").resolve(table.getKey());
          ParquetParts.rewriteWithout(
              tableDir.resolve(file), tableDir.resolve(name), removal.getValue());
          table.getValue().put(old, name);
        }
        for (String id : removal.getValue()) {
          w.deleteDocuments(new Term(Fields.ARTICLE_ID, id));
        }
      }
      // 3. the index, committed with the list of live files: the commit point
      for (Doc doc : pending.values()) {
        w.deleteDocuments(new Term(Fields.ARTICLE_ID, doc.id()));
        for (Document d : IndexDocuments.of(doc, group)) {
          w.addDocument(facetsConfig.build(d));
        }
      }
      CommitData data = new CommitData(CorpusTables.SCHEMA_VERSION, next + 1, tables);
      w.setLiveCommitData(data.toUserData().entrySet());
      w.commit();
      committed = data;
      pending.clear();
      pendingHashes.clear();
      removals.clear();
      // 4. files no commit refers to any more
      deleteUnreferencedFiles();
      searchers.maybeRefreshBlocking();
    } catch (IOException | RuntimeException e) {
      // Nothing of this commit is visible: drop what the writer holds, so that no later commit
      // takes in half of it. The corpus stays as its last commit left it; reopen it to go on.
      broken = true;
      try {
        w.rollback();
      } catch (IOException | RuntimeException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw new CorpusException(
          dir
              + ": the commit failed and was rolled back (the corpus holds what its last commit"
              + " held; reopen it to go on): "
              + e.getMessage(),
          e);
    }
  }

  /** Committed articles with this id or URL, with the part group that holds their rows. */
  private Map<String, Long> findCommitted(String id, Optional<String> url) {
    Map<String, Long> found = new LinkedHashMap<>();
    List<Term> terms = new ArrayList<>();
    terms.add(new Term(Fields.ARTICLE_ID, id));
    url.ifPresent(u -> terms.add(new Term(Fields.URL, IndexDocuments.normalizeUrl(u))));
    withSearcher(
        s -> {
          for (Term term : terms) {
            org.apache.lucene.search.BooleanQuery q =
                new org.apache.lucene.search.BooleanQuery.Builder()
                    .add(new TermQuery(term), org.apache.lucene.search.BooleanClause.Occur.MUST)
                    .add(
                        new TermQuery(new Term(Fields.TYPE, "article")),
                        org.apache.lucene.search.BooleanClause.Occur.FILTER)
                    .build();
            for (ScoreDoc hit : s.search(q, 100).scoreDocs) {
              Document d = s.storedFields().document(hit.doc);
              found.put(
                  d.get(Fields.ARTICLE_ID), d.getField(Fields.PART).numericValue().longValue());
            }
          }
          return null;
        });
    return found;
  }

  private boolean hasCommitted(Term term) {
    return withSearcher(s -> s.count(new TermQuery(term)) > 0);
  }

  interface SearcherWork<T> {
    T run(IndexSearcher searcher) throws IOException;
  }

  <T> T withSearcher(SearcherWork<T> work) {
    try {
      IndexSearcher s = searchers.acquire();
      try {
        return work.run(s);
      } finally {
        searchers.release(s);
      }
    } catch (IOException e) {
      throw new CorpusException(dir + ": cannot read the index: " + e.getMessage(), e);
    }
  }

  /** Files in the tables directory that the last commit does not list: an unfinished commit's. */
  private void deleteUnreferencedFiles() throws IOException {
    Set<Path> live = new HashSet<>();
    committed
        .tables()
        .forEach(
            (t, files) ->
                files.values().forEach(f -> live.add(dir.resolve("tables").resolve(t).resolve(f))));
    Path tables = dir.resolve("tables");
    if (!Files.isDirectory(tables)) {
      return;
    }
    List<Path> stale;
    try (Stream<Path> walk = Files.walk(tables)) {
      stale =
          walk.filter(Files::isRegularFile)
              .filter(p -> p.toString().endsWith(".parquet") || p.toString().endsWith(".tmp"))
              .filter(p -> !live.contains(p))
              .toList();
    }
    for (Path p : stale) {
      Files.deleteIfExists(p);
    }
  }

  /**
   * The Parquet files of each table in the last commit, by table name (tables without rows too).
   */
  public Map<String, List<Path>> tableFiles() {
    synchronized (lock) {
      Map<String, List<Path>> files = new LinkedHashMap<>();
      for (Table t : CorpusTables.ALL) {
        List<Path> list = new ArrayList<>();
        committed
            .tables()
            .getOrDefault(t.name(), Map.of())
            .values()
            .forEach(f -> list.add(dir.resolve("tables").resolve(t.name()).resolve(f)));
        files.put(t.name(), list);
      }
      return files;
    }
  }

  /** The number of committed articles. */
  public int articleCount() {
    return withSearcher(s -> s.count(new TermQuery(new Term(Fields.TYPE, "article"))));
  }

  /** The JSON document of a committed article, as {@code herodotus analyze} writes it. */
  public Optional<String> articleJson(String id) {
    return withSearcher(
        s -> {
          org.apache.lucene.search.BooleanQuery q =
              new org.apache.lucene.search.BooleanQuery.Builder()
                  .add(
                      new TermQuery(new Term(Fields.ARTICLE_ID, id)),
                      org.apache.lucene.search.BooleanClause.Occur.MUST)
                  .add(
                      new TermQuery(new Term(Fields.TYPE, "article")),
                      org.apache.lucene.search.BooleanClause.Occur.FILTER)
                  .build();
          TopDocs top = s.search(q, 10);
          for (ScoreDoc hit : top.scoreDocs) {
            Document d = s.storedFields().document(hit.doc);
            if (d.get(Fields.ARTICLE_ID).equals(id)) {
              return Optional.of(Gzip.text(d.getBinaryValue(Fields.JSON).bytes));
            }
          }
          return Optional.<String>empty();
        });
  }

  /** Searches the corpus. */
  public SearchResult search(SearchRequest request) {
    return withSearcher(s -> new CorpusSearch(s, facetState(s)).run(request));
  }

  /** The facet ordinals of one index reader: built once per reader, not once per search. */
  private record FacetState(
      Object readerKey,
      Optional<org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState> state) {}

  private volatile FacetState facetState;

  private Optional<org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState> facetState(
      IndexSearcher searcher) throws IOException {
    org.apache.lucene.index.IndexReader reader = searcher.getIndexReader();
    org.apache.lucene.index.IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
    if (helper == null) {
      return CorpusSearch.facetState(reader, facetsConfig);
    }
    FacetState cached = facetState;
    if (cached != null && cached.readerKey() == helper.getKey()) {
      return cached.state();
    }
    synchronized (facetsConfig) {
      cached = facetState;
      if (cached == null || cached.readerKey() != helper.getKey()) {
        cached = new FacetState(helper.getKey(), CorpusSearch.facetState(reader, facetsConfig));
        facetState = cached;
      }
      return cached.state();
    }
  }

  /** Runs a SQL query over the corpus tables (DuckDB; the tables are views named as in docs). */
  public SqlResult sql(String query) {
    return sql(query, List.of());
  }

  /**
   * Runs a SQL query with parameters: each {@code ?} in {@code query} takes the next of {@code
   * parameters} (a string, number, boolean, {@link java.time.LocalDate} or null) as a value, never
   * as SQL, so values from a user's request go here and not into the query's text.
   *
   * <p>The tables are views in one DuckDB database kept open for the last commit's files (so
   * queries after the first are fast) and opened again after a commit changes them.
   *
   * @throws BadQueryException when DuckDB refuses the query or its parameters
   */
  public SqlResult sql(String query, List<?> parameters) {
    Map<String, List<Path>> files = tableFiles();
    TableViews current;
    synchronized (lock) {
      if (closed) {
        throw new IllegalStateException("corpus closed");
      }
      if (views == null || !views.files().equals(files)) {
        if (views != null) {
          views.retire();
        }
        views = TableViews.open(files);
      }
      current = views;
    }
    return current.query(query, parameters);
  }

  /** Refreshes a read-only corpus to see what another process committed since it was opened. */
  public void refresh() {
    try {
      searchers.maybeRefreshBlocking();
      if (writer.isEmpty()) {
        try (DirectoryReader reader = DirectoryReader.open(indexDirectory)) {
          synchronized (lock) {
            committed =
                CommitData.fromUserData(
                    reader.getIndexCommit().getUserData(), CorpusTables.SCHEMA_VERSION);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Commits what is pending (when open for writing) and closes the corpus. */
  @Override
  public void close() {
    synchronized (lock) {
      closed = true;
      if (views != null) {
        views.retire();
        views = null;
      }
    }
    try {
      if (writer.isPresent() && !broken) {
        synchronized (lock) {
          commitLocked(writer.get());
        }
      }
      searchers.close();
      if (writer.isPresent() && !broken) {
        writer.get().close();
      }
      indexDirectory.close();
    } catch (IOException e) {
      throw new CorpusException(dir + ": cannot close the corpus: " + e.getMessage(), e);
    }
  }
}
