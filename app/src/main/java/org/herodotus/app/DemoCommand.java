package org.herodotus.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.herodotus.Config;
import org.herodotus.Herodotus;
import org.herodotus.corpus.Corpus;
import org.herodotus.corpus.CorpusException;
import org.herodotus.server.DemoCorpus;
import org.herodotus.server.Newsroom;
import org.herodotus.server.PipelineAnalysis;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code herodotus demo}: the bundled demo articles analyzed into a corpus under the user's data
 * directory, served in the browser.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Shows Herodotus in the browser: analyzes the bundled demo articles (the example article and"
          + " 30 Wikinews articles, CC BY 2.5) into a corpus under"
          + " ${XDG_DATA_HOME:-~/.local/share}/herodotus/demo-corpus and serves it, printing the"
          + " page's address. The page is up at once and fills as the articles are analyzed (the"
          + " first run loads the language models, then takes a minute or two); later runs reuse"
          + " the corpus.",
      "Listens on 127.0.0.1 unless --host says otherwise; Ctrl-C stops it."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:stopped", "2:usage error, the corpus is in use, or the port is taken"})
public final class DemoCommand implements Callable<Integer> {

  @ParentCommand HerodotusCommand herodotus;

  @Spec CommandSpec spec;

  @Option(names = "--dir", paramLabel = "DIR", description = "Keep the demo corpus in DIR instead.")
  Path dir;

  @Option(
      names = "--threads",
      paramLabel = "T",
      defaultValue = "2",
      description = "Articles analyzed at once. Default: ${DEFAULT-VALUE}.")
  int threads;

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
    if (threads < 1) {
      throw new ParameterException(spec.commandLine(), "--threads must be at least 1");
    }
    Path where = dir != null ? dir : DemoCorpus.defaultDirectory(System.getenv());
    Corpus store;
    try {
      store = Corpus.open(where, 1000);
    } catch (CorpusException e) {
      io.err().println("herodotus: " + e.getMessage());
      return 2;
    }
    PipelineAnalysis analysis = new PipelineAnalysis(() -> Herodotus.pipeline(Config.defaults()));
    Newsroom newsroom = new Newsroom(store, true, analysis, settings);
    boolean complete = DemoCorpus.isComplete(where, store);
    Runnable fill = null;
    if (!complete) {
      newsroom.notice(
          "Analyzing the demo articles (loading the language models first, about a minute);"
              + " they appear here as they are done.");
      fill =
          () -> {
            long t0 = System.nanoTime();
            try {
              int analyzed =
                  DemoCorpus.fill(
                      where,
                      store,
                      analysis,
                      threads,
                      p -> {
                        newsroom.notice(
                            "Analyzing the demo articles: "
                                + p
                                + " done; they appear here as they are done.");
                        io.err().println("herodotus: demo: " + p);
                      });
              newsroom.notice("");
              io.err()
                  .println(
                      String.format(
                          Locale.ROOT,
                          "herodotus: demo: %d articles analyzed in %.0f s; the corpus is in %s",
                          analyzed,
                          (System.nanoTime() - t0) / 1e9,
                          where));
            } catch (RuntimeException e) {
              newsroom.notice("The demo articles could not all be analyzed: " + e.getMessage());
              io.err().println("herodotus: demo: " + e.getMessage());
            }
          };
    }
    String what =
        complete
            ? "demo corpus " + where + " (" + store.articleCount() + " articles)"
            : "demo (analyzing " + DemoCorpus.articles().size() + " articles into " + where + ")";
    return Serving.run(io, newsroom, store, what, fill);
  }
}
