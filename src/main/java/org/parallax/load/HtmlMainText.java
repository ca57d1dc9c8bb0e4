package org.parallax.load;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Finds the article in a page and turns it into paragraphs: the marked-up article body if the page marks one,
 * else the element holding the most paragraph text (the idea of Readability, kept small). Page furniture
 * (navigation, headers, footers, asides, forms, figures and their captions) is dropped first.
 */
final class HtmlMainText {

    /** Never article text. h1 is the title, which the metadata gives; repeating it would duplicate it. */
    private static final String FURNITURE = "script, style, noscript, template, iframe, svg, canvas, nav, header, "
            + "footer, aside, form, button, select, textarea, figure, figcaption, h1, [hidden], [aria-hidden=true], "
            + "[role=navigation], [role=banner], [role=contentinfo], [role=complementary]";
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");

    /**
     * @param paragraphs the article's paragraphs, in order
     * @param found      false when the page had nothing article-like and all its text was taken
     */
    record Result(List<String> paragraphs, boolean found) {
    }

    Result extract(Document page) {
        Element body = page.body().clone();
        body.select(FURNITURE).remove();
        Element main = mainElement(body);
        List<String> paragraphs = paragraphs(main == null ? body : main);
        return new Result(paragraphs, main != null);
    }

    private static Element mainElement(Element body) {
        for (String marked : List.of("[itemprop=articleBody]", "article", "[role=main], main")) {
            Elements candidates = body.select(marked);
            if (!candidates.isEmpty()) {
                return candidates.stream().max(Comparator.comparingInt(HtmlMainText::paragraphTextLength)).get();
            }
        }
        return densestParagraphContainer(body);
    }

    /** Each paragraph's length counts for its parent, half for its grandparent, so split-up bodies still win. */
    private static Element densestParagraphContainer(Element body) {
        Map<Element, Integer> score = new HashMap<>();
        for (Element p : body.select("p")) {
            int length = p.text().length();
            Element parent = p.parent();
            if (parent != null) {
                score.merge(parent, length, Integer::sum);
                Element grand = parent.parent();
                if (grand != null) {
                    score.merge(grand, length / 2, Integer::sum);
                }
            }
        }
        return score.entrySet().stream().filter(e -> e.getValue() > 0)
                .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    private static int paragraphTextLength(Element e) {
        int n = 0;
        for (Element p : e.select("p")) {
            n += p.text().length();
        }
        return n == 0 ? e.text().length() / 2 : n; // a body of bare text blocks still counts, but less
    }

    private static List<String> paragraphs(Element root) {
        BlockCollector collector = new BlockCollector();
        NodeTraversor.traverse(collector, root);
        collector.flush();
        return collector.paragraphs;
    }

    /**
     * Walks the tree and cuts text at block boundaries: every block element (p, h2-h6, li, blockquote, div with
     * text ...) becomes its own paragraph. Source line breaks are only white space; {@code <br>} is a line
     * break and two in a row a paragraph break, the way old sites separate paragraphs.
     */
    private static final class BlockCollector implements NodeVisitor {
        private final List<String> paragraphs = new ArrayList<>();
        private final StringBuilder current = new StringBuilder();
        private int preDepth;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode text) {
                current.append(preDepth > 0 ? text.getWholeText() : SPACES.matcher(text.getWholeText()).replaceAll(" "));
            } else if (node instanceof Element e) {
                if (e.nameIs("br")) {
                    current.append('\n');
                } else if (e.isBlock()) {
                    flush();
                }
                if (e.nameIs("pre")) {
                    preDepth++;
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element e) {
                if (e.nameIs("pre")) {
                    preDepth--;
                }
                if (e.isBlock() && !e.nameIs("br")) { // jsoup counts br as a block; for us it is a line break
                    flush();
                }
            }
        }

        void flush() {
            StringBuilder paragraph = new StringBuilder();
            for (String line : current.toString().split("\n", -1)) {
                String l = SPACES.matcher(line).replaceAll(" ").strip();
                if (l.isEmpty()) {
                    endParagraph(paragraph);
                } else {
                    if (!paragraph.isEmpty()) {
                        paragraph.append('\n');
                    }
                    paragraph.append(l);
                }
            }
            endParagraph(paragraph);
            current.setLength(0);
        }

        private void endParagraph(StringBuilder paragraph) {
            if (!paragraph.isEmpty()) {
                paragraphs.add(paragraph.toString());
                paragraph.setLength(0);
            }
        }
    }
}
