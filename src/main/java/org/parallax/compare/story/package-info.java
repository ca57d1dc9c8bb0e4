/** Stories: reported events grouped into episodes by time and shared articles or names, labelled by place and month. */
package org.parallax.compare.story;
