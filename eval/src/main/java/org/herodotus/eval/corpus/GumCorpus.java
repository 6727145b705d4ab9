package org.herodotus.eval.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.herodotus.doc.Span;

/**
 * GUM news documents (CoNLL-U with CorefUD entity brackets in MISC), rebuilt as plain text with
 * their gold named mentions.
 *
 * <p>Text: the surface tokens (a multi-word token once), a space after each unless {@code
 * SpaceAfter=No}; sentences of a paragraph joined by a space, paragraphs ({@code # newpar})
 * separated by a blank line.
 *
 * <p>Gold: GUM mentions of type person, organization or place whose syntactic head (the first word
 * of the mention whose head lies outside it) is a proper noun (PROPN), mapped to PERSON,
 * ORGANIZATION and PLACE. Spans are trimmed of leading determiners (DET) and trailing punctuation
 * and particles (PUNCT, PART: the possessive 's). Nested mentions are kept ("Australia" inside
 * "Medical Journal of Australia").
 */
public final class GumCorpus {

  /** GUM entity types that count, with the type they are scored as. */
  public static final Map<String, String> TYPES =
      Map.of("person", "PERSON", "organization", "ORGANIZATION", "place", "PLACE");

  /** A gold mention. */
  public record Gold(Span span, String type) {}

  /** One document: id, text, paragraph spans, gold mentions. */
  public record Document(String id, String text, List<Span> paragraphs, List<Gold> gold) {}

  private GumCorpus() {}

  /** All {@code *.conllu} files of {@code dir} (or of its {@code conllu} folder), by name. */
  public static List<Document> load(Path dir) {
    Path folder = Files.isDirectory(dir.resolve("conllu")) ? dir.resolve("conllu") : dir;
    try (Stream<Path> files = Files.list(folder)) {
      List<Path> list =
          files.filter(p -> p.getFileName().toString().endsWith(".conllu")).sorted().toList();
      if (list.isEmpty()) {
        throw new IllegalArgumentException("no .conllu files in " + folder);
      }
      List<Document> out = new ArrayList<>();
      for (Path p : list) {
        out.add(parse(Files.readAllLines(p, StandardCharsets.UTF_8), p.getFileName().toString()));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + folder, e);
    }
  }

  private record Word(int id, String upos, int head, int start, int end, String entity) {}

  private record Open(String id, String type, int sentence, int firstWord) {}

