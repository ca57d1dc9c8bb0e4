package org.parallax.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Reads ECB+ (CROMER/CAT XML) documents as plain article texts for the quote evaluation, grouped by topic (the number
 * before the underscore of the file name: {@code 39_3ecbplus.xml} is topic 39; both sub-topics of a topic make one
 * corpus). Only the tokens are used, joined into newspaper text by {@link EcbText} (the same rebuilding the event
 * evaluation reads); a straight quote mark left on its word ({@code "Being}) is split off first; a first sentence
 * that is a URL
 * (ECB+ documents start with their address) is written without spaces on its own line.
 */
public final class EcbQuoteDocuments {

    /** One document: its topic, id (file name without extension) and rebuilt text. */
    public record Doc(String topic, String id, String file, String text) {
    }

    private EcbQuoteDocuments() {
    }

    /** Every {@code *.xml} under {@code root} whose name starts with a topic number, by topic in number order. */
    public static Map<String, List<Doc>> read(Path root) throws IOException, GoldFormatException {
        Map<String, List<Doc>> byTopic = new TreeMap<>((a, b) -> {
            int c = Integer.compare(a.length(), b.length());
            return c != 0 ? c : a.compareTo(b);
        });
        List<Path> files;
        try (Stream<Path> s = Files.walk(root)) {
            files = s.filter(p -> p.getFileName().toString().matches("\\d+_.*\\.xml")).sorted().toList();
        }
        for (Path f : files) {
            String name = f.getFileName().toString();
            String topic = name.substring(0, name.indexOf('_'));
            String id = name.substring(0, name.length() - ".xml".length());
            byTopic.computeIfAbsent(topic, k -> new ArrayList<>()).add(new Doc(topic, id, name, text(f)));
        }
        return byTopic;
    }

    static String text(Path file) throws GoldFormatException {
        NodeList tokens = XmlFiles.parse(file).getElementsByTagName("token");
        List<String[]> toks = new ArrayList<>();
        for (int i = 0; i < tokens.getLength(); i++) {
            Element t = (Element) tokens.item(i);
            toks.add(new String[] {t.getAttribute("sentence"), t.getTextContent()});
        }
        return text(toks);
    }

    /** @param tokens {sentence, token} in document order */
    static String text(List<String[]> tokens) {
        StringBuilder url = new StringBuilder();
        int from = 0;
        if (!tokens.isEmpty() && tokens.get(0)[1].startsWith("http")) {
            String first = tokens.get(0)[0];
            while (from < tokens.size() && tokens.get(from)[0].equals(first)) {
                url.append(tokens.get(from++)[1]);
            }
        }
        EcbText b = new EcbText();
        for (int i = from; i < tokens.size(); i++) {
            String sentence = tokens.get(i)[0];
            String t = tokens.get(i)[1];
            // ECB+ leaves some quote marks on their word ("Being, said."): split them off
            while (t.length() > 1 && t.startsWith("\"")) {
                b.token(sentence, "\"");
                t = t.substring(1);
            }
            int trailing = 0;
            while (t.length() - trailing > 1 && t.charAt(t.length() - 1 - trailing) == '"') {
                trailing++;
            }
            b.token(sentence, t.substring(0, t.length() - trailing));
            for (int k = 0; k < trailing; k++) {
                b.token(sentence, "\"");
            }
        }
        return url.length() == 0 ? b.text() : url + "\n\n" + b.text();
    }
}
