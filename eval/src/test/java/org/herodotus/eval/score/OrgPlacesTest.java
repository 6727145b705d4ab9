package org.herodotus.eval.score;

import static org.assertj.core.api.Assertions.assertThat;

import org.herodotus.doc.Span;
import org.herodotus.place.Gazetteer;
import org.junit.jupiter.api.Test;

class OrgPlacesTest {

  private final OrgPlaces org = new OrgPlaces(Gazetteer.bundled());

  private String in(String text, String organization) {
    int at = text.indexOf(organization);
    return org.in(text, Span.of(at, at + organization.length()))
        .map(s -> s.slice(text))
        .orElse("-");
  }

  @Test
  void aWholeNameOrItsLeadingPlaceName() {
    assertThat(in("Russia said no.", "Russia")).isEqualTo("Russia");
    assertThat(in("The EU said no.", "EU")).isEqualTo("EU");
    assertThat(in("The Pakistan Army moved.", "Pakistan Army")).isEqualTo("Pakistan");
    assertThat(in("She studies at New South Wales Institute.", "New South Wales Institute"))
        .isEqualTo("New South Wales");
    assertThat(in("He joined Cambridge Analytica.", "Cambridge Analytica")).isEqualTo("-");
    assertThat(in("He joined Acme Corp.", "Acme Corp")).isEqualTo("-");
  }
}
