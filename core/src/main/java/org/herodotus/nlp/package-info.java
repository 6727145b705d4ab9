/**
 * The NLP engine (Stanford CoreNLP), converted into Herodotus records once, here: no other package
 * imports edu.stanford.
 */
@NullMarked
package org.herodotus.nlp;

import org.jspecify.annotations.NullMarked;
