package org.herodotus.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.herodotus.event.StepFixtures.actor;
import static org.herodotus.event.StepFixtures.draft;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Step 7, {@link DistinctActors}: no actor is its own target. */
class DistinctActorsTest {

  @Test
  void anActorIsNotItsOwnTarget() {
    EventDraft self =
        draft(1, "040", "V meet")
            .withSource(Optional.of(actor(0, 0, "EGY", "nsubj")))
            .withTarget(Optional.of(actor(4, 0, "EGY", "obj")));
    EventDraft d = new DistinctActors().apply(self);
    assertThat(d.source()).isEqualTo(self.source());
    assertThat(d.target()).isEmpty();
  }

  @Test
  void twoActorsStay() {
    EventDraft two =
        draft(1, "040", "V meet")
            .withSource(Optional.of(actor(0, 0, "EGY", "nsubj")))
            .withTarget(Optional.of(actor(2, 1, "SDN", "obj")));
    assertThat(new DistinctActors().apply(two)).isEqualTo(two);
  }
}
