package org.herodotus.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.herodotus.Analyzer;
import org.herodotus.Herodotus;
import org.herodotus.write.DocJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code herodotus analyze} in-process with captured streams. Uses the real pipeline, loaded
 * once for the class (the command asks {@link Herodotus#pipeline} for the default configuration,
 * which returns this same loaded analyzer), and keeps the number of analyzed articles small.
 */
class AnalyzeCommandTest {

  static final String FIRST =
      "Azerbaijan said Wednesday it aimed to peacefully reintegrate Armenians living in"
          + " Nagorno-Karabakh.\n";
  static final String SECOND =
      "Hajiyev said Azerbaijan would provide \"safe passage\" for separatist forces.\n";

  static Analyzer analyzer;

  @TempDir static Path dir;

  @BeforeAll
  static void loadPipelineOnce() {
    analyzer = Herodotus.pipeline();
  }

  /** What one run printed and returned. */
  record Run(int exitCode, String out, String err) {
    List<JsonNode> documents() {
      List<JsonNode> docs = new ArrayList<>();
      for (String line : out.split("\n")) {
        if (!line.isEmpty()) {
          docs.add(json(line));
        }
      }
      return docs;
    }
  }

  static Run run(InputStream stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Io io = new Io(stdin, Io.writer(out, false), Io.writer(err, true), false);
    int code = Main.run(io, args);
    return new Run(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  static Run run(String... args) {
    return run(InputStream.nullInputStream(), args);
  }

  static JsonNode json(String text) {
    try {
      return DocJson.mapper().readTree(text);
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + text, e);
    }
  }

  static String file(String name, String content) throws IOException {
    Path path = dir.resolve(name);
    Files.writeString(path, content, StandardCharsets.UTF_8);
    return path.toString();
  }

  @Test
  void writesGoodInputsInOrderAndReportsBadOnes() throws IOException {
    String first = file("first.txt", FIRST);
    String missing = dir.resolve("missing.txt").toString();
    String empty = file("empty.txt", "");
    String second = file("second.txt", SECOND);

    Run run = run("analyze", first, missing, empty, second);

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out().lines()).hasSize(2);
    List<JsonNode> docs = run.documents();
    assertThat(docs).extracting(d -> d.get("id").asText()).containsExactly("first", "second");
    assertThat(docs.get(0).get("text").asText()).isEqualTo(FIRST);
    assertThat(docs.get(1).get("text").asText()).isEqualTo(SECOND);
    assertThat(docs.get(0).has("tokens")).isFalse();
    List<String> messages = run.err().lines().toList();
    assertThat(messages).hasSize(2);
    assertThat(messages.get(0)).startsWith("herodotus: " + missing + ": ");
    assertThat(messages.get(1)).startsWith("herodotus: " + empty + ": ");
  }

  @Test
  void everyKindOfBadInputIsNamedAndTheBatchGoesOn() throws IOException {
    String good = file("good.txt", FIRST);
    Path binary = dir.resolve("image.bin");
    byte[] bytes = new byte[4096];
    new java.util.Random(7).nextBytes(bytes);
    bytes[10] = 0;
    Files.write(binary, bytes);
    Path latin1 = dir.resolve("latin1.txt");
    Files.write(latin1, "Caf\u00e9 in Baku.".getBytes(StandardCharsets.ISO_8859_1));
    String blank = file("blank.txt", " \n\u00a0\n\t\n");
    Path huge = dir.resolve("huge.txt");
    try (var writer = Files.newBufferedWriter(huge, StandardCharsets.UTF_8)) {
      String line = "Azerbaijan said it aimed to reintegrate Armenians living in Karabakh.\n";
      for (long written = 0; written < 20L * 1024 * 1024; written += line.length()) {
        writer.write(line);
      }
    }
    String missing = dir.resolve("nowhere/missing.txt").toString();

    long start = System.nanoTime();
    Run run =
        run("analyze", binary.toString(), latin1.toString(), blank, huge.toString(), missing, good);

    assertThat(System.nanoTime() - start).isLessThan(120_000_000_000L);
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.documents()).extracting(d -> d.get("id").asText()).containsExactly("good");
    List<String> messages = run.err().lines().toList();
    assertThat(messages).hasSize(5);
    assertThat(messages.get(0)).startsWith("herodotus: " + binary + ": ").contains("binary");
    assertThat(messages.get(1)).startsWith("herodotus: " + latin1 + ": ").contains("UTF-8");
    assertThat(messages.get(2)).startsWith("herodotus: " + blank + ": ").contains("whitespace");
    assertThat(messages.get(3)).startsWith("herodotus: " + huge + ": ").contains("limit");
    assertThat(messages.get(4)).startsWith("herodotus: " + missing + ": ").contains("no such file");
  }

  @Test
  void allGoodExitsZero() throws IOException {
    Run run = run("analyze", file("only.txt", SECOND));

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.documents()).hasSize(1);
  }

  @Test
  void prettyIndentsAndStaysParseable() throws IOException {
    Run run = run("analyze", "--pretty", file("pretty.txt", FIRST));

    assertThat(run.exitCode()).isZero();
    assertThat(run.out().lines().count()).isGreaterThan(3);
    assertThat(run.out()).contains("\n  \"id\" : \"pretty\"").endsWith("}\n");
    assertThat(json(run.out()).get("text").asText()).isEqualTo(FIRST);
  }

  @Test
  void layersAddOptionalFields() throws IOException {
    Run run = run("analyze", "--layers", "tokens", file("layers.txt", SECOND));

    assertThat(run.exitCode()).isZero();
    JsonNode doc = run.documents().get(0);
    assertThat(doc.has("tokens")).isTrue();
    assertThat(doc.get("tokens").isArray()).isTrue();
    assertThat(doc.has("dependencies")).isFalse();
    assertThat(doc.has("notes")).isFalse();
  }

  @Test
  void dashReadsStandardInput() {
    InputStream stdin = new ByteArrayInputStream(FIRST.getBytes(StandardCharsets.UTF_8));

    Run run = run(stdin, "analyze", "-");

    assertThat(run.exitCode()).isZero();
    JsonNode doc = run.documents().get(0);
    assertThat(doc.get("id").asText()).isEqualTo("stdin");
    assertThat(doc.get("text").asText()).isEqualTo(FIRST);
  }

  @Test
  void standardInputOverTheLimitIsReported() {
    InputStream stdin = new ByteArrayInputStream(FIRST.getBytes(StandardCharsets.UTF_8));

    Run run = run(stdin, "analyze", "--max-bytes", "10", "-");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith("herodotus: <stdin>: ").contains("limit of 10 bytes");
  }

  @Test
  void helpForAnalyze() {
    Run run = run("analyze", "--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("Usage: herodotus analyze").contains("--layers", "--threads");
  }

  @Test
  void versionOnEveryCommand() {
    assertThat(run("--version").out()).startsWith("herodotus ");
    assertThat(run("analyze", "--version").out()).startsWith("herodotus ");
  }

  @Test
  void usageErrorsExitTwo() {
    Run unknownOption = run("analyze", "--no-such-option", "x.txt");
    assertThat(unknownOption.exitCode()).isEqualTo(2);
    assertThat(unknownOption.out()).isEmpty();
    assertThat(unknownOption.err()).contains("--no-such-option");

    assertThat(run("analyze").exitCode()).isEqualTo(2);
    assertThat(run("analyze", "--layers", "bogus", "x.txt").err()).contains("unknown layer");
    assertThat(run("analyze", "--threads", "0", "x.txt").exitCode()).isEqualTo(2);
    assertThat(run("analyze", "--max-bytes", "lots", "x.txt").exitCode()).isEqualTo(2);
    assertThat(run("analyze", "-", "-").exitCode()).isEqualTo(2);
    assertThat(run().exitCode()).isEqualTo(2);
    Run noLexicon = run("analyze", "--lexicon", dir.resolve("no-such-dir").toString(), "x.txt");
    assertThat(noLexicon.exitCode()).isEqualTo(2);
    assertThat(noLexicon.err()).contains("--lexicon: not a directory");
  }

  @Test
  void actorsAndPlacesAreWrittenAndAUserLexiconChangesTheCodes() throws IOException {
    String input = file("lexicon-input.txt", SECOND);
    JsonNode plain = run("analyze", input).documents().get(0);
    assertThat(plain.get("actors").findValuesAsText("code")).contains("AZEGOV");
    assertThat(plain.get("places").get(0).get("id").asText()).isEqualTo("country:AZ");

    Path lexicon = Files.createDirectories(dir.resolve("lexicon"));
    Files.writeString(lexicon.resolve("mine.actors"), "AZERBAIJAN_ [AZEXYZ] # a user's code\n");
    JsonNode mine = run("analyze", "--lexicon", lexicon.toString(), input).documents().get(0);
    assertThat(mine.get("actors").findValuesAsText("code")).contains("AZEXYZ");
    assertThat(mine.get("actors").findValuesAsText("rule"))
        .contains("actor dictionary entry AZERBAIJAN_");
  }

  @Test
  void aUserGazetteerFileInTheLexiconDirectoryAddsPlaces() throws IOException {
    String input =
        file("camp.txt", "Cholera spread in Dadaab, Kenya, on Monday, health officials said.\n");
    JsonNode plain = run("analyze", input).documents().get(0);
    assertThat(plain.get("places").findValuesAsText("text")).doesNotContain("Dadaab");

    Path lexicon = Files.createDirectories(dir.resolve("places-lexicon"));
    Files.writeString(
        lexicon.resolve("places-camps.tsv"),
        "# my camps\nuser:dadaab\tDadaab\tP\tPPL\tKE\tGarissa\t0.06\t40.31\t200000\tDadaab"
            + " refugee complex\n");
    JsonNode mine = run("analyze", "--lexicon", lexicon.toString(), input).documents().get(0);
    JsonNode dadaab = null;
    for (JsonNode place : mine.get("places")) {
      if (place.get("text").asText().equals("Dadaab")) {
        dadaab = place;
      }
    }
    assertThat(dadaab).isNotNull();
    assertThat(dadaab.get("id").asText()).isEqualTo("user:dadaab");
    assertThat(dadaab.get("country").asText()).isEqualTo("KE");

    Path bad = Files.createDirectories(dir.resolve("bad-places-lexicon"));
    Files.writeString(bad.resolve("places-camps.tsv"), "user:broken\tBroken row\n");
    Run broken = run("analyze", "--lexicon", bad.toString(), input);
    assertThat(broken.exitCode()).isEqualTo(2);
    assertThat(broken.err()).doesNotContain("internal error");
    assertThat(broken.err()).contains("places-camps.tsv").contains("10 tab-separated columns");
  }

  @Test
  void eventFormatsWriteTheEventsWithTheirPlace() throws IOException {
    String text =
        "Azerbaijani troops shelled positions near Stepanakert on Tuesday. Baku announced a"
            + " ceasefire.\n";
    Run gdelt = run("analyze", "--format", "gdelt", file("gdelt.txt", text));
    assertThat(gdelt.exitCode()).isZero();
    List<String> rows = gdelt.out().lines().toList();
    assertThat(rows).isNotEmpty().allMatch(r -> r.split("\t", -1).length == 61);
    assertThat(rows).anyMatch(r -> r.split("\t", -1)[53].equals("AJ") && r.contains("\t146970\t"));

    Run mentions = run("analyze", "--format", "gdelt-mentions", file("mentions.txt", text));
    assertThat(mentions.out().lines()).isNotEmpty().allMatch(r -> r.split("\t", -1).length == 16);

    Run plover = run("analyze", "--format", "plover", file("plover.txt", text));
    assertThat(plover.out().lines())
        .isNotEmpty()
        .anyMatch(l -> l.contains("\"location\":{\"text\":\"Stepanakert\""));
  }

  @Test
  void diagnosticsExplainDroppedEvents() throws IOException {
    Run run =
        run(
            "analyze",
            "--diagnostics",
            "--min-confidence",
            "95",
            file(
                "diagnostics.txt",
                "The offensive was seen as a major victory. Germany said France would provide"
                    + " military aid to Ukraine.\n"));
    assertThat(run.exitCode()).isZero();
    List<String> notes = new java.util.ArrayList<>();
    run.documents().get(0).get("notes").forEach(n -> notes.add(n.get("message").asText()));
    assertThat(notes)
        .anyMatch(m -> m.contains("no source actor"))
        .anyMatch(m -> m.contains("below threshold: confidence 80 < 95"));
  }
}
