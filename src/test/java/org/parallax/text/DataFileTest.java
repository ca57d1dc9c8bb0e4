package org.parallax.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class DataFileTest {

    @Test
    void skipsBlankLinesAndCommentsAndKeepsLineNumbers() {
        DataFile f = DataFile.parse("t.txt", List.of("# a comment", "", "  one  ", "\t", "   # indented comment",
                "two words"));

        assertThat(f.texts()).containsExactly("one", "two words");
        assertThat(f.lines()).extracting(DataFile.Line::number).containsExactly(3, 6);
        assertThat(f.words()).extracting(w -> List.of(w)).containsExactly(List.of("one"), List.of("two", "words"));
    }

    @Test
    void splitsFieldsAtBarsAndNamesTheLineOfAShortOne() {
        assertThat(DataFile.parse("t.txt", List.of("a | b | c|d")).fields(3).get(0)).containsExactly("a", "b", "c|d");

        DataFile shortLine = DataFile.parse("t.txt", List.of("a | b | c", "x | y"));
        assertThatThrownBy(() -> shortLine.fields(3)).hasMessageContaining("t.txt line 2");
    }

    @Test
    void groupsEntriesUnderSectionHeaders() {
        DataFile f = DataFile.parse("t.txt", List.of("loose", "[first]", "a", "[second]", "b", "[first]", "c"));

        assertThat(f.sections()).containsOnlyKeys("", "first", "second");
        assertThat(f.sections().get("first")).extracting(DataFile.Line::text).containsExactly("a", "c");
        assertThat(f.sections().get("")).extracting(DataFile.Line::text).containsExactly("loose");
        assertThat(DataFile.parse("t.txt", List.of("[only]", "a")).sections()).containsOnlyKeys("only");
    }

    @Test
    void aMissingBundledFileFailsLoudly() {
        assertThatThrownBy(() -> DataFile.of(DataFileTest.class, "no-such-file.txt"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no-such-file.txt");
    }

    @Test
    void readsABundledFileRelativeToItsClass() {
        assertThat(DataFile.of(Abbreviations.class, "abbreviations.txt").sections()).containsKeys("strong", "weak");
    }
}
