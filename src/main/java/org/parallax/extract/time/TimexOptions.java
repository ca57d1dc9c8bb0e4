package org.parallax.extract.time;

import java.util.Objects;
import java.util.function.Function;
import org.parallax.model.Article;

/**
 * Per-article settings of the temporal tagger.
 *
 * @param dateOrder how to read an all-numeric date ("10/11/2015") in a given article; an outlet-locale lookup
 *                  can be plugged in here, the default is month first
 */
public record TimexOptions(Function<Article, DateOrder> dateOrder) {

    public static final TimexOptions DEFAULT = new TimexOptions(a -> DateOrder.MONTH_FIRST);

    public TimexOptions {
        Objects.requireNonNull(dateOrder, "dateOrder");
    }

    /** The same order for every article. */
    public static TimexOptions of(DateOrder order) {
        Objects.requireNonNull(order, "order");
        return new TimexOptions(a -> order);
    }
}
