package org.parallax.eval;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Reads a TimeML document in either layout: tokenised as SemEval-2015 Task 4 gives it ({@code <DCT><TIMEX3 value>}
 * and a {@code <TEXT>} of {@code <s id>} sentences whose tokens are separated by spaces, with inline {@code TIMEX3}
 * and {@code EVENT} elements around tokens; these files hold no TIMEX3 in the text, only the DCT), or as TempEval-3
 * {@code .tml} files give it (the running text of {@code <TEXT>} as written, with inline {@code TIMEX3},
 * {@code EVENT} and {@code SIGNAL} elements; no sentences).
 */
final class TimeMlReader {

    private final java.util.function.Function<String, LocalDate> dateOfText;

    TimeMlReader(java.util.function.Function<String, LocalDate> dateOfText) {
        this.dateOfText = dateOfText;
    }

    static boolean looksLike(Document d) {
        return d.getDocumentElement().getTagName().equals("TimeML");
    }

    GoldDocument read(Path file, Document d, java.util.Collection<String> warnings) {
        NodeList ids = d.getElementsByTagName("DOCID");
        String id = ids.getLength() > 0 ? ids.item(0).getTextContent().strip() : file.getFileName().toString();
        LocalDate dct = null;
        String malformed = null;
        NodeList dcts = d.getElementsByTagName("DCT");
        if (dcts.getLength() > 0) {
            NodeList t = ((Element) dcts.item(0)).getElementsByTagName("TIMEX3");
            if (t.getLength() > 0) {
                String v = ((Element) t.item(0)).getAttribute("value");
                try {
                    dct = LocalDate.parse(v.length() >= 10 ? v.substring(0, 10) : v);
                } catch (DateTimeParseException e) {
                    malformed = v;
                }
            }
        }
        List<GoldTimex> timexes = new ArrayList<>();
        NodeList ss = d.getElementsByTagName("s");
        String text;
        Map<String, int[]> sentences;
        if (ss.getLength() > 0) {
            TextBuilder tb = new TextBuilder();
            for (int i = 0; i < ss.getLength(); i++) {
                Element s = (Element) ss.item(i);
                walk(s, s.getAttribute("id"), tb, timexes);
            }
            text = tb.text();
            sentences = tb.sentences();
        } else {
            // TempEval-3: the running text of <TEXT> as it is, TIMEX3 elements inline
            StringBuilder raw = new StringBuilder();
            NodeList texts = d.getElementsByTagName("TEXT");
            if (texts.getLength() > 0) {
                walkRaw(texts.item(0), raw, timexes);
            }
            text = raw.toString();
            sentences = Map.of();
        }
        if (dct == null) {
            // as the app does for an undated article: read the dateline (the sentence under the title)
            int[] dateline = sentences.get("1");
            String words = dateline == null ? "" : text.substring(dateline[0], dateline[1]);
            dct = words.isEmpty() ? null : dateOfText.apply(words);
            warnings.add(file.getFileName() + ": " + (malformed == null ? "no creation time" : "malformed creation time '"
                    + malformed + "'") + (dct == null ? ", left undated" : ", dated " + dct + " from its dateline '" + words + "'"));
        }
        List<GoldTimex> withText = new ArrayList<>();
        for (GoldTimex g : timexes) {
            withText.add(new GoldTimex(g.start(), g.end(), text.substring(g.start(), g.end()), g.type(), g.value(), false));
        }
        return new GoldDocument(id, file.toString(), text, dct, withText, sentences, text.length());
    }

    /** The characters of {@code n} as written, each TIMEX3 inside it a gold mention over its own characters. */
    private static void walkRaw(Node n, StringBuilder out, List<GoldTimex> timexes) {
        for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c.getNodeType() == Node.TEXT_NODE || c.getNodeType() == Node.CDATA_SECTION_NODE) {
                out.append(c.getNodeValue());
            } else if (c instanceof Element e) {
                int start = out.length();
                walkRaw(e, out, timexes);
                if (e.getTagName().equals("TIMEX3") && out.length() > start) {
                    timexes.add(new GoldTimex(start, out.length(), "", e.getAttribute("type"), e.getAttribute("value"),
                            false));
                }
            }
        }
    }

    private static void walk(Node n, String sentence, TextBuilder tb, List<GoldTimex> timexes) {
        for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c.getNodeType() == Node.TEXT_NODE) {
                for (String tok : c.getTextContent().trim().split("\\s+")) {
                    if (!tok.isEmpty()) {
                        tb.token(sentence, tok);
                    }
                }
            } else if (c.getNodeType() == Node.ELEMENT_NODE) {
                Element e = (Element) c;
                if (e.getTagName().equals("TIMEX3")) {
                    int before = tb.length();
                    List<GoldTimex> inner = new ArrayList<>();
                    walk(e, sentence, tb, inner);
                    int end = tb.length();
                    int start = before;
                    if (start < end && before > 0) {
                        start++; // the separator written before the first token
                    }
                    if (end > start) {
                        timexes.add(new GoldTimex(start, end, "", e.getAttribute("type"), e.getAttribute("value"), false));
                    }
                    timexes.addAll(inner);
                } else {
                    walk(e, sentence, tb, timexes);
                }
            }
        }
    }
}
