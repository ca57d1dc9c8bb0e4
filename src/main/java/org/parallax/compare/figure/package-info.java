/** Figures across outlets: the same quantity as several articles state it, with a flag where they disagree. */
package org.parallax.compare.figure;
