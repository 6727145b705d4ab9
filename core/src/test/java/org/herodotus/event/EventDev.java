package org.herodotus.event;

import java.nio.file.Files;
import java.nio.file.Path;
import org.herodotus.doc.Doc;
import org.herodotus.write.DocJson;

/**
 * Developer aid: codes the events of analyzed documents saved as JSON (with tokens and
 * dependencies).
 */
final class EventDev {

  private EventDev() {}

  public static void main(String[] args) throws Exception {
    for (String arg : args) {
      Doc doc = DocJson.read(Files.readString(Path.of(arg)));
      Doc coded = new EventCoder().apply(doc);
      System.out.println("== " + arg);
      System.out.print(EventPrinter.all(coded));
    }
  }
}
