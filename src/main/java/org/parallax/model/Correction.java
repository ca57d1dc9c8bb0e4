package org.parallax.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One thing the user corrected in what extraction found. Corrections are an overlay kept beside the extracted model,
 * never edits of it: each names its target by a {@link TextKey}, so it applies again after re-extraction, and one
 * whose target is gone is listed, not dropped. Quotes are named by their words; events by the words of their first
 * mention.
 */
public sealed interface Correction {

    /** What the correction is about, as the user would say it ("the speaker of “We will …”"). */
    String describe();

    /** A quote's speaker is someone else (or, with a blank name, nobody the article names). */
    record QuoteSpeaker(TextKey quote, String speaker) implements Correction {
        public QuoteSpeaker {
            Objects.requireNonNull(quote, "quote");
            speaker = speaker == null ? "" : speaker.strip();
        }

        @Override
        public String describe() {
            return speaker.isEmpty() ? "a quote credited to nobody" : "a quote credited to " + speaker;
        }
    }

    /** Words taken for a quote are not one (a title, a scare quote). */
    record NotAQuote(TextKey quote) implements Correction {
        public NotAQuote {
            Objects.requireNonNull(quote, "quote");
        }

        @Override
        public String describe() {
            return "words marked as not a quote";
        }
    }

    /** An event happened on another day (a TIMEX3 date value: 2015-10-20, 2015-10, 2015). */
    record EventDate(TextKey event, String date) implements Correction {
        public EventDate {
            Objects.requireNonNull(event, "event");
            Objects.requireNonNull(date, "date");
            if (!date.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
                throw new IllegalArgumentException("an event date is yyyy, yyyy-MM or yyyy-MM-dd: " + date);
            }
        }

        @Override
        public String describe() {
            return "an event re-dated to " + date;
        }
    }

    /** An event reads better under another label. */
    record EventLabel(TextKey event, String label) implements Correction {
        public EventLabel {
            Objects.requireNonNull(event, "event");
            label = Objects.requireNonNull(label, "label").strip();
            if (label.isEmpty()) {
                throw new IllegalArgumentException("an event needs a label");
            }
        }

        @Override
        public String describe() {
            return "an event renamed “" + label + "”";
        }
    }

    /** An event is not worth showing (noise, a duplicate the user does not want). */
    record EventHidden(TextKey event) implements Correction {
        public EventHidden {
            Objects.requireNonNull(event, "event");
        }

        @Override
        public String describe() {
            return "an event hidden";
        }
    }

    /** An article's outlet is another (or, blank, unknown): a lane, a count and a column change with it. */
    record ArticleOutlet(String articleId, String outlet) implements Correction {
        public ArticleOutlet {
            Objects.requireNonNull(articleId, "articleId");
            outlet = outlet == null ? "" : outlet.strip();
        }

        @Override
        public String describe() {
            return "an article's outlet set to " + (outlet.isEmpty() ? "unknown" : outlet);
        }
    }

    /** An article's title reads otherwise (a headline cleaning missed, or a file's name taken for one). */
    record ArticleTitle(String articleId, String title) implements Correction {
        public ArticleTitle {
            Objects.requireNonNull(articleId, "articleId");
            title = title == null ? "" : title.strip();
        }

        @Override
        public String describe() {
            return "an article retitled “" + title + "”";
        }
    }

    /** A quote is not the utterance its cluster groups: it leaves the cluster and stands alone. */
    record QuoteSplitOff(TextKey quote) implements Correction {
        public QuoteSplitOff {
            Objects.requireNonNull(quote, "quote");
        }

        @Override
        public String describe() {
            return "a quote taken out of its cluster";
        }
    }

    /** A quote is the utterance of another cluster: the one holding quote {@code cluster}. */
    record QuoteMovedTo(TextKey quote, TextKey cluster) implements Correction {
        public QuoteMovedTo {
            Objects.requireNonNull(quote, "quote");
            Objects.requireNonNull(cluster, "cluster");
        }

        @Override
        public String describe() {
            return "a quote moved into another cluster";
        }
    }

    /** Two clusters are one utterance: the one holding quote {@code other} joins the one holding {@code into}. */
    record ClusterMerge(TextKey into, TextKey other) implements Correction {
        public ClusterMerge {
            Objects.requireNonNull(into, "into");
            Objects.requireNonNull(other, "other");
        }

        @Override
        public String describe() {
            return "two quote clusters merged";
        }
    }

    /** A quote is its cluster's reference: the version the others are judged against. */
    record ClusterReference(TextKey quote) implements Correction {
        public ClusterReference {
            Objects.requireNonNull(quote, "quote");
        }

        @Override
        public String describe() {
            return "a quote made its cluster's reference";
        }
    }

    /**
     * Two events are one happening: event {@code other} joins {@code into} (each named by the words of its first
     * mention); the merged event keeps both's mentions and the earlier's date and label.
     */
    record EventMerge(TextKey into, TextKey other) implements Correction {
        public EventMerge {
            Objects.requireNonNull(into, "into");
            Objects.requireNonNull(other, "other");
        }

        @Override
        public String describe() {
            return "two events merged";
        }
    }

    /** An article was published on another day (decision 0013). */
    record ArticleDate(String articleId, LocalDate published) implements Correction {
        public ArticleDate {
            Objects.requireNonNull(articleId, "articleId");
            Objects.requireNonNull(published, "published");
        }

        @Override
        public String describe() {
            return "an article's publication date set to " + published;
        }
    }
}
