/** Who reported first: per event, each outlet's publication date and lag behind the first. */
package org.parallax.compare.report;
