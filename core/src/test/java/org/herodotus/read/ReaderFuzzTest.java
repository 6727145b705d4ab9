package org.herodotus.read;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import java.util.Optional;

/**
 * Fuzz tests (Jazzer) over the HTML, WARC and feed readers: whatever the bytes, a reader returns
 * results or throws an {@link InputException} naming the input; nothing else escapes and it ends.
 *
 * <p>In the normal test run they run in regression mode: each method runs once on every saved input
 * under {@code src/test/resources/org/herodotus/read/ReaderFuzzTestInputs/<method>/} (seeds, and
 * any crash once fixed). To fuzz for real, one method at a time: {@code JAZZER_FUZZ=1 ./mvnw -pl
 * core test -Dtest=ReaderFuzzTest#html} (see README).
 */
class ReaderFuzzTest {

  /** Small, so the fuzzer also meets the size limit. */
  private static final ArticleReader READER = new ArticleReader(new ReaderOptions(256 * 1024));

  @FuzzTest(maxDuration = "60s")
  void html(byte[] data) {
    check(READER.read("fuzz.html", data, Optional.of(InputFormat.HTML)));
  }

  @FuzzTest(maxDuration = "60s")
  void warc(byte[] data) {
    check(READER.read("fuzz.warc", data, Optional.of(InputFormat.WARC)));
  }

  @FuzzTest(maxDuration = "60s")
  void feed(byte[] data) {
    try {
      FeedReader.Feed feed = FeedReader.read("fuzz.rss", data);
      assertThat(feed.items()).isNotNull();
    } catch (InputException e) {
      assertThat(e.getMessage()).startsWith("fuzz.rss: ");
    }
    // and as an input given to analyze: detected by content, never an exception
    check(READER.read("fuzz.rss", data));
  }

  private static void check(List<ReadResult> results) {
    assertThat(results).isNotEmpty();
    for (ReadResult r : results) {
      assertThat(r.doc().isPresent() || r.error().isPresent() || r.notice().isPresent()).isTrue();
      r.error().ifPresent(e -> assertThat(e.getMessage()).startsWith(e.input() + ": "));
    }
  }
}
