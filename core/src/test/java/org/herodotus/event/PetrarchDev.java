package org.herodotus.event;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.herodotus.doc.Doc;
import org.herodotus.write.DocJson;

/**
 * Developer aid: codes analyzed documents saved as JSON (with tokens and dependencies) with
 * PETRARCH dictionaries from a directory ({@code PETR.Validate.*.txt}), printing events and parse.
 */
final class PetrarchDev {

  private PetrarchDev() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    EventLexicon lexicon =
        EventLexicon.empty().withPetrarchVerbs(dir.resolve("PETR.Validate.verbs.txt"));
    PetrarchActorCodes actors =
        PetrarchActorCodes.load(
            dir.resolve("PETR.Validate.actors.txt"),
            Optional.of(dir.resolve("PETR.Validate.agents.txt")));
    for (int i = 1; i < args.length; i++) {
      Doc doc = DocJson.read(Files.readString(Path.of(args[i])));
      Doc coded = new EventCoder(lexicon, actors, PlaceOf.NONE, false).apply(doc);
      System.out.println("== " + args[i]);
      for (var m : doc.mentions()) {
        System.out.println("  mention " + m.text() + " " + m.type() + " e" + m.entity());
      }
      for (var d : doc.dependencies()) {
        System.out.println(
            "  "
                + d.dependent()
                + " "
                + doc.tokens().get(d.dependent()).text()
                + " <-"
                + d.relation()
                + "- "
                + (d.head() >= 0 ? d.head() + " " + doc.tokens().get(d.head()).text() : "ROOT"));
      }
      System.out.print(EventPrinter.all(coded));
    }
  }
}
