package org.parallax.extract.time;

/** How to read an all-numeric date such as "10/11/2015": month first (US) or day first (most other places). */
public enum DateOrder {
    MONTH_FIRST, DAY_FIRST
}
