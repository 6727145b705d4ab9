package org.herodotus.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.herodotus.doc.Doc;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

class WarcReaderTest {

  private final ArticleReader reader = new ArticleReader(ReaderOptions.defaults());

  static byte[] warc(WarcCompression compression, List<WarcRecord> records) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    WarcWriter writer = new WarcWriter(Channels.newChannel(out), compression);
    for (WarcRecord r : records) {
      writer.write(r);
    }
    writer.close();
    return out.toByteArray();
  }

  /** A small crawl: warcinfo, a request, two pages, a PDF, a 404 and a German page. */
  static List<WarcRecord> crawl() throws IOException {
    String other =
        TestPages.page(
            "Ferry strike called off",
            List.of(
                "The ferry workers' union called off Friday's strike late on Wednesday after the"
                    + " operator improved its pay offer, the union said in a statement.",
                "Services between the island and the mainland will run as normal, a company"
                    + " spokesperson told reporters outside the harbour office."));
    return List.of(
        new Warcinfo.Builder().fields(java.util.Map.of("software", List.of("test"))).build(),
        new WarcRequest.Builder(URI.create("https://news.example/world/bridge-reopens"))
            .body(
                new HttpRequest.Builder("GET", "/world/bridge-reopens")
                    .addHeader("Host", "news.example")
                    .build())
            .build(),
        TestPages.html("https://news.example/world/bridge-reopens", TestPages.bridgePage()),
        TestPages.response(
            "https://news.example/report.pdf",
            200,
            "application/pdf",
            "%PDF-1.4 not really".getBytes(StandardCharsets.US_ASCII)),
        TestPages.response(
            "https://news.example/missing",
            404,
            "text/html",
            "<html><body>Not found</body></html>".getBytes(StandardCharsets.US_ASCII)),
        TestPages.html("https://news.example/local/ferry-strike.html", other),
        TestPages.html("https://news.example/de/bruecke", TestPages.germanPage()));
  }

  @Test
  void everyHtmlResponseBecomesAnArticleAndTheRestIsCounted() throws IOException {
    for (WarcCompression compression : List.of(WarcCompression.NONE, WarcCompression.GZIP)) {
      byte[] bytes = warc(compression, crawl());
      assertThat(InputFormat.detect(bytes)).isEqualTo(InputFormat.WARC);
      List<ReadResult> results = reader.read("crawl.warc", bytes);

      List<ReadResult> ok = results.stream().filter(ReadResult::isOk).toList();
      assertThat(ok).hasSize(2);
      Doc bridge = ok.get(0).doc().orElseThrow();
      assertThat(bridge.id()).isEqualTo("bridge-reopens");
      assertThat(bridge.metadata().url()).contains("https://news.example/world/bridge-reopens");
      assertThat(bridge.text()).contains(TestPages.BRIDGE_1);
      assertThat(bridge.notes())
          .anySatisfy(n -> assertThat(n.message()).startsWith("captured 2023-09-20T12:00:00Z"));
      assertThat(ok.get(0).input()).matches("crawl\\.warc#\\d+");
      assertThat(ok.get(1).doc().orElseThrow().id()).isEqualTo("ferry-strike");
      assertThat(ok.get(0).input()).isNotEqualTo(ok.get(1).input());

      ReadResult german = results.stream().filter(r -> r.error().isPresent()).findFirst().get();
      assertThat(german.error().get().problem()).contains("language 'deu' (German)");
      assertThat(german.input()).startsWith("crawl.warc#");

      ReadResult skipped = results.get(results.size() - 1);
      assertThat(skipped.isSkipped()).isTrue();
      assertThat(skipped.input()).isEqualTo("crawl.warc");
      assertThat(skipped.notice().orElseThrow())
          .isEqualTo(
              "skipped 1 response that are not HTML (application/pdf 1); 1 response with an HTTP"
                  + " status other than 2xx (404 1); 2 other records (request 1, warcinfo 1)");
    }
  }

  @Test
  void readsAGzipWarcFromDiskWhateverItsSize(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("crawl.warc.gz");
    Files.write(file, warc(WarcCompression.GZIP, crawl()));
    // the file limit does not apply to an archive, only to each page in it
    ArticleReader small = new ArticleReader(new ReaderOptions(2000));
    List<ReadResult> results = small.read(file);
    assertThat(results.stream().filter(ReadResult::isOk)).hasSize(2);
  }

  @Test
  void aCorruptGzipKeepsTheRecordsBeforeIt() throws IOException {
    byte[] good = warc(WarcCompression.GZIP, crawl());
    // damage the last member (the German page): records before it survive
    byte[] last = warc(WarcCompression.GZIP, List.of(crawl().get(6)));
    byte[] bytes = good.clone();
    int from = good.length - last.length + 30;
    for (int i = from; i < from + 40; i++) {
      bytes[i] = (byte) 0x55;
    }
    List<ReadResult> results = reader.read("broken.warc.gz", bytes);
    List<ReadResult> ok = results.stream().filter(ReadResult::isOk).toList();
    assertThat(ok).hasSize(2);
    String lastGood = ok.get(1).input().substring("broken.warc.gz#".length());
    ReadResult failure =
        results.stream().filter(r -> r.error().isPresent()).findFirst().orElseThrow();
    assertThat(failure.input()).isEqualTo("broken.warc.gz");
    assertThat(failure.error().get().problem())
        .startsWith("is corrupt or truncated (gzip) after the record at offset " + lastGood + ": ")
        .endsWith("the 6 records before it were read");
  }

  @Test
  void aTruncatedWarcKeepsTheRecordsBeforeIt() throws IOException {
    byte[] good = warc(WarcCompression.NONE, crawl());
    byte[] cut = Arrays.copyOf(good, good.length - 200);
    List<ReadResult> results = reader.read("cut.warc", cut);
    assertThat(results.stream().filter(ReadResult::isOk)).hasSize(2);
    assertThat(results).anySatisfy(r -> assertThat(r.error()).isPresent());
  }

  @Test
  void aPageOverTheLimitIsRefusedAndTheOthersRead() throws IOException {
    String big = TestPages.page("Big", List.of("x".repeat(5000)));
    byte[] bytes =
        warc(
            WarcCompression.GZIP,
            List.of(
                TestPages.html("https://news.example/big", big),
                TestPages.html("https://news.example/bridge", TestPages.bridgePage())));
    List<ReadResult> results = new ArticleReader(new ReaderOptions(4000)).read("w.warc", bytes);
    assertThat(results).hasSize(2);
    assertThat(results.get(0).error().orElseThrow().problem())
        .isEqualTo(
            "page https://news.example/big is over the limit of 4000 bytes (raise it with"
                + " --max-bytes)");
    assertThat(results.get(1).isOk()).isTrue();
  }

  @Test
  void aPageWithoutArticleIsNamedByItsRecord() throws IOException {
    byte[] bytes =
        warc(
            WarcCompression.NONE,
            List.of(
                TestPages.html(
                    "https://news.example/",
                    "<html><body><nav><a href=/a>A</a><a href=/b>B</a></nav></body></html>")));
    List<ReadResult> results = reader.read("w.warc", bytes);
    assertThat(results).singleElement().satisfies(r -> assertThat(r.error()).isPresent());
    assertThat(results.get(0).error().get().getMessage())
        .matches("w\\.warc#0: is HTML without article text.*");
  }

  @Test
  void aNonWarcGzipIsReadAsWhatItHolds() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (var gz = new java.util.zip.GZIPOutputStream(out)) {
      gz.write(TestPages.bridgePage().getBytes(StandardCharsets.UTF_8));
    }
    byte[] gzipped = out.toByteArray();
    List<ReadResult> results = reader.read("page.html.gz", gzipped);
    assertThat(results).singleElement().satisfies(r -> assertThat(r.isOk()).isTrue());

    byte[] cut = Arrays.copyOf(gzipped, gzipped.length / 2);
    assertThat(reader.read("cut.html.gz", cut))
        .singleElement()
        .satisfies(
            r ->
                assertThat(r.error().orElseThrow().getMessage())
                    .startsWith("cut.html.gz: is a corrupt or truncated gzip file"));
  }

  @Test
  void forcedWarcOnSomethingElseFailsCleanly() {
    List<ReadResult> results =
        reader.read(
            "notes.txt",
            "just some text".getBytes(StandardCharsets.UTF_8),
            Optional.of(InputFormat.WARC));
    assertThat(results).singleElement().satisfies(r -> assertThat(r.error()).isPresent());
    assertThat(results.get(0).error().get().getMessage()).startsWith("notes.txt: ");
  }

  @Test
  void idsComeFromTheAddress() {
    assertThat(WarcReader.idOf("https://www.bbc.com/news/world-europe-66873456"))
        .isEqualTo("world-europe-66873456");
    assertThat(WarcReader.idOf("https://example.org/a/story.html?x=1")).isEqualTo("story");
    assertThat(WarcReader.idOf("https://example.org/")).isEqualTo("example.org");
    assertThat(WarcReader.idOf("https://example.org/news/index.html")).isEqualTo("news");
  }
}
