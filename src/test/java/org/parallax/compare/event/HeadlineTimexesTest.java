package org.parallax.compare.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A statement's timexes found by search give exactly those a scan of the whole article gives, in text order. */
class HeadlineTimexesTest {

    @Test
    void theOverlappingTimexesAreExactlyThoseAFullScanFinds() {
        Random random = new Random(7);
        for (int round = 0; round < 500; round++) {
            List<int[]> ranges = new ArrayList<>();
            for (int i = 0, n = random.nextInt(30); i < n; i++) {
                int start = random.nextInt(1_000);
                ranges.add(new int[] {start, start + 1 + random.nextInt(round % 2 == 0 ? 20 : 300)});
            }
            Headlines.Timexes timexes = Headlines.Timexes.of(ranges);
            int from = random.nextInt(1_000);
            int to = from + random.nextInt(200);
            List<int[]> expected = timexes.sorted().stream().filter(t -> t[0] < to && from < t[1]).toList();
            assertThat(timexes.overlapping(from, to)).containsExactlyElementsOf(expected);
        }
    }
}
