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
 * Reads a tokenised TimeML document as SemEval-2015 Task 4 gives it: {@code <DCT><TIMEX3 value>} and a
 * {@code <TEXT>} of {@code <s id>} sentences whose tokens are separated by spaces, with inline {@code TIMEX3}
 * (and {@code EVENT}) elements around tokens. The SemEval files hold no TIMEX3 in the text, only the DCT.
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
        TextBuilder tb = new TextBuilder();
        List<GoldTimex> timexes = new ArrayList<>();
        NodeList ss = d.getElementsByTagName("s");
        for (int i = 0; i < ss.getLength(); i++) {
            Element s = (Element) ss.item(i);
            walk(s, s.getAttribute("id"), tb, timexes);
        }
        String text = tb.text();
        Map<String, int[]> sentences = tb.sentences();
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
