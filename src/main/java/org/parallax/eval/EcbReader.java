package org.parallax.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Reads ECB+ (CROMER/CAT XML): each document's tokens, its event mentions ({@code ACTION_*} markables anchored to
 * tokens) and their gold clusters. A mention's cluster is the {@code note} (instance id) of the
 * {@code CROSS_DOC_COREF} relation it is a source of; else its {@code INTRA_DOC_COREF} chain (within its document);
 * else it is a singleton. Only mentions in the sentences {@code ECBplus_coreference_sentences.csv} lists are kept
 * (all sentences when the folder has no such file), as ECB+ was annotated only there.
 *
 * <p>The text is rebuilt from the tokens with {@link EcbText} (punctuation touching its word, a line per sentence);
 * a first sentence that is the source URL ({@code http : / / ...}) is left out of the text and glued back into the
 * document's URL, which the app reads dates from.
 */
public final class EcbReader {

    public static final String SENTENCES_FILE = "ECBplus_coreference_sentences.csv";

    /** A gold event mention: its characters in the rebuilt text, its head words and its gold cluster. */
    public record Mention(String id, int start, int end, String words, String cluster) {
    }

    /** One ECB+ document as an article text with its gold event mentions. */
    public record Doc(String id, String topic, String file, String url, String text, List<Mention> mentions) {
    }

    public record Result(List<Doc> documents, List<String> warnings) {
    }

    public Result read(Path root) throws IOException {
        Map<String, Set<Integer>> annotated = annotatedSentences(root);
        List<Path> files;
        try (Stream<Path> s = Files.walk(root)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".xml")).sorted().toList();
        }
        List<Doc> docs = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (Path f : files) {
            try {
                docs.add(readDocument(f, annotated));
            } catch (GoldFormatException | RuntimeException e) {
                warnings.add(f + ": " + e.getMessage());
            }
        }
        return new Result(docs, warnings);
    }

    /** "36_1ecbplus" → its annotated sentence numbers; empty map when there is no sentence file (all count). */
    static Map<String, Set<Integer>> annotatedSentences(Path root) throws IOException {
        Path csv = root.resolve(SENTENCES_FILE);
        Map<String, Set<Integer>> out = new HashMap<>();
        if (!Files.isRegularFile(csv)) {
            return out;
        }
        for (String line : Files.readAllLines(csv, StandardCharsets.UTF_8)) {
            String[] f = line.split(",");
            if (f.length < 3 || !f[0].strip().matches("\\d+")) {
                continue;
            }
            out.computeIfAbsent(f[0].strip() + "_" + f[1].strip(), k -> new HashSet<>())
                    .add(Integer.parseInt(f[2].strip()));
        }
        return out;
    }

    Doc readDocument(Path file, Map<String, Set<Integer>> annotated) throws IOException, GoldFormatException {
        Document xml = XmlFiles.parse(file);
        String name = file.getFileName().toString();
        String id = name.replaceFirst("\\.xml$", "");
        String topic = id.contains("_") ? id.substring(0, id.indexOf('_')) : id;
        Set<Integer> sentences = annotated.isEmpty() ? null : annotated.getOrDefault(id, Set.of());
        Tokens tokens = Tokens.read(xml);
        Map<String, String> cluster = clusters(xml, id);
        List<Mention> mentions = new ArrayList<>();
        for (Element e : XmlFiles.markables(xml)) {
            if (e.getTagName().startsWith("ACTION_")) {
                Mention m = mention(e, id, tokens, sentences, cluster);
                if (m != null) {
                    mentions.add(m);
                }
            }
        }
        return new Doc(id, topic, name, tokens.url.toString(), tokens.text.text(), mentions);
    }

    /** A document's tokens rebuilt into text, and a leading source-URL sentence glued back into a URL. */
    private static final class Tokens {
        final Map<String, int[]> offsets = new HashMap<>();
        final Map<String, Integer> sentenceOf = new HashMap<>();
        final Map<String, String> words = new HashMap<>();
        final EcbText text = new EcbText();
        final StringBuilder url = new StringBuilder();

        static Tokens read(Document xml) {
            Tokens out = new Tokens();
            NodeList tokens = xml.getElementsByTagName("token");
            String urlSentence = null;
            for (int i = 0; i < tokens.getLength(); i++) {
                Element t = (Element) tokens.item(i);
                String tid = t.getAttribute("t_id");
                String sentence = t.getAttribute("sentence");
                String word = t.getTextContent();
                out.sentenceOf.put(tid, parseInt(sentence));
                out.words.put(tid, word);
                if (i == 0 && word.equals("http")) {
                    urlSentence = sentence;
                }
                if (sentence.equals(urlSentence)) {
                    out.url.append(word);
                    continue;
                }
                out.offsets.put(tid, out.text.token(sentence, word));
            }
            return out;
        }
    }

    /** Markable id → gold cluster: its cross-document instance, else its chain within the document. */
    private static Map<String, String> clusters(Document xml, String id) {
        Map<String, String> cluster = new HashMap<>();
        for (Element r : XmlFiles.elements(xml, "INTRA_DOC_COREF")) {
            for (String m : sources(r)) {
                cluster.put(m, id + "#" + r.getAttribute("r_id"));
            }
        }
        for (Element r : XmlFiles.elements(xml, "CROSS_DOC_COREF")) {
            for (String m : sources(r)) {
                cluster.put(m, r.getAttribute("note"));
            }
        }
        return cluster;
    }

    /**
     * The mention an {@code ACTION_*} markable anchors; null for an instance (no anchors), for anchors outside the
     * text, or for a sentence that was not annotated.
     */
    private static Mention mention(Element e, String id, Tokens tokens, Set<Integer> sentences,
                                   Map<String, String> cluster) {
        NodeList anchors = e.getElementsByTagName("token_anchor");
        int start = Integer.MAX_VALUE;
        int end = -1;
        Integer sentence = null;
        StringBuilder words = new StringBuilder();
        for (int k = 0; k < anchors.getLength(); k++) {
            String tid = ((Element) anchors.item(k)).getAttribute("t_id");
            int[] o = tokens.offsets.get(tid);
            if (o == null) {
                continue;
            }
            start = Math.min(start, o[0]);
            end = Math.max(end, o[1]);
            sentence = sentence == null ? tokens.sentenceOf.get(tid) : sentence;
            words.append(words.length() == 0 ? "" : " ").append(tokens.words.get(tid));
        }
        if (end < 0 || sentences != null && !sentences.contains(sentence)) {
            return null;
        }
        String mid = e.getAttribute("m_id");
        return new Mention(id + "/" + mid, start, end, words.toString(), cluster.getOrDefault(mid, id + "/" + mid));
    }

    private static List<String> sources(Element relation) {
        List<String> out = new ArrayList<>();
        NodeList s = relation.getElementsByTagName("source");
        for (int i = 0; i < s.getLength(); i++) {
            out.add(((Element) s.item(i)).getAttribute("m_id"));
        }
        return out;
    }

    private static int parseInt(String s) {
        try {
            return Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Topic → its documents, in order. */
    static Map<String, List<Doc>> byTopic(List<Doc> docs) {
        Map<String, List<Doc>> out = new LinkedHashMap<>();
        for (Doc d : docs) {
            out.computeIfAbsent(d.topic(), k -> new ArrayList<>()).add(d);
        }
        return out;
    }
}
