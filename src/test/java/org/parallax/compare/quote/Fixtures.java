package org.parallax.compare.quote;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parallax.model.Article;
import org.parallax.model.Corpus;
import org.parallax.model.DateSource;
import org.parallax.model.Quote;
import org.parallax.model.QuoteKind;
import org.parallax.model.Span;
import org.parallax.model.Speaker;

/**
 * Builds a small corpus from lines {@code "article|speaker|kind|quote text|sentence"}: speaker "-" for none, kind
 * D, P or I; the sentence (optional) is the article text around the quote and must contain the quote text. Quote
 * ids are q0, q1, ... in line order.
 */
final class Fixtures {

    private Fixtures() {
    }

    static Corpus corpus(List<String> lines) {
        Map<String, StringBuilder> texts = new LinkedHashMap<>();
        List<Quote> quotes = new ArrayList<>();
        int i = 0;
        for (String line : lines) {
            String[] f = line.split("\\|", -1);
            String article = f[0];
            String text = f[3];
            String sentence = f.length > 4 && !f[4].isEmpty() ? f[4] : "She said: “" + text + ".”";
            StringBuilder b = texts.computeIfAbsent(article, k -> new StringBuilder());
            if (b.length() > 0) {
                b.append(Article.PARAGRAPH_BREAK);
            }
            int at = b.length() + sentence.indexOf(text);
            if (sentence.indexOf(text) < 0) {
                throw new IllegalArgumentException("sentence lacks the quote: " + line);
            }
            b.append(sentence);
            Speaker speaker = f[1].equals("-") ? null : new Speaker(f[1]);
            QuoteKind kind = switch (f[2]) {
                case "D" -> QuoteKind.DIRECT;
                case "P" -> QuoteKind.PARTIAL;
                case "I" -> QuoteKind.INDIRECT;
                default -> throw new IllegalArgumentException(f[2]);
            };
            quotes.add(new Quote("q" + i++, new Span(article, at, at + text.length()), text, speaker, kind));
        }
        List<Article> articles = new ArrayList<>();
        for (Map.Entry<String, StringBuilder> e : texts.entrySet()) {
            articles.add(new Article(e.getKey(), e.getKey() + ".txt", null, null, LocalDate.of(2020, 1, 1),
                    DateSource.MANIFEST, null, e.getValue().toString(), null));
        }
        return Corpus.of(articles).withQuotes(quotes);
    }
}
