package org.herodotus.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ThreadCpuTest {

  @Test
  void tellsAnalysisJitAndCollectorThreadsApart() {
    assertThat(ThreadCpu.kind("bench-analysis-2", "bench-analysis-")).isEqualTo("analysis");
    assertThat(ThreadCpu.kind("C2 CompilerThre", "bench-analysis-")).isEqualTo("jit");
    assertThat(ThreadCpu.kind("C1 CompilerThre", "bench-analysis-")).isEqualTo("jit");
    assertThat(ThreadCpu.kind("GC Thread#1", "bench-analysis-")).isEqualTo("gc");
    assertThat(ThreadCpu.kind("G1 Refine#0", "bench-analysis-")).isEqualTo("gc");
    assertThat(ThreadCpu.kind("main", "bench-analysis-")).isEqualTo("other");
  }

  @Test
  void readsThisProcessesThreadsOnLinux() {
    var byKind = ThreadCpu.byKind("no-such-thread-");
    if (!byKind.isEmpty()) {
      assertThat(byKind).containsKey("other");
      assertThat(byKind.values()).allSatisfy(v -> assertThat(v).isNotNegative());
    }
  }
}
