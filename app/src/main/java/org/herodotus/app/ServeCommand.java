package org.herodotus.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.herodotus.Config;
import org.herodotus.Herodotus;
import org.herodotus.corpus.Corpus;
import org.herodotus.corpus.CorpusException;
import org.herodotus.server.Newsroom;
import org.herodotus.server.PipelineAnalysis;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code herodotus serve --corpus DIR}: the newsroom page and API over a corpus. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Serves a corpus made by 'herodotus ingest --corpus' in the browser: read articles with their"
          + " entities, quotes and events marked, search them with facets, and chart events over"
          + " time, who acts on whom, where, and who said what; and the REST API behind the page"
          + " (/api/openapi.json describes it). Prints the page's address on standard output.",
      "Listens on 127.0.0.1 (this machine only) unless --host says otherwise. Ctrl-C or SIGTERM"
          + " stops it gracefully. The corpus is opened for writing, so that POST"
          + " /api/analyze?keep=true can add articles; when another process writes it, it is"
          + " served read-only."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:stopped", "2:usage error, no such corpus, or the port is taken"})
public final class ServeCommand implements Callable<Integer> {

  @ParentCommand HerodotusCommand herodotus;

  @Spec CommandSpec spec;

  @Option(names = "--corpus", required = true, paramLabel = "DIR", description = "The corpus.")
  Path corpus;

  @Option(
      names = "--read-only",
      description = "Open the corpus read-only (POST /api/analyze still analyzes, never keeps).")
  boolean readOnly;

  @Mixin NewsroomOptions options = new NewsroomOptions();

  @Override
  public Integer call() throws InterruptedException {
    Io io = herodotus.io();
    org.herodotus.server.ServerSettings settings;
    try {
      settings = options.settings();
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    if (!Files.isRegularFile(corpus.resolve("corpus.json"))) {
      io.err()
          .println(
              "herodotus: "
                  + corpus
                  + ": no corpus there; make one with 'herodotus ingest --corpus "
                  + corpus
                  + " FILES...'");
      return 2;
    }
    Corpus store;
    boolean writable = !readOnly;
    try {
      store = readOnly ? Corpus.openReadOnly(corpus) : Corpus.open(corpus);
    } catch (CorpusException e) {
      if (readOnly || !e.getMessage().contains("another process")) {
        io.err().println("herodotus: " + e.getMessage());
        return 2;
      }
      io.err().println("herodotus: another process writes " + corpus + "; serving it read-only");
      writable = false;
      try {
        store = Corpus.openReadOnly(corpus);
      } catch (CorpusException again) {
        io.err().println("herodotus: " + again.getMessage());
        return 2;
      }
    }
    PipelineAnalysis analysis = new PipelineAnalysis(() -> Herodotus.pipeline(Config.defaults()));
    Newsroom newsroom = new Newsroom(store, writable, analysis, settings);
    return Serving.run(
        io,
        newsroom,
        store,
        "serving " + corpus + " (" + store.articleCount() + " articles)",
        null);
  }
}
