package org.herodotus.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.herodotus.write.DocJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchCommandTest {

  @Test
  void printsFiguresPerStageAsJsonWithoutTheBaselineWhenAskedTo(@TempDir Path dir)
      throws Exception {
    Files.createDirectories(dir.resolve("politics"));
    Files.writeString(
        dir.resolve("politics/001.txt"),
        "Talks resume\n\nThe minister said on Monday that talks would resume in Geneva.\n");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Io io =
        new Io(InputStream.nullInputStream(), Io.writer(out, false), Io.writer(err, true), false);

    int code =
        Main.run(
            io,
            "bench",
            "--data",
            dir.toString(),
            "--articles",
            "1",
            "--warmup",
            "0",
            "--no-baseline",
            "--json");

    assertThat(code).isZero();
    JsonNode json = DocJson.mapper().readTree(out.toString(StandardCharsets.UTF_8));
    assertThat(json.path("articles").asInt()).isEqualTo(1);
    assertThat(json.path("herodotus").path("tokens").asLong()).isPositive();
    assertThat(json.path("herodotus").path("stageSeconds").has("nlp")).isTrue();
    assertThat(json.path("herodotus").path("stageSeconds").has("entities")).isTrue();
    assertThat(json.has("corenlp")).isFalse();
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("time per stage");
  }
}
