package org.herodotus.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.herodotus.doc.Entity;
import org.herodotus.lexicon.WordLists;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RolesTest {

  private static Entity named(Article a, String name) {
    return a.doc.entities().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void aGovernmentPostTakesTheCountryNamedInItsSentence() {
    Article a = Articles.of(Texts.ROLE);
    Roles.RoleAndAffiliation ra = a.roles.of(named(a, "Hikmet Hajiyev"));
    assertThat(ra.role()).contains("Government spokesman");
    assertThat(ra.affiliation()).contains("Azerbaijan");
  }

  @Test
  void aUsersGovernmentWordsDecideWhatIsAGovernmentPost(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("words"));
    Files.writeString(dir.resolve("words/government-role-words.txt"), "ministry\n");
    Article a = Articles.of(Texts.ROLE, WordLists.withUserDirectory(dir));
    Roles.RoleAndAffiliation ra = a.roles.of(named(a, "Hikmet Hajiyev"));
    assertThat(ra.role()).contains("Government spokesman");
    assertThat(ra.affiliation()).isEmpty();
  }

  @Test
  void aCampaignPostIsNoGovernmentPost(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("words"));
    Files.writeString(dir.resolve("words/campaign-role-words.txt"), "spokesman\n");
    Article a = Articles.of(Texts.ROLE, WordLists.withUserDirectory(dir));
    assertThat(a.roles.of(named(a, "Hikmet Hajiyev")).affiliation()).isEmpty();
  }
}
