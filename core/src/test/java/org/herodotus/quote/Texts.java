package org.herodotus.quote;

/** Sentences of our own, one per rule of the quote steps, shared by their tests. */
final class Texts {

  private Texts() {}

  static final String GOVERNS =
      "Talks\n\nThe minister said “the talks are over for now” on Monday.\n";
  static final String SLAMMED =
      "Talks\n\nThe senator slammed the plan as “a disaster for families.”\n";
  static final String VENUE =
      "Talks\n\nThe minister said on “Face the Nation” that the talks would go on.\n";
  static final String INTERRUPTED =
      "Talks\n\n“We will talk to anyone,” the minister said on Monday, “but not at any price.”\n";
  static final String ACCORDING =
      "Talks\n\nThe talks failed on Monday, according to the minister.\n";
  static final String ACCORDING_AFTER =
      "Talks\n\n“We are done with these talks,” according to the minister.\n";
  static final String ATTACHED =
      "Talks\n\nAs the minister explained on Monday, “We will talk to anyone.”\n";
  static final String NEARBY =
      "Talks\n\n“We will talk to anyone,” was how the minister put it, and she said it twice.\n";
  static final String FOLLOWING =
      "Talks\n\nForeign Minister Maria Lopez spoke in Vienna on Monday.\n\n"
          + "“Does anyone still believe in these talks?” Lopez asked. “Nobody does.”\n";
  static final String DASH =
      "Readers respond\n\nWe asked readers what they thought of the debate.\n\n"
          + "“The debate changed nothing for me.” ― Ana Torres\n";
  static final String INVERTED =
      "Tax plans\n\nExperts say the plan would make the code more complicated. Said Ellis:"
          + " “I do not think she is interested in tax reform.”\n";
  static final String COLON =
      "Talks\n\nForeign Minister Maria Lopez told reporters in Vienna:\n\n"
          + "“We will not give up on these talks.”\n";
  static final String COLON_CLAUSE =
      "Talks\n\nMaria Lopez disagreed: “We will not give up on these talks.”\n";
  static final String CONTINUES =
      "Talks\n\n“We will not give up on these talks,” said Maria Lopez, the foreign minister."
          + " “We have come too far.”\n";
  static final String ECHO =
      "Talks\n\nMaria Lopez said the talks were “dead on arrival” in the Senate. Her critics"
          + " mocked the “dead on arrival” line.\n";
  static final String UNCUED =
      "Talks\n\nThe “peace plan” was never more than a slogan.\n\n"
          + "“Nobody here wants another war.”\n";
  static final String COMPLEMENT = "Talks\n\nThe minister said the talks would resume on Monday.\n";
  static final String OBJECT = "Talks\n\nBaku announced an end to its offensive on Wednesday.\n";
  static final String PARENTHETICAL =
      "Talks\n\nThe talks, officials said, had failed after three days.\n";
  static final String TRANSCRIPT =
      "Debate\n\nThe candidates met on Tuesday night.\n\n"
          + "KAINE: We will raise taxes on the rich.\n\n"
          + "PENCE: That is not what you said last week.\n\n"
          + "KAINE: It is exactly what I said.\n";
  static final String HEADLINE =
      "Sanders: Clinton needs to win over young voters\n\n"
          + "Senator Bernie Sanders spoke in Ohio on Monday. Sanders said young voters were key.\n";
  static final String POLL =
      "Poll: Clinton and Trump in dead heat\n\nA new poll shows the race is tied.\n";
  static final String ROLE =
      "Talks\n\nGovernment spokesman Hikmet Hajiyev said Azerbaijan was ready for talks.\n";
  static final String UTTERANCE = "Mexico\n\nMexicans say, “Poor Mexico, so far from God.”\n";
  static final String NICKNAME = "Talks\n\nDel. Marcia “Cia” Price spoke on Monday.\n";
}
