package org.herodotus.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code herodotus eval polnear --agreement} on a corpus of our own in PolNeAR's layout: one
 * article, three annotators who disagree on where one quote ends.
 */
class PolnearCommandTest {

  static final String TEXT =
      "“We will build the bridge,” the mayor said. “It opens next year.”\n"
          + "Critics said the plan was too expensive.\n";

  @TempDir Path data;

  @Test
  void agreementScoresEveryAnnotatorAgainstEveryOtherAndOursAgainstEach() throws Exception {
    Path text = Files.createDirectories(data.resolve("dev/text"));
    Path anns = Files.createDirectories(data.resolve("dev/attributions"));
    Files.writeString(text.resolve("a.txt"), TEXT, StandardCharsets.UTF_8);
    int secondQuote = TEXT.indexOf("said.") + "said. ".length();
    int end = TEXT.indexOf("year.”") + "year.”".length();
    String whole = ann(0, end);
    String firstOnly = ann(0, TEXT.indexOf(",”") + 2);
    Files.writeString(anns.resolve("a_0001.ann"), whole, StandardCharsets.UTF_8);
    Files.writeString(anns.resolve("a_0002.ann"), whole, StandardCharsets.UTF_8);
    Files.writeString(anns.resolve("a_0003.ann"), firstOnly, StandardCharsets.UTF_8);
    assertThat(TEXT.charAt(secondQuote)).isEqualTo('“');

    EvalRun run =
        EvalRun.of(
            "polnear",
            "--split",
            "dev",
            "--system",
            "ours",
            "--agreement",
            "--data",
            data.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(line(run.out(), "measure"))
        .contains("annotators", "annotator-pairs", "herodotus-every");
    // Columns: herodotus, annotators, annotator-pairs, herodotus-every. Against the first
    // annotator the second agrees and the third does not: 1 of 2. Over all six ordered pairs only
    // the two between the first and the second agree: 2 of 6. Ours takes the quote interrupted by
    // "the mayor said" as one statement, as two of the three annotators do: 2 of 3.
    String row = line(run.out(), "direct content exact F1");
    assertThat(value(row, 1)).isEqualTo(0.5);
    assertThat(value(row, 2)).isEqualTo(0.333);
    assertThat(value(row, 3)).isEqualTo(0.667);
  }

  private static String ann(int start, int end) {
    int source = TEXT.indexOf("the mayor");
    int cue = TEXT.indexOf("said");
    return String.join(
        "\n",
        "T1\tContent " + start + " " + end + "\t" + TEXT.substring(start, end),
        "T2\tSource " + source + " " + (source + 9) + "\tthe mayor",
        "T3\tCue " + cue + " " + (cue + 4) + "\tsaid",
        "E1\tAttribution:T3 Content:T1 Cue:T3 Source:T2",
        "");
  }

  private static String line(String out, String label) {
    return Arrays.stream(out.split("\n"))
        .filter(l -> l.startsWith(label))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row '" + label + "' in\n" + out));
  }

  private static double[] values(String row) {
    String[] cols = row.trim().split("\\s{2,}");
    return Arrays.stream(cols, 1, cols.length).mapToDouble(Double::parseDouble).toArray();
  }

  private static double value(String row, int column) {
    return values(row)[column];
  }

  @Test
  void aMissingSplitIsAUsageErrorNamingIt() {
    EvalRun run =
        EvalRun.of("polnear", "--split", "train", "--system", "ours", "--data", data.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("no PolNeAR split 'train'").doesNotContain("Exception");
  }
}
