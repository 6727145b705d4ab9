package org.herodotus.app;

import java.util.concurrent.CountDownLatch;
import org.herodotus.corpus.Corpus;
import org.herodotus.server.Newsroom;

/**
 * Runs a started newsroom until the process is stopped (Ctrl-C, SIGTERM): a shutdown hook stops the
 * server, letting requests in flight finish, and closes the corpus, committing what was added.
 */
final class Serving {

  private Serving() {}

  /**
   * Starts {@code newsroom}, prints its address on standard output and {@code what} on standard
   * error, runs {@code alongside} (when given) on this thread, then waits until the process stops.
   *
   * @return 2 when the server cannot listen; otherwise it never returns
   */
  static int run(Io io, Newsroom newsroom, Corpus corpus, String what, Runnable alongside)
      throws InterruptedException {
    try {
      newsroom.start();
    } catch (RuntimeException e) {
      newsroom.stop();
      corpus.close();
      io.err().println("herodotus: cannot listen: " + rootMessage(e) + " (try another --port)");
      return 2;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  io.err().println("herodotus: stopping");
                  try {
                    newsroom.stop();
                  } finally {
                    try {
                      corpus.close();
                    } finally {
                      stopped.countDown();
                    }
                  }
                },
                "herodotus-shutdown"));
    io.out().println(newsroom.url());
    io.out().flush();
    io.err().println("herodotus: " + what + " at " + newsroom.url() + " (Ctrl-C stops)");
    if (alongside != null) {
      alongside.run();
    }
    stopped.await();
    return 0;
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getMessage() == null ? t.toString() : t.getMessage();
  }
}
