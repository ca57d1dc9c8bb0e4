package org.parallax.load;

import com.code_intelligence.jazzer.junit.FuzzTest;

class ReaderFuzzTest {

    @FuzzTest(maxDuration = "10s")
    void plainText(byte[] bytes) {
        ReadOutcome read = ArticleFormat.TEXT.newReader().read(bytes, "a.txt", "file:/tmp/a.txt");
        read.article().ifPresent(raw -> ArticleFileLoader.assemble("a.txt", raw, java.util.Optional.empty(), read.warnings()));
    }
}
