package org.herodotus.entity;

import org.herodotus.doc.Mention;
import org.herodotus.doc.Span;
import org.jspecify.annotations.Nullable;

/**
 * A mention while the entities are being worked out: where it is, what it is, which group of
 * mentions (a future entity) it belongs to, the name inside it and its head token. The steps of the
 * {@link EntityResolver} change these fields in place, through the {@link EntityDraft} that holds
 * the mentions.
 */
final class DraftMention {
  /** The text of the mention. */
  Span span;

  /** The named-entity type of a name (PERSON, GPE ...), empty for descriptions and pronouns. */
  String type;

  Mention.Kind kind;

  /** The group it belongs to, as the {@link EntityDraft} joins groups. */
  int group;

  /** The name inside the mention ("Hajiyev" in "advisor Hikmet Hajiyev"), null when none. */
  @Nullable Span name;

  /** The head token, -1 when it has none (a photo credit). */
  int head;

  DraftMention(Span span, String type, Mention.Kind kind, int group) {
    this.span = span;
    this.type = type;
    this.kind = kind;
    this.group = group;
    this.name = kind == Mention.Kind.NAME && !type.isEmpty() ? span : null;
  }

  @Override
  public String toString() {
    return span + " " + kind + " " + type + " group " + group;
  }
}
