package org.parallax.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProductVersionTest {

    @Test
    void theBuildNamesTheVersionAndWhenItWasMadeSoARebuiltSnapshotKeysItsCacheAnew() {
        assertThat(ProductVersion.current()).matches("\\d+\\.\\d+\\.\\d+.*");
        assertThat(ProductVersion.build()).startsWith(ProductVersion.current() + " built ").matches(".* built \\d{17}");
    }
}
