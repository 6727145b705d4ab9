package org.herodotus.app;

import java.io.PrintWriter;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on standard error for a batch of articles, drawn only when it helps: when asked
 * for ({@link ProgressMode#ALWAYS}), or ({@link ProgressMode#AUTO}) when standard error is a
 * terminal and the batch turns out to hold more than one article. Messages printed through {@link
 * #message} do not get mixed into the bar's line.
 */
final class BatchProgress implements AutoCloseable {

  private static final int WIDTH = 80;

  private final PrintWriter err;
  private final boolean allowed;
  private final boolean terminal;
  private long expected;
  private long queued;
  private long done;
  private ProgressBar bar;

  BatchProgress(ProgressMode mode, PrintWriter err, boolean errIsTerminal, long expected) {
    this.err = err;
    this.terminal = errIsTerminal;
    this.allowed = mode == ProgressMode.ALWAYS || (mode == ProgressMode.AUTO && errIsTerminal);
    this.expected = expected;
    if (mode == ProgressMode.ALWAYS || (allowed && expected > 1)) {
      start();
    }
  }

  /** One more article is in the batch (an input may hold several). */
  synchronized void queued() {
    queued++;
    expected = Math.max(expected, queued);
    if (bar == null && allowed && queued > 1) {
      start();
    }
    if (bar != null) {
      bar.maxHint(expected);
    }
  }

  /** One input turned out to hold no article, or one article fewer than guessed. */
  synchronized void expectedFewer() {
    expected = Math.max(queued, expected - 1);
    if (bar != null) {
      bar.maxHint(expected);
    }
  }

  synchronized void done() {
    done++;
    if (bar != null) {
      bar.stepTo(done);
    }
  }

  /** Prints a line on standard error, above the bar when one is drawn. */
  synchronized void message(String line) {
    synchronized (err) {
      if (bar != null) {
        err.print('\r');
        err.println(String.format("%-" + WIDTH + "s", line));
      } else {
        err.println(line);
      }
      err.flush();
    }
    if (bar != null) {
      bar.refresh();
    }
  }

  private void start() {
    bar =
        new ProgressBarBuilder()
            .setTaskName("Analyzing")
            .setInitialMax(expected)
            .setUnit(" articles", 1)
            // No colour codes or block characters when stderr goes to a file (--progress).
            .setStyle(terminal ? ProgressBarStyle.COLORFUL_UNICODE_BLOCK : ProgressBarStyle.ASCII)
            .setUpdateIntervalMillis(250)
            .continuousUpdate()
            .setConsumer(new DelegatingProgressBarConsumer(this::draw, WIDTH))
            .build();
    bar.stepTo(done);
  }

  private void draw(String line) {
    synchronized (err) {
      err.print('\r');
      err.print(line);
      err.flush();
    }
  }

  @Override
  public synchronized void close() {
    if (bar != null) {
      bar.close();
      err.println();
      err.flush();
      bar = null;
    }
  }
}
