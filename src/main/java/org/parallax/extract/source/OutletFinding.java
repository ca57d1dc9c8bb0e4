package org.parallax.extract.source;

import java.util.Objects;
import org.parallax.model.Outlet;

/**
 * The outlet an article's own words name as its writer.
 *
 * @param outlet   the outlet
 * @param evidence the strongest evidence for it
 * @param excerpt  the words it was read from (a line of the text or of the removed page furniture, or the URL)
 * @param score    the summed weight of all the evidence for this outlet
 */
public record OutletFinding(Outlet outlet, Evidence evidence, String excerpt, int score) {

    public OutletFinding {
        Objects.requireNonNull(outlet, "outlet");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(excerpt, "excerpt");
    }
}
