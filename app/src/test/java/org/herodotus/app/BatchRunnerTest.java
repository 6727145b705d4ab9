package org.herodotus.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import org.herodotus.doc.Doc;
import org.herodotus.read.ArticleReader;
import org.herodotus.read.ReaderOptions;
import org.herodotus.write.DocJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The batch logic alone, with a stand-in analysis instead of the NLP pipeline: output order under
 * several threads, and a failure inside one article's analysis.
 */
class BatchRunnerTest {

  record Result(int exitCode, List<String> out, List<String> err) {}

  /** Runs a batch over files with the real reader and the given analysis. */
  static Result run(UnaryOperator<Doc> analysis, int threads, List<String> inputs) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Io io =
        new Io(InputStream.nullInputStream(), Io.writer(out, false), Io.writer(err, true), false);
    ReaderOptions options = ReaderOptions.defaults();
    BatchRunner runner =
        new BatchRunner(
            new ArticleReader(options),
            options,
            analysis,
            new BatchRunner.Options(Set.of(), false, threads, ProgressMode.NEVER),
            io);
    int code = runner.run(inputs);
    return new Result(
        code,
        out.toString(StandardCharsets.UTF_8).lines().toList(),
        err.toString(StandardCharsets.UTF_8).lines().toList());
  }

  static List<String> files(Path dir, int count) throws IOException {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Path path = dir.resolve("a" + i + ".txt");
      Files.writeString(path, "Article number " + i + ".");
      names.add(path.toString());
    }
    return names;
  }

  @Test
  void keepsInputOrderWithSeveralThreads(@TempDir Path dir) throws Exception {
    List<String> inputs = files(dir, 24);
    UnaryOperator<Doc> slowForEarlyArticles =
        doc -> {
          int n = Integer.parseInt(doc.id().substring(1));
          try {
            Thread.sleep((24 - n) % 5 * 3L);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          return doc;
        };

    Result result = run(slowForEarlyArticles, 4, inputs);

    assertThat(result.exitCode()).isZero();
    assertThat(result.out())
        .extracting(line -> DocJson.read(line).id())
        .containsExactlyElementsOf(IntStream.range(0, 24).mapToObj(i -> "a" + i).toList());
  }

  @Test
  void aLongFirstArticleDoesNotHoldBackTheOtherThread(@TempDir Path dir) throws Exception {
    int others = 20;
    List<String> inputs = files(dir, others + 1);
    CountDownLatch othersDone = new CountDownLatch(others);
    AtomicBoolean othersWentOn = new AtomicBoolean();
    UnaryOperator<Doc> firstWaitsForTheRest =
        doc -> {
          if (doc.id().equals("a0")) {
            try {
              // Only a bound for a broken runner: the others finish at once when it works.
              othersWentOn.set(othersDone.await(60, TimeUnit.SECONDS));
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          } else {
            othersDone.countDown();
          }
          return doc;
        };

    Result result = run(firstWaitsForTheRest, 2, inputs);

    assertThat(othersWentOn).isTrue();
    assertThat(result.out())
        .extracting(line -> DocJson.read(line).id())
        .containsExactlyElementsOf(
            IntStream.rangeClosed(0, others).mapToObj(i -> "a" + i).toList());
  }

  @Test
  void failureInOneArticleIsReportedWithItsIdAndTheBatchGoesOn(@TempDir Path dir) throws Exception {
    List<String> inputs = files(dir, 3);
    UnaryOperator<Doc> failsOnSecond =
        doc -> {
          if (doc.id().equals("a1")) {
            throw new IllegalStateException("stage broke");
          }
          return doc;
        };

    for (int threads : new int[] {1, 2}) {
      Result result = run(failsOnSecond, threads, inputs);

      assertThat(result.exitCode()).isEqualTo(1);
      assertThat(result.out())
          .extracting(line -> DocJson.read(line).id())
          .containsExactly("a0", "a2");
      assertThat(result.err())
          .containsExactly(
              "herodotus: " + inputs.get(1) + ": article 'a1': IllegalStateException: stage broke");
    }
  }

  @Test
  void quotesFormatWritesOneTsvLinePerQuoteUnderOneHeader(@TempDir Path dir) throws IOException {
    Path path = dir.resolve("q.txt");
    Files.writeString(path, "Smith said \"no\".");
    Path second = dir.resolve("r.txt");
    Files.writeString(second, "Jones said \"no\".");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Io io =
        new Io(
            InputStream.nullInputStream(),
            Io.writer(out, false),
            Io.writer(new ByteArrayOutputStream(), true),
            false);
    UnaryOperator<Doc> analysis =
        doc ->
            doc.withQuotes(
                List.of(
                    new org.herodotus.doc.Quote(
                        new org.herodotus.doc.Span(11, 15),
                        new org.herodotus.doc.Span(12, 14),
                        org.herodotus.doc.Quote.Kind.DIRECT,
                        java.util.Optional.of(new org.herodotus.doc.Span(6, 10)),
                        java.util.Optional.of(
                            new org.herodotus.doc.Speaker(
                                new org.herodotus.doc.Span(0, 5),
                                0,
                                "John Smith",
                                java.util.Optional.of("senator"),
                                java.util.Optional.empty())),
                        java.util.Optional.empty(),
                        java.util.Optional.empty(),
                        "test")));
    ReaderOptions options = ReaderOptions.defaults();
    int code =
        new BatchRunner(
                new ArticleReader(options),
                options,
                analysis,
                new BatchRunner.Options(Set.of(), false, 1, ProgressMode.NEVER)
                    .withFormat(OutputFormat.QUOTES),
                io)
            .run(List.of(path.toString(), second.toString()));
    assertThat(code).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8).lines().toList())
        .containsExactly(
            "article\tquote\tkind\tspeaker\trole\tcue",
            "q\t\"no\"\tdirect\tJohn Smith\tsenator\tsaid",
            "r\t\"no\"\tdirect\tJohn Smith\tsenator\tsaid");
  }
}
