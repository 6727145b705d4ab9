package org.herodotus.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActorLexiconTest {

  private final ActorLexicon lexicon = ActorLexicon.bundled();

  @Test
  void countriesDemonymsRolesAndGroups() {
    assertThat(lexicon.country("Azerbaijan")).contains("AZE");
    assertThat(lexicon.countryOfIso2("AM")).contains("ARM");
    assertThat(lexicon.demonym("Azerbaijani")).contains("AZE");
    assertThat(lexicon.demonym("Armenians")).contains("ARM");
    assertThat(lexicon.demonym("Russian")).contains("RUS");
    assertThat(lexicon.roleNoun("peacekeeper").map(ActorLexicon.RoleType::type)).contains("MIL");
    assertThat(lexicon.roleNoun("side")).contains(new ActorLexicon.RoleType("GOV", true));
    assertThat(lexicon.roleAdjective("presidential")).contains("GOV");
    assertThat(lexicon.knownGroup("the UN Security Council")).contains("IGOUNO");
    assertThat(lexicon.knownGroup("U.N.")).contains("IGOUNO");
    assertThat(lexicon.knownGroup("NATO")).contains("IGONAT");
    assertThat(lexicon.knownGroup("Getty")).isEmpty();
  }

  @Test
  void everyCountryHasADemonym() {
    for (String[] row : TsvResource.rows("/org/herodotus/lexicon/countries.tsv")) {
      String cameo = row[1];
      assertThat(
              TsvResource.rows("/org/herodotus/lexicon/demonyms.tsv").stream()
                  .anyMatch(d -> d[1].equals(cameo)))
          .as("demonym for %s", row[2])
          .isTrue();
    }
  }

  @Test
  void readsCodesBlockByBlock() {
    assertThat(lexicon.parse("AZEGOV"))
        .isEqualTo(new ActorLexicon.CodeParts("AZE", List.of("GOV"), Optional.empty()));
    assertThat(lexicon.parse("IGOUNO"))
        .isEqualTo(new ActorLexicon.CodeParts("", List.of("IGO"), Optional.of("UNO")));
    assertThat(lexicon.parse("PSEREBHMS"))
        .isEqualTo(new ActorLexicon.CodeParts("PSE", List.of("REB"), Optional.of("HMS")));
    assertThat(lexicon.parse("RUS"))
        .isEqualTo(new ActorLexicon.CodeParts("RUS", List.of(), Optional.empty()));
  }

  @Test
  void aUserDirectoryAddsAndOverridesRowsAndReadsActorDictionaries(@TempDir Path dir)
      throws IOException {
    Files.writeString(dir.resolve("known-groups.tsv"), "Getty\tMNCUSAMED\nNATO\tIGONATXXX\n");
    Files.writeString(dir.resolve("demonyms.tsv"), "Karabakhi\tARM\tadjective\n");
    Files.writeString(dir.resolve("my.actors"), "HIKMET_HAJIYEV [AZEGOV]\n");
    ActorLexicon user = ActorLexicon.withUserDirectory(dir);
    assertThat(user.knownGroup("Getty")).contains("MNCUSAMED");
    assertThat(user.knownGroup("NATO")).contains("IGONATXXX");
    assertThat(user.knownGroup("United Nations")).contains("IGOUNO");
    assertThat(user.demonym("Karabakhi")).contains("ARM");
    assertThat(user.dictionaryEntry("Hikmet Hajiyev")).isPresent();
    assertThat(user.hasDictionary()).isTrue();
    assertThat(lexicon.hasDictionary()).isFalse();
    assertThatThrownBy(() -> ActorLexicon.withUserDirectory(dir.resolve("missing")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("lexicon directory not found");
  }
}
