package org.parallax.eval;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Reads a MEANTIME (CAT/NAF-like) document: {@code <token t_id sentence>} elements are joined into the text;
 * {@code TIMEX3} markables with {@code token_anchor} children become gold mentions; the one whose
 * {@code functionInDocument} is {@code CREATION_TIME} gives the creation time. Markables without anchors
 * (MEANTIME's "empty" timexes) are not mentions of the text and are left out. The tokeniser's {@code `` ''} become
 * “ ” (see {@link TextBuilder}), as the app would find them in an article.
 *
 * <p>Speech events: every anchored {@code EVENT_MENTION} that {@code REFERS_TO} an {@code EVENT} of class
 * {@code SPEECH_COGNITIVE} is a {@link GoldSpeech}; its speaker is its {@code HAS_PARTICIPANT} of
 * {@code sem_role="Arg0"} whose target is an {@code ENTITY_MENTION}, and the {@code ENTITY} that mention
 * {@code REFERS_TO} gives the speaker's type and names.
 */
final class MeantimeReader {

    /**
     * MEANTIME annotates temporal expressions (like entities and events within a document) in the title
     * (sentence 0) and the first five sentences of the body (1 to 5, the dateline being sentence 1); no TIMEX3 of
     * the corpus stands later. Mentions the app finds further on are neither right nor wrong: they are not scored.
     */
    static final int LAST_ANNOTATED_SENTENCE = 5;

    /** Reads the DCT's own words when its value is malformed ("03-02-2009" on "February 03 , 2009"). */
    private final Function<String, LocalDate> dateOfText;

    MeantimeReader(Function<String, LocalDate> dateOfText) {
        this.dateOfText = dateOfText;
    }

    static boolean looksLike(Document d) {
        return d.getDocumentElement().getTagName().equals("Document")
                && d.getElementsByTagName("token").getLength() > 0;
    }

    GoldDocument read(Path file, Document d, java.util.Collection<String> warnings) {
        Element root = d.getDocumentElement();
        String id = root.getAttribute("doc_id").isEmpty() ? file.getFileName().toString() : root.getAttribute("doc_id");
        TextBuilder tb = new TextBuilder(true);
        Map<String, int[]> tokens = new HashMap<>();
        Map<String, String> tokenSentence = new HashMap<>();
        NodeList ts = d.getElementsByTagName("token");
        for (int i = 0; i < ts.getLength(); i++) {
            Element t = (Element) ts.item(i);
            tokens.put(t.getAttribute("t_id"), tb.token(t.getAttribute("sentence"), t.getTextContent()));
            tokenSentence.put(t.getAttribute("t_id"), t.getAttribute("sentence"));
        }
        String text = tb.text();
        List<GoldTimex> timexes = new ArrayList<>();
        LocalDate dct = null;
        NodeList xs = d.getElementsByTagName("TIMEX3");
        for (int i = 0; i < xs.getLength(); i++) {
            Element x = (Element) xs.item(i);
            boolean creation = "CREATION_TIME".equals(x.getAttribute("functionInDocument"));
            int[] at = span(x, tokens);
            String words = at == null ? "" : text.substring(at[0], at[1]);
            String value = x.getAttribute("value");
            if (creation) {
                dct = parseDct(value, words, file, warnings);
            }
            if (at != null) {
                timexes.add(new GoldTimex(at[0], at[1], words, x.getAttribute("type"), value, creation));
            }
        }
        Map<String, int[]> sentences = tb.sentences();
        if (dct == null) {
            // As the app does for an article without a manifest date: read the dateline under the title.
            int[] dateline = sentences.get("1");
            LocalDate fromText = dateline == null ? null : dateOfText.apply(text.substring(dateline[0], dateline[1]));
            warnings.add(file.getFileName() + ": no document creation time"
                    + (fromText == null ? "; relative expressions cannot be anchored"
                    : "; dated " + fromText + " from its dateline '" + text.substring(dateline[0], dateline[1]) + "'"));
            dct = fromText;
        }
        timexes.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(a.end(), b.end()));
        int annotatedEnd = 0;
        for (Map.Entry<String, int[]> e : sentences.entrySet()) {
            try {
                if (Integer.parseInt(e.getKey()) <= LAST_ANNOTATED_SENTENCE) {
                    annotatedEnd = Math.max(annotatedEnd, e.getValue()[1]);
                }
            } catch (NumberFormatException ignored) {
                annotatedEnd = text.length();
            }
        }
        return new GoldDocument(id, file.toString(), text, dct, timexes, sentences, annotatedEnd,
                MeantimeSpeeches.read(d, tokens, tokenSentence, text));
    }

    /** {@code [start, end)} of the tokens an element anchors, null when it anchors none. */
    static int[] span(Element e, Map<String, int[]> tokens) {
        NodeList anchors = e.getElementsByTagName("token_anchor");
        int start = Integer.MAX_VALUE;
        int end = -1;
        for (int k = 0; k < anchors.getLength(); k++) {
            int[] off = tokens.get(((Element) anchors.item(k)).getAttribute("t_id"));
            if (off != null) {
                start = Math.min(start, off[0]);
                end = Math.max(end, off[1]);
            }
        }
        return end > start ? new int[] {start, end} : null;
    }

    private LocalDate parseDct(String value, String words, Path file, java.util.Collection<String> warnings) {
        try {
            return LocalDate.parse(value.length() >= 10 ? value.substring(0, 10) : value);
        } catch (DateTimeParseException e) {
            LocalDate fromWords = words.isEmpty() ? null : dateOfText.apply(words);
            warnings.add(file.getFileName() + ": malformed creation time '" + value + "'"
                    + (fromWords == null ? ", left undated" : ", read from its words '" + words + "' as " + fromWords));
            return fromWords;
        }
    }
}
