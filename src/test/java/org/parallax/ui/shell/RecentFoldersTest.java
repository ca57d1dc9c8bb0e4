package org.parallax.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RecentFoldersTest {

    private static final Path A = Path.of("/data/a").toAbsolutePath();
    private static final Path B = Path.of("/data/b").toAbsolutePath();

    @Test
    void mostRecentFirstWithoutDuplicates() {
        RecentFolders r = RecentFolders.EMPTY.opened(A).opened(B).opened(A);
        assertThat(r.folders()).containsExactly(A, B);
    }

    @Test
    void theSameFolderSpelledDifferentlyCountsOnce() {
        RecentFolders r = RecentFolders.EMPTY.opened(A).opened(Path.of("/data/x/../a"));
        assertThat(r.folders()).containsExactly(A);
    }

    @Test
    void keepsAtMostTen() {
        RecentFolders r = RecentFolders.EMPTY;
        for (int i = 0; i < 14; i++) {
            r = r.opened(Path.of("/data/" + i));
        }
        assertThat(r.folders()).hasSize(RecentFolders.MAX);
        assertThat(r.folders().get(0)).isEqualTo(Path.of("/data/13").toAbsolutePath());
        assertThat(r.folders()).doesNotContain(Path.of("/data/3").toAbsolutePath());
    }

    @Test
    void dropsFoldersThatNoLongerExistAndOnesAskedToGo() {
        RecentFolders r = new RecentFolders(IntStream.range(0, 3).mapToObj(i -> Path.of("/data/" + i)).toList());
        assertThat(r.existing(p -> !p.endsWith("1")).folders())
                .containsExactly(Path.of("/data/0").toAbsolutePath(), Path.of("/data/2").toAbsolutePath());
        assertThat(r.without(Path.of("/data/0")).folders()).hasSize(2);
        assertThat(RecentFolders.EMPTY.isEmpty()).isTrue();
    }
}
