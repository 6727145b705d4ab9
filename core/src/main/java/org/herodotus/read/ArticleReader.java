package org.herodotus.read;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.herodotus.doc.Doc;
import org.herodotus.doc.Metadata;
import org.herodotus.doc.Paragraph;
import org.herodotus.doc.Span;

/**
 * Reads inputs (files or bytes) into documents. Never throws for bad input: each problem comes back
 * as a failed {@link ReadResult} naming the input, so a batch goes on.
 */
public final class ArticleReader {

  private final ReaderOptions options;

  public ArticleReader(ReaderOptions options) {
    this.options = options;
  }

  public List<ReadResult> read(Path path) {
    String name = path.toString();
    try {
      if (Files.isDirectory(path)) {
        return List.of(ReadResult.failed(new InputException(name, "is a directory, not a file")));
      }
      long size = Files.size(path);
      if (size > options.maxBytes()) {
        return List.of(ReadResult.failed(tooLarge(name, size)));
      }
      return read(name, Files.readAllBytes(path));
    } catch (NoSuchFileException e) {
      return List.of(ReadResult.failed(new InputException(name, "no such file")));
    } catch (IOException e) {
      return List.of(ReadResult.failed(new InputException(name, "cannot read: " + e, e)));
    }
  }

  /** Reads the bytes of one input named {@code name}. */
  public List<ReadResult> read(String name, byte[] bytes) {
    if (bytes.length > options.maxBytes()) {
      return List.of(ReadResult.failed(tooLarge(name, bytes.length)));
    }
    String text = new String(bytes, StandardCharsets.UTF_8);
    Doc doc =
        Doc.of(
            idOf(name),
            text,
            Metadata.empty(),
            List.of(Paragraph.of(new Span(0, text.length()), Paragraph.Kind.BODY)));
    return List.of(ReadResult.ok(name, doc));
  }

  private InputException tooLarge(String name, long size) {
    return new InputException(
        name,
        "is "
            + size
            + " bytes, over the limit of "
            + options.maxBytes()
            + " bytes (raise it with --max-bytes)");
  }

  /** The document id for an input: its file name without directory and extension. */
  public static String idOf(String name) {
    if (name.equals("-")) {
      return "stdin";
    }
    String base = name.replace('\\', '/');
    base = base.substring(base.lastIndexOf('/') + 1);
    int dot = base.lastIndexOf('.');
    return dot > 0 ? base.substring(0, dot) : base;
  }
}
