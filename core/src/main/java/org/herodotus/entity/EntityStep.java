package org.herodotus.entity;

/** One step of the {@link EntityResolver}: reads the draft and changes it in place. */
interface EntityStep {

  void apply(EntityDraft draft);
}
