package org.parallax.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The speech events of one MEANTIME document (see {@link MeantimeReader}): the markables by id and the
 * {@code REFERS_TO} and {@code HAS_PARTICIPANT} (Arg0) relations between them, read once, then each anchored
 * {@code EVENT_MENTION} of a {@code SPEECH_COGNITIVE} event with its speaker's mention, entity and names.
 */
final class MeantimeSpeeches {

    private final Map<String, int[]> tokens;
    private final Map<String, String> tokenSentence;
    private final String text;
    private final Map<String, Element> markables = new HashMap<>();
    private final Map<String, List<String>> refersTo = new HashMap<>();
    private final Map<String, List<String>> referredBy = new HashMap<>();
    private final Map<String, List<String>> arg0 = new HashMap<>();

    private MeantimeSpeeches(Map<String, int[]> tokens, Map<String, String> tokenSentence, String text) {
        this.tokens = tokens;
        this.tokenSentence = tokenSentence;
        this.text = text;
    }

    /** The speech events of {@code d}, in text order. */
    static List<GoldSpeech> read(Document d, Map<String, int[]> tokens, Map<String, String> tokenSentence,
                                 String text) {
        MeantimeSpeeches s = new MeantimeSpeeches(tokens, tokenSentence, text);
        s.readRelations(d);
        List<GoldSpeech> out = new ArrayList<>();
        for (Element ev : XmlFiles.elements(d, "EVENT_MENTION")) {
            int[] span = MeantimeReader.span(ev, tokens);
            if (span != null && s.isSpeech(ev)) {
                out.add(s.speech(ev, span));
            }
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    /** The markables by id (an anchored one wins over an unanchored one of the same id) and the relations. */
    private void readRelations(Document d) {
        for (Element e : XmlFiles.markables(d)) {
            if (!e.getAttribute("m_id").isEmpty()) {
                Element old = markables.get(e.getAttribute("m_id"));
                if (old == null || old.getElementsByTagName("token_anchor").getLength() == 0) {
                    markables.put(e.getAttribute("m_id"), e);
                }
            }
        }
        for (Element r : XmlFiles.elements(d, "REFERS_TO")) {
            String target = firstId(r, "target");
            for (Element src : children(r, "source")) {
                refersTo.computeIfAbsent(src.getAttribute("m_id"), k -> new ArrayList<>()).add(target);
                referredBy.computeIfAbsent(target, k -> new ArrayList<>()).add(src.getAttribute("m_id"));
            }
        }
        for (Element r : XmlFiles.elements(d, "HAS_PARTICIPANT")) {
            if ("Arg0".equals(r.getAttribute("sem_role"))) {
                arg0.computeIfAbsent(firstId(r, "source"), k -> new ArrayList<>()).add(firstId(r, "target"));
            }
        }
    }

    private boolean isSpeech(Element ev) {
        return refersTo.getOrDefault(ev.getAttribute("m_id"), List.of()).stream()
                .map(markables::get)
                .anyMatch(i -> i != null && "SPEECH_COGNITIVE".equals(i.getAttribute("class")));
    }

    /** The speech event {@code ev} at {@code span}, with what its annotation says of its speaker. */
    private GoldSpeech speech(Element ev, int[] span) {
        String sentence = tokenSentence.getOrDefault(
                ((Element) ev.getElementsByTagName("token_anchor").item(0)).getAttribute("t_id"), "");
        String cue = text.substring(span[0], span[1]);
        Element[] speaker = speaker(ev);
        Element mention = speaker[0];
        Element entity = speaker[1];
        if (mention == null) {
            return new GoldSpeech(span[0], span[1], cue, sentence, null, "", null, null, false, List.of());
        }
        int[] ms = MeantimeReader.span(mention, tokens);
        String mentionText = text.substring(ms[0], ms[1]);
        if (entity == null) {
            return new GoldSpeech(span[0], span[1], cue, sentence, mentionText,
                    mention.getAttribute("syntactic_type"), null, null, false, List.of());
        }
        List<String> forms = new ArrayList<>();
        String descriptor = entity.getAttribute("TAG_DESCRIPTOR").strip();
        if (!descriptor.isEmpty()) {
            forms.add(descriptor);
        }
        boolean named = addNames(entity, forms);
        return new GoldSpeech(span[0], span[1], cue, sentence, mentionText, mention.getAttribute("syntactic_type"),
                descriptor, entity.getAttribute("ent_type"), named, forms);
    }

    /**
     * {mention, entity} of the speaker of {@code ev}: its first anchored Arg0 entity mention, or a later one when
     * only the later refers to an entity; nulls when it has none.
     */
    private Element[] speaker(Element ev) {
        Element mention = null;
        Element entity = null;
        for (String a : arg0.getOrDefault(ev.getAttribute("m_id"), List.of())) {
            Element m = markables.get(a);
            if (m == null || !m.getTagName().equals("ENTITY_MENTION") || MeantimeReader.span(m, tokens) == null) {
                continue;
            }
            Element ent = refersTo.getOrDefault(a, List.of()).stream().map(markables::get)
                    .filter(x -> x != null && x.getTagName().equals("ENTITY")).findFirst().orElse(null);
            if (mention == null || entity == null && ent != null) {
                mention = m;
                entity = ent;
            }
        }
        return new Element[] {mention, entity};
    }

    /**
     * Adds the entity's DBpedia label and the words of its NAM mentions to {@code forms}; true when it has either
     * (the speaker has a name).
     */
    private boolean addNames(Element entity, List<String> forms) {
        boolean named = false;
        String ref = entity.getAttribute("external_ref").strip();
        if (!ref.isEmpty()) {
            named = true;
            forms.add(dbpediaLabel(ref));
        }
        for (String m : referredBy.getOrDefault(entity.getAttribute("m_id"), List.of())) {
            Element em = markables.get(m);
            int[] es = em == null ? null : MeantimeReader.span(em, tokens);
            if (es != null && "NAM".equals(em.getAttribute("syntactic_type"))) {
                named = true;
                forms.add(text.substring(es[0], es[1]));
            }
        }
        return named;
    }

    /** "http://dbpedia.org/resource/Ken_Lewis_(executive)" → "Ken Lewis": the label without its disambiguation. */
    static String dbpediaLabel(String ref) {
        String last = ref.replaceAll("/+$", "");
        last = last.substring(last.lastIndexOf('/') + 1);
        try {
            last = java.net.URLDecoder.decode(last.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException ignored) {
            // not percent-encoded after all: keep it as it is
        }
        return last.replace('_', ' ').replaceAll("\\s*\\([^)]*\\)\\s*$", "").strip();
    }

    private static List<Element> children(Element e, String tag) {
        List<Element> out = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c && c.getTagName().equals(tag)) {
                out.add(c);
            }
        }
        return out;
    }

    private static String firstId(Element r, String tag) {
        List<Element> l = children(r, tag);
        return l.isEmpty() ? "" : l.get(0).getAttribute("m_id");
    }
}
