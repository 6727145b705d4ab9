package org.herodotus.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.herodotus.doc.Quote;
import org.herodotus.doc.Speaker;
import org.junit.jupiter.api.Test;

class EchoesTest {

  @Test
  void aFragmentRepeatingAnEarlierQuoteEchoesIt() {
    Article a = Articles.of(Texts.ECHO);
    List<Draft> quotes = MarkedQuotes.find(a, m -> false);
    assertThat(quotes).hasSize(2);
    Draft echo = quotes.get(1);
    assertThat(echo.kind()).isEqualTo(Quote.Kind.ECHO);
    assertThat(echo.echoOf()).contains(0);
    assertThat(echo.speaker().map(Speaker::name)).contains("Maria Lopez");
    assertThat(echo.rule()).isEqualTo("echo of an earlier quote");
    assertThat(echo.cue()).isEmpty();
  }

  @Test
  void aFragmentRepeatingNothingIsNoEcho() {
    Article a = Articles.of(Texts.UNCUED);
    QuotedWords q = Articles.quoted(a, "peace plan");
    assertThat(Echoes.find(a, q, q.draft(), List.of())).isEmpty();
  }
}
