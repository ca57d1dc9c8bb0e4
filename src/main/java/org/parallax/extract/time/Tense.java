package org.parallax.extract.time;

/** Which way the clause around a temporal expression looks from the time of writing. */
enum Tense {
    PAST, FUTURE, NONE
}
