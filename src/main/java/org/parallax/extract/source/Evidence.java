package org.parallax.extract.source;

/** How the text names the outlet that wrote it, strongest first. */
public enum Evidence {
    /** The host of the article's own address ({@code Article#url}). */
    ARTICLE_URL(10),
    /** A news-agency credit in the dateline: "MOSCOW, Oct 21 (Reuters) -". */
    DATELINE_CREDIT(9),
    /** The outlet speaking of itself: "Rise News just launched", "Follow Rise News on Twitter", "© 2015 Example News". */
    SELF_REFERENCE(8),
    /** Page furniture only one outlet prints: "Get short URL" (signatures.txt). */
    SIGNATURE(8),
    /** An e-mail address offered for contact: "Contact the writer at feedback@ibtimes.com.au". */
    CONTACT_EMAIL(7),
    /** An e-mail address in page furniture, without a contact phrase. */
    FURNITURE_EMAIL(5),
    /** A web address in page furniture or in "visit our website" words. */
    FURNITURE_URL(4);

    private final int weight;

    Evidence(int weight) {
        this.weight = weight;
    }

    /** How much it counts; an outlet needs {@link SourceInference#OUTLET_THRESHOLD} in all. */
    public int weight() {
        return weight;
    }
}
