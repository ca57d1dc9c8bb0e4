/**
 * Coverages: every article, dated or not, in a story of the rare names it shares, and what its articles say happened
 * (happening words grouped by synonym class, kept apart where the timeline dates them apart). Decision 0028.
 */
package org.parallax.compare.happening;
