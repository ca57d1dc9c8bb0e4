package org.parallax.eval;

/**
 * One annotated temporal expression of a gold document: characters {@code [start, end)} of the rebuilt text.
 *
 * @param creationTime whether it is the document creation time (MEANTIME marks the dateline so)
 */
public record GoldTimex(int start, int end, String text, String type, String value, boolean creationTime) {

    public boolean overlaps(int s, int e) {
        return start < e && s < end;
    }
}
