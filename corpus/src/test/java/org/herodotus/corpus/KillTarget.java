package org.herodotus.corpus;

import java.nio.file.Path;
import java.util.List;
import org.herodotus.doc.Doc;

/**
 * A process for {@link KillTest} to kill: adds copies of the test articles (each with an id and a
 * text of its own) to the corpus given as argument, committing after every article, forever,
 * printing "committed N" after each commit.
 */
public final class KillTarget {

  private KillTarget() {}

  static Doc copy(Doc d, int n) {
    return new Doc(
        d.id() + "-" + n,
        d.text() + "\n" + n,
        d.metadata(),
        d.paragraphs(),
        d.sentences(),
        d.tokens(),
        d.dependencies(),
        d.mentions(),
        d.entities(),
        d.times(),
        d.notes(),
        d.quotes(),
        d.actors(),
        d.places(),
        d.events(),
        d.attributions());
  }

  public static void main(String[] args) {
    List<Doc> docs = TestDocs.all();
    int start = Integer.parseInt(args[1]);
    try (Corpus corpus = Corpus.open(Path.of(args[0]), 1)) {
      for (int n = start; ; n++) {
        corpus.add(copy(docs.get(n % docs.size()), n));
        System.out.println("committed " + n);
        System.out.flush();
      }
    }
  }
}