  /** Parses one document's lines. */
  public static Document parse(List<String> lines, String fallbackId) {
    String id = fallbackId.replaceAll("\\.conllu$", "");
    StringBuilder text = new StringBuilder();
    List<Span> paragraphs = new ArrayList<>();
    List<Gold> gold = new ArrayList<>();
    List<List<Word>> sentences = new ArrayList<>();
    List<Word> sentence = new ArrayList<>();
    int paragraphStart = -1;
    // the multi-word token being spelled out: its surface, its start, the next char to assign
    String mwtForm = null;
    int mwtStart = 0;
    int mwtLast = 0;
    int mwtCursor = 0;
    boolean spaceAfterMwt = true;
    boolean pendingSpace = false;
    for (String line : lines) {
      if (line.startsWith("# newdoc id = ")) {
        id = line.substring("# newdoc id = ".length()).trim();
      } else if (line.startsWith("# newpar") && !line.startsWith("# newpar_")) {
        if (paragraphStart >= 0 && text.length() > paragraphStart) {
          paragraphs.add(Span.of(paragraphStart, text.length()));
        }
        if (text.length() > 0) {
          text.append("\n\n");
        }
        paragraphStart = text.length();
        pendingSpace = false;
      } else if (line.isBlank()) {
        if (!sentence.isEmpty()) {
          sentences.add(sentence);
          sentence = new ArrayList<>();
          pendingSpace = true;
        }
      } else if (!line.startsWith("#")) {
        String[] f = line.split("\t", -1);
        if (f.length < 10) {
          continue;
        }
        boolean noSpace = f[9].contains("SpaceAfter=No");
        if (f[0].contains("-")) {
          String[] range = f[0].split("-");
          if (pendingSpace) {
            text.append(' ');
          }
          if (paragraphStart < 0) {
            paragraphStart = text.length();
          }
          mwtForm = f[1];
          mwtStart = text.length();
          mwtCursor = 0;
          mwtLast = Integer.parseInt(range[1]);
          text.append(f[1]);
          spaceAfterMwt = !noSpace;
          pendingSpace = false;
          continue;
        }
        if (f[0].contains(".")) {
          continue; // empty nodes
        }
        int wordId = Integer.parseInt(f[0]);
        int start;
        int end;
        if (mwtForm != null && wordId <= mwtLast) {
          // assign the word its characters inside the token when the forms spell it out
          int at = mwtForm.startsWith(f[1], mwtCursor) ? mwtCursor : -1;
          if (at >= 0) {
            start = mwtStart + at;
            end = start + f[1].length();
            mwtCursor = at + f[1].length();
          } else {
            start = mwtStart;
            end = mwtStart + mwtForm.length();
          }
          if (wordId == mwtLast) {
            mwtForm = null;
            pendingSpace = spaceAfterMwt;
          }
        } else {
          if (pendingSpace) {
            text.append(' ');
          }
          if (paragraphStart < 0) {
            paragraphStart = text.length();
          }
          start = text.length();
          text.append(f[1]);
          end = text.length();
          pendingSpace = !noSpace;
        }
        String entity = "";
        for (String misc : f[9].split("\\|")) {
          if (misc.startsWith("Entity=")) {
            entity = misc.substring("Entity=".length());
          }
        }
        int head = f[6].equals("_") ? 0 : Integer.parseInt(f[6]);
        sentence.add(new Word(wordId, f[3], head, start, end, entity));
      }
    }
    if (!sentence.isEmpty()) {
      sentences.add(sentence);
    }
    if (paragraphStart >= 0 && text.length() > paragraphStart) {
      paragraphs.add(Span.of(paragraphStart, text.length()));
    }
    // mentions: brackets may span sentences in CorefUD only rarely; GUM keeps them inside one
    Deque<Open> open = new ArrayDeque<>();
    for (int s = 0; s < sentences.size(); s++) {
      List<Word> words = sentences.get(s);
      for (int w = 0; w < words.size(); w++) {
        String e = words.get(w).entity();
        int i = 0;
        while (i < e.length()) {
          char c = e.charAt(i);
          if (c == '(') {
            int j = i + 1;
            while (j < e.length() && e.charAt(j) != '(' && e.charAt(j) != ')') {
              j++;
            }
            String[] fields = e.substring(i + 1, j).split("-", 3);
            String mid = fields[0];
            String type = fields.length > 1 ? fields[1] : "";
            Open o = new Open(mid, type, s, w);
            if (j < e.length() && e.charAt(j) == ')') {
              close(o, words, w, gold);
              j++;
            } else {
              open.push(o);
            }
            i = j;
          } else if (c == ')') {
            i++;
          } else {
            int j = i;
            while (j < e.length() && e.charAt(j) != ')' && e.charAt(j) != '(') {
              j++;
            }
            String mid = e.substring(i, j);
            for (Open o : open) {
              if (o.id().equals(mid)) {
                open.remove(o);
                if (o.sentence() == s) {
                  close(o, words, w, gold);
                }
                break;
              }
            }
            i = j < e.length() && e.charAt(j) == ')' ? j + 1 : j;
          }
        }
      }
    }
    gold.sort((a, b) -> a.span().compareTo(b.span()));
    return new Document(id, text.toString(), paragraphs, gold);
  }

  private static void close(Open o, List<Word> words, int last, List<Gold> gold) {
    String type = TYPES.get(o.type());
    if (type == null) {
      return;
    }
    int first = o.firstWord();
    Optional<Word> head = Optional.empty();
    for (int k = first; k <= last; k++) {
      Word w = words.get(k);
      int h = w.head();
      boolean inside = false;
      for (int m = first; m <= last; m++) {
        inside |= words.get(m).id() == h;
      }
      if (!inside) {
        head = Optional.of(w);
        break;
      }
    }
    if (head.isEmpty() || !head.get().upos().equals("PROPN")) {
      return;
    }
    int a = first;
    int b = last;
    while (a < b && words.get(a).upos().equals("DET")) {
      a++;
    }
    while (b > a && (words.get(b).upos().equals("PUNCT") || words.get(b).upos().equals("PART"))) {
      b--;
    }
    gold.add(new Gold(Span.of(words.get(a).start(), words.get(b).end()), type));
  }
}
