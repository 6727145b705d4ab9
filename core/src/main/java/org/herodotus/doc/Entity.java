package org.herodotus.doc;

import java.util.List;

/**
 * Something the article talks about, with all the mentions that refer to it (indexes into {@link
 * Doc#mentions()}, in textual order) and a canonical name taken from its most informative name
 * mention.
 */
public record Entity(int id, String name, String type, List<Integer> mentions) {
  public Entity {
    mentions = List.copyOf(mentions);
  }
}
