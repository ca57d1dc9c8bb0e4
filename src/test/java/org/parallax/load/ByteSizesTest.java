package org.parallax.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ByteSizesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0|0 bytes", "1|1 byte", "512|512 bytes", "1023|1023 bytes", "1024|1 KB", "839680|820 KB",
        "1048575|1023 KB", "1048576|1 MB", "67108864|64 MB", "73714893|70.3 MB", "1468006|1.4 MB"})
    void describesSizesInTheUnitsAMessageShows(long bytes, String text) {
        assertThat(ByteSizes.describe(bytes)).isEqualTo(text);
    }
}
