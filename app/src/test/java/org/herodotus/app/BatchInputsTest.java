package org.herodotus.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.herodotus.doc.Doc;
import org.herodotus.read.ArticleReader;
import org.herodotus.read.InputFormat;
import org.herodotus.read.ReaderOptions;
import org.herodotus.write.DocJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Directories, globs, forced formats and duplicates in a batch, with a stand-in analysis instead of
 * the NLP pipeline.
 */
class BatchInputsTest {

  static final String PAGE =
      "<!doctype html><html><head><title>Bridge reopens</title>"
          + "<link rel=\"canonical\" href=\"https://news.example/bridge\"></head><body><article>"
          + "<h1>Bridge reopens</h1><p>The harbour bridge reopened to traffic on Tuesday"
          + " morning, three months earlier than planned, after engineers replaced its"
          + " corroded steel cables.</p><p>Council leader Ines Varga said the repairs had cost"
          + " 41 million euros, slightly less than the budget agreed in 2022.</p></article>"
          + "</body></html>";

  record Result(int exitCode, List<String> out, List<String> err) {
    List<String> ids() {
      return out.stream().map(line -> DocJson.read(line).id()).toList();
    }
  }

  static Result run(Optional<InputFormat> format, List<String> inputs) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Io io =
        new Io(InputStream.nullInputStream(), Io.writer(out, false), Io.writer(err, true), false);
    ReaderOptions options = ReaderOptions.defaults();
    UnaryOperator<Doc> identity = doc -> doc;
    BatchRunner runner =
        new BatchRunner(
            new ArticleReader(options),
            options,
            identity,
            new BatchRunner.Options(
                Set.of(), false, 2, ProgressMode.NEVER, OutputFormat.JSON, format),
            io);
    int code = runner.run(inputs);
    return new Result(
        code,
        out.toString(StandardCharsets.UTF_8).lines().toList(),
        err.toString(StandardCharsets.UTF_8).lines().toList());
  }

  static Path write(Path file, String content) throws Exception {
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
    return file;
  }

  @Test
  void aDirectoryIsWalkedInOrderSkippingHiddenFiles(@TempDir Path dir) throws Exception {
    write(dir.resolve("b.txt"), "Second article about the harbour bridge.");
    write(dir.resolve("a.html"), PAGE);
    write(dir.resolve("sub/c.txt"), "Third article, in a subdirectory.");
    write(dir.resolve(".hidden.txt"), "Not read.");
    write(dir.resolve(".git/d.txt"), "Not read either.");

    Result result = run(Optional.empty(), List.of(dir.toString()));

    assertThat(result.err()).isEmpty();
    assertThat(result.exitCode()).isZero();
    assertThat(result.ids()).containsExactly("a", "b", "c");
  }

  @Test
  void globsAreExpandedWhenTheShellDidNot(@TempDir Path dir) throws Exception {
    write(dir.resolve("one.html"), PAGE);
    write(dir.resolve("two.txt"), "Another article.");
    write(dir.resolve("deep/three.txt"), "A third article.");

    assertThat(run(Optional.empty(), List.of(dir + "/*.txt")).ids()).containsExactly("two");
    assertThat(run(Optional.empty(), List.of(dir + "/**.txt")).ids())
        .containsExactly("three", "two");
    Result none = run(Optional.empty(), List.of(dir + "/*.pdf"));
    assertThat(none.exitCode()).isEqualTo(1);
    assertThat(none.err()).containsExactly("herodotus: " + dir + "/*.pdf: no file matches");
  }

  @Test
  void formatIsToldFromContentNotExtension(@TempDir Path dir) throws Exception {
    Path html = write(dir.resolve("page.txt"), PAGE);
    Result detected = run(Optional.empty(), List.of(html.toString()));
    Doc doc = DocJson.read(detected.out().get(0));
    assertThat(doc.metadata().headline()).contains("Bridge reopens");
    assertThat(doc.text()).doesNotContain("<p>");

    Result forced = run(Optional.of(InputFormat.TEXT), List.of(html.toString()));
    assertThat(DocJson.read(forced.out().get(0)).text()).contains("<p>");
  }

  @Test
  void duplicatesAreAnalyzedOnceWithAMessage(@TempDir Path dir) throws Exception {
    Path a = write(dir.resolve("a.html"), PAGE);
    Path b = write(dir.resolve("b.html"), PAGE.replace("Tuesday", "Monday"));
    Path c = write(dir.resolve("c.txt"), "The  same\ntext.");
    Path d = write(dir.resolve("d.txt"), "the same text.");

    Result result =
        run(Optional.empty(), List.of(a.toString(), b.toString(), c.toString(), d.toString()));

    assertThat(result.exitCode()).isZero();
    assertThat(result.ids()).containsExactly("a", "c");
    assertThat(result.err())
        .containsExactly(
            "herodotus: "
                + b
                + ": skipped: the same article as "
                + a
                + " (same URL https://news.example/bridge)",
            "herodotus: " + d + ": skipped: the same article as " + c + " (same text)");
  }

  @Test
  void aBadInputIsNamedAndTheOthersGoOn(@TempDir Path dir) throws Exception {
    Path german =
        write(
            dir.resolve("de.txt"),
            "Die Regierung in Baku hat am Mittwoch eine Waffenruhe mit den armenischen Kräften"
                + " in Bergkarabach verkündet. Nach Angaben des Verteidigungsministeriums wurden"
                + " die Kämpfe nach weniger als 24 Stunden eingestellt.");
    Path ok = write(dir.resolve("ok.txt"), "An English article about the harbour bridge.");
    Result result = run(Optional.empty(), List.of(german.toString(), ok.toString()));
    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.ids()).containsExactly("ok");
    assertThat(result.err())
        .containsExactly(
            "herodotus: "
                + german
                + ": language 'deu' (German) is not supported; Herodotus analyzes English");
  }

  /** Issue #6 item 6: every kind of bad input in one batch, each named, nothing else lost. */
  @Test
  void everyBadInputIsNamedAndNothingElseIsLost(@TempDir Path dir) throws Exception {
    List<String> inputs = new java.util.ArrayList<>();
    inputs.add(
        write(dir.resolve("01-good.txt"), "A first good article about the bridge.").toString());
    inputs.add(
        write(dir.resolve("02-truncated.html"), PAGE.substring(0, PAGE.indexOf("Council") + 20))
            .toString());
    inputs.add(
        write(
                dir.resolve("03-no-article.html"),
                "<html><head><title>Home</title></head><body><nav><a href=/a>World</a>"
                    + " <a href=/b>Sport</a></nav></body></html>")
            .toString());
    Path big = dir.resolve("04-big.html");
    try (var out = new java.io.BufferedOutputStream(Files.newOutputStream(big))) {
      out.write("<html><body><article>".getBytes(StandardCharsets.US_ASCII));
      byte[] para =
          "<p>All work and no play makes a dull page.</p>\n".getBytes(StandardCharsets.US_ASCII);
      for (long n = 0; n < 50L * 1024 * 1024 / para.length; n++) {
        out.write(para);
      }
    }
    inputs.add(big.toString());
    inputs.add(
        write(
                dir.resolve("05-nested.html"),
                "<html><body>"
                    + "<div>".repeat(100_000)
                    + "<p>The harbour bridge reopened to traffic on Tuesday morning, three months"
                    + " earlier than planned, after engineers replaced its steel cables.</p>"
                    + "</body></html>")
            .toString());
    java.io.ByteArrayOutputStream warc = new java.io.ByteArrayOutputStream();
    try (var writer = new org.netpreserve.jwarc.WarcWriter(warc)) {
      writer.write(
          new org.netpreserve.jwarc.WarcResponse.Builder("https://news.example/report.pdf")
              .body(
                  new org.netpreserve.jwarc.HttpResponse.Builder(200, "OK")
                      .body(
                          org.netpreserve.jwarc.MediaType.parse("application/pdf"),
                          "%PDF-1.4".getBytes(StandardCharsets.US_ASCII))
                      .build())
              .build());
    }
    Path warcFile = dir.resolve("06-crawl.warc");
    Files.write(warcFile, warc.toByteArray());
    inputs.add(warcFile.toString());
    java.io.ByteArrayOutputStream gz = new java.io.ByteArrayOutputStream();
    try (var out = new java.util.zip.GZIPOutputStream(gz)) {
      out.write(PAGE.getBytes(StandardCharsets.UTF_8));
    }
    Path corrupt = dir.resolve("07-page.html.gz");
    Files.write(corrupt, java.util.Arrays.copyOf(gz.toByteArray(), gz.size() / 2));
    inputs.add(corrupt.toString());
    inputs.add(
        write(dir.resolve("08-feed.rss"), "<?xml version=\"1.0\"?><rss><channel><item><titl")
            .toString());
    inputs.add(
        write(
                dir.resolve("09-german.txt"),
                "Die Regierung in Baku hat am Mittwoch eine Waffenruhe mit den armenischen"
                    + " Kräften in Bergkarabach verkündet. Nach Angaben des Ministeriums wurden"
                    + " die Kämpfe nach weniger als 24 Stunden eingestellt.")
            .toString());
    inputs.add(
        write(
                dir.resolve("10-charset.html"),
                "<html><head><meta charset=\"klingon-8\"></head><body><p>Text</p></body></html>")
            .toString());
    Path latin = dir.resolve("11-latin1.txt");
    Files.write(latin, "Caf\u00e9 owners protest".getBytes(StandardCharsets.ISO_8859_1));
    inputs.add(latin.toString());
    inputs.add(
        write(dir.resolve("12-good.txt"), "A last good article about the ferry.").toString());

    Result result = run(Optional.empty(), inputs);

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.ids()).contains("01-good", "02-truncated", "12-good");
    String err = String.join("\n", result.err());
    assertThat(result.err())
        .anySatisfy(
            l ->
                assertThat(l)
                    .startsWith("herodotus: " + inputs.get(2) + ": is HTML without article text"))
        .anySatisfy(
            l ->
                assertThat(l)
                    .isEqualTo(
                        "herodotus: "
                            + big
                            + ": is "
                            + Files.size(big)
                            + " bytes, over the limit of 2097152 bytes (raise it with --max-bytes)"))
        .anySatisfy(
            l ->
                assertThat(l)
                    .isEqualTo(
                        "herodotus: "
                            + warcFile
                            + ": skipped 1 response that are not HTML (application/pdf 1)"))
        .anySatisfy(
            l ->
                assertThat(l)
                    .startsWith("herodotus: " + corrupt + ": is a corrupt or truncated gzip file"))
        .anySatisfy(
            l ->
                assertThat(l)
                    .startsWith("herodotus: " + inputs.get(7) + ": is not a readable feed: "))
        .anySatisfy(
            l ->
                assertThat(l)
                    .isEqualTo(
                        "herodotus: "
                            + inputs.get(8)
                            + ": language 'deu' (German) is not supported; Herodotus analyzes English"))
        .anySatisfy(
            l ->
                assertThat(l)
                    .startsWith("herodotus: " + inputs.get(9) + ": declares charset 'klingon-8'"))
        .anySatisfy(l -> assertThat(l).startsWith("herodotus: " + latin + ": is not valid UTF-8"));
    // the deeply nested page is read or refused with its name, never a crash
    assertThat(result.ids().contains("05-nested") || err.contains(inputs.get(4) + ": ")).isTrue();
    assertThat(err).doesNotContain("Exception").doesNotContain("internal error");
  }
}
