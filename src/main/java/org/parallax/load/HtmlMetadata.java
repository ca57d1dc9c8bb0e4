package org.parallax.load;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What an HTML page says about its article in its metadata: Open Graph and article meta tags first (publishers
 * fill them in for link previews, so they are the most reliable), then schema.org and plain HTML.
 */
final class HtmlMetadata {

    /** Title separators a site puts before its own name: "Headline | Site", "Headline - Site". */
    private static final List<String> SEPARATORS = List.of(" | ", " - ", " – ", " — ", " :: ", " · ");

    private final Document doc;

    HtmlMetadata(Document doc) {
        this.doc = doc;
    }

    String outlet() {
        return meta("og:site_name").orElse("");
    }

    /** og:url, else the canonical link; relative addresses are resolved against the page's base. */
    String url() {
        Optional<String> og = meta("og:url");
        if (og.isPresent()) {
            return og.get();
        }
        Element canonical = doc.selectFirst("link[rel=canonical][href]");
        if (canonical == null) {
            return "";
        }
        String abs = canonical.attr("abs:href");
        return abs.startsWith("http") ? abs : canonical.attr("href").strip();
    }

    /** og:title, else the first h1, else &lt;title&gt; without a " | Site" suffix. */
    String title() {
        Optional<String> og = meta("og:title");
        if (og.isPresent()) {
            return withoutSiteSuffix(og.get(), false);
        }
        Element h1 = doc.selectFirst("body h1");
        if (h1 != null && !h1.text().isBlank()) {
            return h1.text().strip();
        }
        return withoutSiteSuffix(doc.title().strip(), true);
    }

    /**
     * The publication date from the first date tag that holds a date. When tags are there but none holds a
     * date, {@code unreadable} gets the first one's value, so the caller can say why the article stays undated.
     */
    Optional<LocalDate> published(List<String> unreadable) {
        List<String> candidates = new ArrayList<>();
        for (String name : List.of("article:published_time", "og:published_time", "datePublished", "date",
                "pubdate", "publishdate", "dc.date", "dcterms.created")) {
            meta(name).ifPresent(candidates::add);
        }
        for (Element e : doc.select("[itemprop=datePublished], time[pubdate], time[datetime]")) {
            String v = e.hasAttr("datetime") ? e.attr("datetime") : e.attr("content");
            if (!v.isBlank()) {
                candidates.add(v.strip());
            }
        }
        for (String c : candidates) {
            Optional<LocalDate> date = PublishedDates.parse(c);
            if (date.isPresent()) {
                return date;
            }
        }
        if (!candidates.isEmpty()) {
            unreadable.add(candidates.get(0));
        }
        return Optional.empty();
    }

    /** A meta tag's content, whether the page names it by property, name or itemprop (all three occur). */
    private Optional<String> meta(String key) {
        for (Element m : doc.select("meta[content]")) {
            if (key.equalsIgnoreCase(m.attr("property")) || key.equalsIgnoreCase(m.attr("name"))
                    || key.equalsIgnoreCase(m.attr("itemprop"))) {
                String v = m.attr("content").strip();
                if (!v.isEmpty()) {
                    return Optional.of(v);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Drops a trailing " | Site" when it names the site (its og:site_name or its web address). When the page
     * names no site, a " | " suffix of &lt;title&gt; still goes: in page titles it is almost always the site.
     */
    private String withoutSiteSuffix(String title, boolean pipeAlwaysSite) {
        for (String sep : SEPARATORS) {
            int at = title.lastIndexOf(sep);
            if (at <= 0) {
                continue;
            }
            String suffix = title.substring(at + sep.length()).strip();
            if (namesSite(suffix) || (pipeAlwaysSite && sep.equals(" | ") && !knowsSite())) {
                return title.substring(0, at).strip();
            }
        }
        return title;
    }

    private boolean knowsSite() {
        return !outlet().isEmpty() || !host().isEmpty();
    }

    private boolean namesSite(String suffix) {
        String s = squash(suffix);
        if (s.isEmpty()) {
            return false;
        }
        String site = squash(outlet());
        if (!site.isEmpty() && site.equals(s)) {
            return true;
        }
        String host = host();
        for (String label : host.split("\\.")) {
            if (label.length() >= 3 && !List.of("www", "com", "org", "net", "news").contains(label)
                    && (s.contains(label) || label.contains(s))) {
                return true;
            }
        }
        return false;
    }

    private String host() {
        try {
            String h = URI.create(url()).getHost();
            return h == null ? "" : h.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private static String squash(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
