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
 *       "X told Y that ...", "X said on Wednesday that ...", "X announced plans to ..." (a noun phrase after
 *       "announced", "reported", "unveiled", "confirmed" ...; not a short one that points back: "announced the
 *       plan"), "X promised to ...", "X asked them to ...", "X was quoted as saying ...", "According to X, ...",
 *       "..., according to X", "..., X said on Wednesday.", "..., adding that ...", and reported thought ("X expects
 *       to ...", "analysts think that ..."). A cue that is denied ("did not say") or passive ("was expected to") reports
 *       nothing. Speech inside reported speech is a quote of its own ("X stated that he expected ..."). Content that
 *       starts with a quotation mark is left to the quote itself. A headline's reported speech ("GM reports losses")
 *       counts only when the body gives the same speaker speech.</li>
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
 * with a quotation mark and the chain is closed later (the English convention), or when one of the next three
 * paragraphs, within 2,000 characters, holds a closing mark that closes nothing and the paragraphs up to it hold
 * no mark at all. Otherwise an unclosed quote ends with its paragraph, and past 600 characters with its first
 * sentence. Marks are repaired by where they stand, not by their glyph: a double mark after the quoted words' comma
 * or full stop closes them ({@code "We know..., “Howell said}), and mixed double marks close each other. A
 * paragraph that is a quote without attribution, right after a paragraph quoting someone, continues that speaker.
 * Titles in marks (“Meet the Press”: short, every longer word capitalised, no punctuation) are no quotes.
 *
 * <h2>Speakers</h2>
 * From cue verbs after the quote ("...,” Assad told Putin", "...,” said Peskov", "...,” was Putin’s
 * message", "...,” Detik.com quoted Djamal as saying" → Djamal) or before it ("Assad told Putin, “", "In turn
 * Assad said: “", "Howell: “"), in the next sentence when the quote ended with "!" or "?" ("“... wall!” Mr. X told
 * CNBC"), titles and appositions ("Kremlin spokesman Dmitry Peskov", "Sir Tony Brenton, the former British
 * ambassador to Russia, says", "The former governor, Jonas Berg, said", "the White House press secretary, Jane
 * Roe, told", "said the firm's chief executive, Alan Mulally"); honorifics and abbreviated titles ("Sen.") are
 * never part of a name. Speakers are people or named bodies: "the company", "the airline", "it" mean the body the
 * article last spoke of (one named earlier in the same sentence first, then one the corpus describes with that
 * noun: "NPD Group, a market research firm" ... "the firm"), "the statement" whoever spoke last; a place, a party
 * code ("R-Iowa"), a date or the article's own outlet is never a speaker. Names, surnames and roles resolve across
 * the corpus to the fullest form of the person ({@code PersonRegistry}), across accents and case, and over a one-
 * letter typo when the corpus spells the name the other way more often; "he"/"she" to the last speaker or person
 * subject of the article whose gender (from honorifics) fits. A direct quote without attribution right after
 * another in the same paragraph continues it (“A,” he said. “B.”). All word lists are data files beside these
 * classes; no rule names a particular person.
 *
 * <p>Each quote keeps why its speaker was chosen ({@link org.parallax.model.SpeakerFrom}): {@code cue} for a name as
 * the attribution writes it, {@code apposition} when a title or an apposition describes it, {@code alias} for a
 * surname, another spelling, a role or "the company" joined to a name given elsewhere, {@code pronoun} for "he",
 * "it" or "the statement", {@code continuation} for a quote that continues the previous one.
 */
package org.parallax.extract.quote;
