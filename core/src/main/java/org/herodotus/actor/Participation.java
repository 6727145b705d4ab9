package org.herodotus.actor;

/**
 * How a mention of a state or capital takes part in its clause, as {@link Participations} reads it.
 *
 * @param role what it is there
 * @param token the token that shows it (the verb, the preposition), -1 when none
 * @param why the role in words, as the actor's rule ends ("subject of 'said'"), empty when none
 */
record Participation(Role role, int token, String why) {

  /** What a mention of a state or capital is in its clause. */
  enum Role {
    /**
     * it acts: subject of a verb or predicate adjective, agent of a passive, possessor of an act
     */
    AGENT,
    /** it is a party to a relation ("ties with Yerevan") */
    PARTNER,
    /** it is where something is or happens ("in Baku") */
    PLACE,
    OTHER
  }

  static final Participation NONE = new Participation(Role.OTHER, -1, "");
}
