package org.herodotus.event;

import org.herodotus.AnalyzedSeed;
import org.herodotus.doc.Doc;
import org.junit.jupiter.api.Test;

class SeedEventsTest {

  @Test
  void printsTheSeedEvents() {
    Doc doc = AnalyzedSeed.doc();
    System.out.println(EventPrinter.all(doc));
  }
}
