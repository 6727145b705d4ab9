package org.herodotus.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.herodotus.doc.Doc;
import org.herodotus.doc.Paragraph.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {

  private final ArticleReader reader = new ArticleReader(ReaderOptions.defaults());

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private InputException failure(String name, byte[] bytes) {
    return failure(reader.read(name, bytes));
  }

  private static InputException failure(List<ReadResult> results) {
    assertThat(results).hasSize(1);
    ReadResult r = results.get(0);
    assertThat(r.isOk()).isFalse();
    InputException e = r.error().orElseThrow();
    assertThat(e.getMessage()).startsWith(e.input() + ": ");
    return e;
  }

  @Test
  void readsTheSeedArticleFromItsPath() {
    List<ReadResult> results = reader.read(SeedArticle.path());
    assertThat(results).hasSize(1);
    Doc doc = results.get(0).doc().orElseThrow();
    String text = new String(SeedArticle.bytes(), StandardCharsets.UTF_8);
    Doc direct = ScrapedTextReader.read("karabakh-2023-09-20", text);
    assertThat(doc.id()).isEqualTo("karabakh-2023-09-20");
    assertThat(doc.text()).isEqualTo(text);
    assertThat(doc.paragraphs()).isEqualTo(direct.paragraphs());
    assertThat(doc.metadata()).isEqualTo(direct.metadata());
  }

  @Test
  void emptyFile() {
    InputException e = failure("a.txt", new byte[0]);
    assertThat(e.input()).isEqualTo("a.txt");
    assertThat(e.problem()).isEqualTo("is empty");
  }

  @Test
  void byteOrderMarkAlone() {
    assertThat(failure("bom.txt", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}).problem())
        .isEqualTo("is empty");
  }

  @Test
  void whitespaceOnly() {
    InputException e = failure("ws.txt", utf8(" \n\t\r\n  \n"));
    assertThat(e.getMessage()).isEqualTo("ws.txt: holds only whitespace");
  }

  @Test
  void noBreakSpacesOnly() {
    InputException e = failure("nbsp.txt", utf8("\u00A0\n\u00A0\n\u2003\u202F\r\n"));
    assertThat(e.getMessage()).isEqualTo("nbsp.txt: holds only whitespace");
  }

  @Test
  void binaryWithNulBytes() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H'};
    InputException e = failure("photo.png", png);
    assertThat(e.getMessage()).isEqualTo("photo.png: looks like a binary file, not text");
  }

  @Test
  void binaryMostlyControlCharacters() {
    byte[] bytes = new byte[64];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) (i % 2 == 0 ? 0x01 : 'a');
    }
    assertThat(failure("x.bin", bytes).problem()).isEqualTo("looks like a binary file, not text");
  }

  @Test
  void invalidUtf8GivesTheByteOffset() {
    byte[] latin1 = "Café au lait".getBytes(StandardCharsets.ISO_8859_1);
    InputException e = failure("latin1.txt", latin1);
    assertThat(e.input()).isEqualTo("latin1.txt");
    assertThat(e.problem()).startsWith("is not valid UTF-8").contains("0xE9").contains("offset 3");
  }

  @Test
  void invalidUtf8OffsetCountsTheByteOrderMark() {
    byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', 'b', (byte) 0xC3, '(', 'c'};
    assertThat(failure("bom.txt", bytes).problem()).contains("0xC3").contains("offset 5");
  }

  @Test
  void utf16IsNamed() {
    byte[] bytes = "\uFEFFHello".getBytes(StandardCharsets.UTF_16LE);
    assertThat(failure("u16.txt", bytes).problem()).contains("UTF-16");
  }

  @Test
  void overTheSizeLimit() {
    ArticleReader small = new ArticleReader(new ReaderOptions(10));
    InputException e = failure(small.read("big.txt", utf8("more than ten bytes of text")));
    assertThat(e.input()).isEqualTo("big.txt");
    assertThat(e.problem()).contains("over the limit of 10 bytes");
  }

  @Test
  void overTheSizeLimitFromAPath(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("big.txt");
    Files.writeString(file, "more than ten bytes of text");
    InputException e = failure(new ArticleReader(new ReaderOptions(10)).read(file));
    assertThat(e.input()).isEqualTo(file.toString());
    assertThat(e.problem()).contains("over the limit");
  }

  @Test
  void missingPath(@TempDir Path dir) {
    Path missing = dir.resolve("nope.txt");
    InputException e = failure(reader.read(missing));
    assertThat(e.getMessage()).isEqualTo(missing + ": no such file");
  }

  @Test
  void directory(@TempDir Path dir) {
    InputException e = failure(reader.read(dir));
    assertThat(e.getMessage()).isEqualTo(dir + ": is a directory, not a file");
  }

  @Test
  void byteOrderMarkIsDroppedFromTheText() {
    byte[] body = utf8("Title here\n\nFirst paragraph of the body.\n");
    byte[] bytes = new byte[body.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(body, 0, bytes, 3, body.length);
    Doc doc = reader.read("bom.txt", bytes).get(0).doc().orElseThrow();
    assertThat(doc.text()).isEqualTo("Title here\n\nFirst paragraph of the body.\n");
    assertThat(doc.metadata().headline()).contains("Title here");
    assertThat(doc.slice(doc.paragraphs().get(0).span())).isEqualTo("Title here");
  }

  @Test
  void plainTextWhoseFirstLineIsBraceButNotJson() {
    Doc doc =
        reader
            .read("t.txt", utf8("{not json} a title\n\nBody text here."))
            .get(0)
            .doc()
            .orElseThrow();
    assertThat(doc.paragraphs()).hasSize(2);
    assertThat(doc.paragraphs().get(1).kind()).isEqualTo(Kind.BODY);
  }

  @Test
  void jsonLinesAreDetectedFromContentNotExtension() {
    String content =
        "\n{\"text\": \"Title\\n\\nBody paragraph one.\"}\n{\"text\": \"Just one paragraph.\"}\n";
    List<ReadResult> results = reader.read("feed.txt", utf8(content));
    assertThat(results).hasSize(2).allMatch(ReadResult::isOk);
    assertThat(results.get(0).doc().orElseThrow().id()).isEqualTo("feed#2");
    assertThat(results.get(1).doc().orElseThrow().id()).isEqualTo("feed#3");
  }

  @Test
  void aWordFileIsBinary() {
    byte[] zip = {'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0, 0, 0, 33, 0};
    assertThat(failure("report.docx", zip).problem())
        .isEqualTo("looks like a binary file, not text");
  }
}
