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
import org.w3c.dom.Node;
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

        NodeList tokens = xml.getElementsByTagName("token");
        Map<String, int[]> offsets = new HashMap<>();
        Map<String, Integer> sentenceOf = new HashMap<>();
        Map<String, String> tokenText = new HashMap<>();
        EcbText text = new EcbText();
        StringBuilder url = new StringBuilder();
        String urlSentence = null;
        for (int i = 0; i < tokens.getLength(); i++) {
            Element t = (Element) tokens.item(i);
            String tid = t.getAttribute("t_id");
            String sentence = t.getAttribute("sentence");
            String word = t.getTextContent();
            sentenceOf.put(tid, parseInt(sentence));
            tokenText.put(tid, word);
            if (i == 0 && word.equals("http")) {
                urlSentence = sentence;
            }
            if (sentence.equals(urlSentence)) {
                url.append(word);
                continue;
            }
            offsets.put(tid, text.token(sentence, word));
        }

        Map<String, String> cluster = new HashMap<>();
        NodeList relations = xml.getElementsByTagName("INTRA_DOC_COREF");
        for (int i = 0; i < relations.getLength(); i++) {
            Element r = (Element) relations.item(i);
            for (String m : sources(r)) {
                cluster.put(m, id + "#" + r.getAttribute("r_id"));
            }
        }
        relations = xml.getElementsByTagName("CROSS_DOC_COREF");
        for (int i = 0; i < relations.getLength(); i++) {
            Element r = (Element) relations.item(i);
            for (String m : sources(r)) {
                cluster.put(m, r.getAttribute("note"));
            }
        }

        List<Mention> mentions = new ArrayList<>();
        NodeList markables = xml.getElementsByTagName("Markables");
        if (markables.getLength() > 0) {
            for (Node n = markables.item(0).getFirstChild(); n != null; n = n.getNextSibling()) {
                if (!(n instanceof Element e) || !e.getTagName().startsWith("ACTION_")) {
                    continue;
                }
                NodeList anchors = e.getElementsByTagName("token_anchor");
                if (anchors.getLength() == 0) {
                    continue; // an instance, not a mention
                }
                int start = Integer.MAX_VALUE;
                int end = -1;
                Integer sentence = null;
                StringBuilder words = new StringBuilder();
                for (int k = 0; k < anchors.getLength(); k++) {
                    String tid = ((Element) anchors.item(k)).getAttribute("t_id");
                    int[] o = offsets.get(tid);
                    if (o == null) {
                        continue;
                    }
                    start = Math.min(start, o[0]);
                    end = Math.max(end, o[1]);
                    sentence = sentence == null ? sentenceOf.get(tid) : sentence;
                    words.append(words.length() == 0 ? "" : " ").append(tokenText.get(tid));
                }
                if (end < 0 || sentences != null && !sentences.contains(sentence)) {
                    continue;
                }
                String mid = e.getAttribute("m_id");
                mentions.add(new Mention(id + "/" + mid, start, end, words.toString(),
                        cluster.getOrDefault(mid, id + "/" + mid)));
            }
        }
        return new Doc(id, topic, name, url.toString(), text.text(), mentions);
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
