package org.herodotus.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EvalCommandTest {

  @Test
  void withoutAMeasurementItIsAUsageErrorOnItsErrorStream() {
    EvalRun run = EvalRun.of();

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith("herodotus eval: missing what to evaluate\nUsage: eval");
  }

  @Test
  void eachMeasurementWritesItsProblemsOnTheErrorStream() {
    EvalRun run = EvalRun.of("extract", "--data", "no-such-folder");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .isEqualTo(
            "herodotus eval extract: no-such-folder holds neither"
                + " zyte-article-extraction-benchmark/ground-truth.json nor"
                + " fundus-publisher-tests/pairs.json\n");
  }
}
