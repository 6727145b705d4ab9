package org.herodotus.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.herodotus.doc.Quote;
import org.junit.jupiter.api.Test;

/** The chain for quotes in quote marks: which step decides, in order. */
class MarkedQuotesTest {

  private static Draft only(String text) {
    Article a = Articles.of(text);
    List<Draft> found = MarkedQuotes.find(a, m -> false);
    assertThat(found).hasSize(1);
    return found.get(0);
  }

  @Test
  void eachStepGivesItsRule() {
    assertThat(only(Texts.GOVERNS).rule()).isEqualTo("cue verb governs the quote");
    assertThat(only(Texts.ACCORDING_AFTER).rule()).isEqualTo("according to");
    assertThat(only(Texts.ATTACHED).rule()).isEqualTo("cue verb attached to the quote");
    assertThat(only(Texts.NEARBY).rule()).isEqualTo("cue verb in the quote's sentence");
    assertThat(only(Texts.DASH).rule()).isEqualTo("signed with a dash and a name");
    assertThat(only(Texts.INVERTED).rule()).isEqualTo("inverted speech verb opening the sentence");
    assertThat(only(Texts.COLON).rule()).isEqualTo("cue in the sentence before, ending in a colon");
  }

  @Test
  void anInterruptingCueMakesBothPartsStatements() {
    Article a = Articles.of(Texts.INTERRUPTED);
    List<Draft> found = MarkedQuotes.find(a, m -> false);
    assertThat(found).extracting(Draft::kind).containsExactly(Quote.Kind.DIRECT, Quote.Kind.DIRECT);
    assertThat(found).extracting(Draft::rule).containsOnly("cue verb interrupting the quote");
  }

  @Test
  void aFragmentWithACueThatIsAWholeUtteranceIsAStatement() {
    Draft d = only(Texts.UTTERANCE);
    assertThat(d.kind()).isEqualTo(Quote.Kind.DIRECT);
    assertThat(d.rule()).isEqualTo("cue verb governs the quote");
  }

  @Test
  void skippedMarksAndNicknamesGiveNoQuote() {
    Article a = Articles.of(Texts.GOVERNS);
    assertThat(MarkedQuotes.find(a, m -> true)).isEmpty();
    assertThat(MarkedQuotes.find(Articles.of(Texts.NICKNAME), m -> false)).isEmpty();
  }

  @Test
  void uncuedQuotes() {
    Article a = Articles.of(Texts.UNCUED);
    assertThat(MarkedQuotes.find(a, m -> false))
        .extracting(Draft::rule)
        .containsExactly("quote marks, no cue", "goes on from the fragment before it");
  }
}
