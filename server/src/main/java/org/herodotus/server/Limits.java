package org.herodotus.server;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The work a request may do: queries run on a fixed pool of threads and analyses on their own, each
 * within its time limit (503 after it); analyses at once are bounded by a semaphore that refuses
 * one more at once (429) instead of queueing it.
 *
 * <p>A query past its time is left to finish on its thread (Lucene and DuckDB are not interrupted:
 * an interrupt can close an index file under a reader); an analysis past its time is interrupted,
 * and its permit is given back only when it has really stopped, so that analyses at once stay
 * bounded.
 */
final class Limits implements AutoCloseable {

  private final Duration queryTimeout;
  private final Duration analyzeTimeout;
  private final ThreadPoolExecutor queries;
  private final ThreadPoolExecutor analyses;
  private final Semaphore analysisPermits;

  Limits(ServerSettings settings) {
    this.queryTimeout = settings.requestTimeout();
    this.analyzeTimeout = settings.analyzeTimeout();
    this.queries =
        new ThreadPoolExecutor(
            settings.queryThreads(),
            settings.queryThreads(),
            0,
            TimeUnit.MILLISECONDS,
            new ArrayBlockingQueue<>(4096),
            threads("herodotus-query"));
    this.analyses =
        new ThreadPoolExecutor(
            settings.maxAnalyses(),
            settings.maxAnalyses(),
            0,
            TimeUnit.MILLISECONDS,
            new ArrayBlockingQueue<>(settings.maxAnalyses()),
            threads("herodotus-analysis"));
    this.analysisPermits = new Semaphore(settings.maxAnalyses());
  }

  private static ThreadFactory threads(String name) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, name + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }

  /** Runs a query within the query time limit. */
  <T> T query(Callable<T> work) {
    Future<T> future;
    try {
      future = queries.submit(work);
    } catch (RejectedExecutionException e) {
      throw new ApiException(503, "the server is busy; try again shortly");
    }
    return await(future, queryTimeout, false);
  }

  /**
   * Runs an analysis within the analysis time limit, or refuses it at once with 429 when {@code
   * maxAnalyses} are running.
   */
  <T> T analysis(Callable<T> work) {
    if (!analysisPermits.tryAcquire()) {
      throw new ApiException(429, "too many analyses at once; try again when one has finished");
    }
    Future<T> future;
    try {
      future =
          analyses.submit(
              () -> {
                try {
                  return work.call();
                } finally {
                  analysisPermits.release();
                }
              });
    } catch (RejectedExecutionException e) {
      analysisPermits.release();
      throw new ApiException(429, "too many analyses at once; try again when one has finished");
    }
    return await(future, analyzeTimeout, true);
  }

  /** Analyses that could start now. */
  int freeAnalyses() {
    return analysisPermits.availablePermits();
  }

  private static <T> T await(Future<T> future, Duration timeout, boolean interrupt) {
    try {
      return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      future.cancel(interrupt);
      throw new ApiException(
          503, "the request took longer than " + seconds(timeout) + " and was given up");
    } catch (CancellationException e) {
      throw new ApiException(503, "the request was given up");
    } catch (InterruptedException e) {
      future.cancel(interrupt);
      Thread.currentThread().interrupt();
      throw new ApiException(503, "the server is stopping");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(cause);
    }
  }

  private static String seconds(Duration d) {
    return d.toMillis() % 1000 == 0
        ? d.toSeconds() + " s"
        : String.format(Locale.ROOT, "%.3f s", d.toMillis() / 1000.0);
  }

  /** Stops taking work and waits a little for what runs. */
  @Override
  public void close() {
    queries.shutdown();
    analyses.shutdown();
    try {
      if (!queries.awaitTermination(5, TimeUnit.SECONDS)) {
        queries.shutdownNow();
      }
      if (!analyses.awaitTermination(5, TimeUnit.SECONDS)) {
        analyses.shutdownNow();
      }
    } catch (InterruptedException e) {
      queries.shutdownNow();
      analyses.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }
}
