/**
 * Quotes and speakers: {@link org.parallax.extract.quote.QuoteExtractor#extract(org.parallax.model.Corpus)}.
 *
 * <h2>Kinds</h2>
 * <ul>
 *   <li><b>direct</b>: quoted words that stand as a sentence or clause of their own: the opening mark starts
 *       the sentence, or follows a colon or dash, or a comma after an attribution or before a capital
 *       ("Assad told Putin, “First of all ...").</li>
 *   <li><b>partial</b>: quoted words inside a sentence of somebody else's making ("hailing the Syrian people
 *       for standing up to the militants “almost on their own”"). The sentence must hold a speech cue (a cue
 *       verb, an evaluative verb such as "praised", a participle such as "hailing", "according to"); the
 *       speaker is the one of the reported speech the quote sits in, else of the nearest cue before it, else
 *       after it ("Mr Assad was “ready to work ...”, the Russian President claimed").</li>
 *   <li><b>indirect</b>: reported content without marks, the span being the content: "X said (that) ...",
 *       "X told Y that ...", "X was quoted as saying ...", "According to X, ...", "..., according to X",
 *       "..., X said on Wednesday.", "..., adding that ...". Content that starts with a quotation mark is
 *       left to the quote itself. Nothing is looked for inside quoted words.</li>
 * </ul>
 *
 * <h2>Scare quotes</h2>
 * Quoted words inside a sentence are a scare quote, and no quote of anybody, when they are one or two words
 * (“terrorist” groups), or follow "so-called", "dubbed", "called", "the term" and the like
 * ({@code scare-markers.txt}), or stand in a sentence without any speech cue (a title, a term). A direct
 * quote is never a scare quote, however short (“Never,” he said).
 *
 * <h2>Quotes over several paragraphs</h2>
 * One {@link org.parallax.model.Quote} per paragraph, all of the same speaker and kind, with consecutive
 * ids: a span never holds a paragraph break or a mark that is not part of the words, so {@code text} is
 * always exactly the span's characters. A quote goes on into the next paragraph when that paragraph opens
 * with a quotation mark (the English convention), or when one of the next three paragraphs holds a closing
 * mark that closes nothing and the paragraphs up to it hold no mark at all (a quote opened in one paragraph
 * and closed in a later one). Otherwise an unclosed quote ends with its paragraph.
 *
 * <h2>Speakers</h2>
 * From cue verbs after the quote ("...,” Assad told Putin", "...,” said Peskov", "...,” was Putin’s
 * message") or before it ("Assad told Putin, “", "In turn Assad said: “"), titles and appositions ("Kremlin
 * spokesman Dmitry Peskov", "Sir Tony Brenton, the former British ambassador to Russia, says", "The former
 * governor, Jonas Berg, said"); honorifics are never part of a name. Names, surnames and roles resolve
 * across the corpus to the fullest form of the person ({@code PersonRegistry}); "he"/"she" to the last
 * speaker or person subject of the article whose gender (from honorifics) fits. A direct quote without
 * attribution right after another in the same paragraph continues it (“A,” he said. “B.”). All word
 * lists are data files beside these classes; no rule names a particular person.
 */
package org.parallax.extract.quote;
