/** Word-level alignment of a quote against its cluster's reference (java-diff-utils), for the comparison view. */
package org.parallax.compare.align;
