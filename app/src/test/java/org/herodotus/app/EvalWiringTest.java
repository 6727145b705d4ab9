package org.herodotus.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code herodotus eval}, from the module {@code eval}, is wired into the command as before. */
class EvalWiringTest {

  @TempDir Path data;

  @Test
  void evalListsEveryMeasurement() {
    AnalyzeCommandTest.Run run = AnalyzeCommandTest.run("eval", "--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .startsWith("Usage: herodotus eval [-hV] [COMMAND]")
        .contains("  extract ", "  polnear ", "  geo ", "  ner ", "  events ", "  help ");
  }

  @Test
  void evalCommandsPrintTheProductVersion() {
    AnalyzeCommandTest.Run run = AnalyzeCommandTest.run("eval", "polnear", "--version");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("herodotus " + VersionProvider.version() + "\n");
  }

  @Test
  void evalCommandsWriteToTheCommandsStreams() {
    AnalyzeCommandTest.Run run =
        AnalyzeCommandTest.run(
            "eval", "polnear", "--split", "train", "--system", "ours", "--data", data.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("no PolNeAR split 'train'").doesNotContain("internal error");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void evalWithoutAMeasurementIsAUsageError() {
    AnalyzeCommandTest.Run run = AnalyzeCommandTest.run("eval");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .startsWith("herodotus eval: missing what to evaluate\nUsage: herodotus eval");
  }
}
