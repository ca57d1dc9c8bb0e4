/**
 * Scoring extraction against gold corpora as they are on disk ({@code parallax eval timex DIR}, {@code parallax eval
 * speakers DIR}): MEANTIME XML and TimeML readers that rebuild each text from its tokens, a TempEval-3 style scorer
 * with error categories, a speaker scorer on MEANTIME's speech events ({@link org.parallax.eval.SpeakerScore}
 * says what it counts), and for
 * SemEval-2015 Task 4 (no TIMEX3 in the text) a check of the gold timelines' dates against the timexes of each
 * event's sentence. Produces text; only {@code app} commands print it.
 */
package org.parallax.eval;
