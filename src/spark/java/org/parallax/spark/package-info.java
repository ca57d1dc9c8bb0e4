/**
 * The pipeline as an Apache Spark job ({@code parallax-spark.jar}, decision 0016): the same {@code load},
 * {@code extract}, {@code compare} and {@code store} code, run per article as a map over a cluster's executors, with
 * the corpus-wide steps (the person registry, event and quote clustering) as aggregates and blocked joins. Uses
 * {@code model} to {@code store} and Spark; never the desktop ({@code ui}, {@code chart}, {@code export},
 * {@code app}) or JavaFX.
 */
package org.parallax.spark;
