package org.herodotus.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.herodotus.doc.Doc;
import org.herodotus.doc.Paragraph.Kind;
import org.junit.jupiter.api.Test;

class JsonLinesReaderTest {

  private final ArticleReader reader = new ArticleReader(ReaderOptions.defaults());

  private List<ReadResult> read(String name, String... lines) {
    return reader.read(name, String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void goodAndBadLinesInOneFile() {
    List<ReadResult> results =
        read(
            "data/feed.jsonl",
            "{\"id\": \"a1\", \"title\": \"Talks in Yevlakh\", \"date\": \"Sep 20, 2023\","
                + " \"url\": \"https://example.org/a1\", \"text\": \"Azerbaijan said it would"
                + " talk.\\n\\nThe talks are due on Thursday.\"}",
            "this is not json",
            "{\"title\": \"No text here\"}",
            "",
            "{\"text\": 42}",
            "[1, 2]",
            "{\"text\": \"Second good record.\"}",
            "{\"text\": \"Bad title type.\", \"title\": [\"x\"]}");
    assertThat(results).hasSize(7);

    Doc first = results.get(0).doc().orElseThrow();
    assertThat(results.get(0).input()).isEqualTo("data/feed.jsonl:1");
    assertThat(first.id()).isEqualTo("a1");
    assertThat(first.metadata().headline()).contains("Talks in Yevlakh");
    assertThat(first.paragraphs()).extracting(p -> p.kind()).containsOnly(Kind.BODY);
    assertThat(first.metadata().published()).contains("2023-09-20");
    assertThat(first.metadata().publishedSpan()).isEmpty();
    assertThat(first.metadata().url()).contains("https://example.org/a1");

    assertThat(message(results.get(1))).startsWith("data/feed.jsonl:2: not valid JSON");
    assertThat(message(results.get(2))).isEqualTo("data/feed.jsonl:3: has no \"text\" field");
    assertThat(message(results.get(3)))
        .isEqualTo("data/feed.jsonl:5: \"text\" is not a string (it is a number)");
    assertThat(message(results.get(4))).isEqualTo("data/feed.jsonl:6: not a JSON object");

    Doc second = results.get(5).doc().orElseThrow();
    assertThat(second.id()).isEqualTo("feed#7");
    assertThat(second.text()).isEqualTo("Second good record.");
    assertThat(second.paragraphs()).hasSize(1);
    assertThat(second.paragraphs().get(0).kind()).isEqualTo(Kind.BODY);

    assertThat(message(results.get(6))).startsWith("data/feed.jsonl:8: \"title\" is not a string");
  }

  private static String message(ReadResult r) {
    assertThat(r.isOk()).isFalse();
    return r.error().orElseThrow().getMessage();
  }

  @Test
  void titleThatOpensTheTextMarksTheHeadlineParagraph() {
    Doc doc =
        read(
                "f.jsonl",
                "{\"title\": \"A headline that ends in a full stop.\","
                    + " \"text\": \"A headline that ends in a full stop.\\n\\nBody one.\"}")
            .get(0)
            .doc()
            .orElseThrow();
    assertThat(doc.paragraphs().get(0).kind()).isEqualTo(Kind.HEADLINE);
    assertThat(doc.metadata().headline()).contains("A headline that ends in a full stop.");
  }

  @Test
  void textHeadlineIsKeptWhenTheTitleMatches() {
    Doc doc =
        read("f.jsonl", "{\"title\": \"Title\", \"text\": \"Title\\n\\nBody one.\"}")
            .get(0)
            .doc()
            .orElseThrow();
    assertThat(doc.paragraphs().get(0).kind()).isEqualTo(Kind.HEADLINE);
    assertThat(doc.metadata().headline()).contains("Title");
  }

  @Test
  void recordDateOverridesTheTextDateAndKeepsTheSpanWhenTheyAgree() {
    String text = "Title\\n20 September 2023\\n\\nBody one.\\n\\nBody two.";
    Doc same =
        read("f.jsonl", "{\"date\": \"2023-09-20\", \"text\": \"" + text + "\"}")
            .get(0)
            .doc()
            .orElseThrow();
    assertThat(same.metadata().published()).contains("2023-09-20");
    assertThat(same.slice(same.metadata().publishedSpan().orElseThrow()))
        .isEqualTo("20 September 2023");

    Doc other =
        read("f.jsonl", "{\"date\": \"2023-09-21T08:00:00Z\", \"text\": \"" + text + "\"}")
            .get(0)
            .doc()
            .orElseThrow();
    assertThat(other.metadata().published()).contains("2023-09-21T08:00:00Z");
    assertThat(other.metadata().publishedSpan()).isEmpty();
  }

  @Test
  void unreadableRecordDateIsNotedNotFatal() {
    Doc doc =
        read("f.jsonl", "{\"date\": \"last Tuesday\", \"text\": \"Body one.\"}")
            .get(0)
            .doc()
            .orElseThrow();
    assertThat(doc.metadata().published()).isEmpty();
    assertThat(doc.notes()).hasSize(1);
    assertThat(doc.notes().get(0).message()).contains("last Tuesday");
  }

  @Test
  void crlfLineEndingsAndNumericIds() {
    List<ReadResult> results =
        read("f.jsonl", "{\"id\": 7, \"text\": \"One.\"}\r", "{\"text\": \"Two.\"}\r");
    assertThat(results).hasSize(2).allMatch(ReadResult::isOk);
    assertThat(results.get(0).doc().orElseThrow().id()).isEqualTo("7");
    assertThat(results.get(1).doc().orElseThrow().id()).isEqualTo("f#2");
  }
}
