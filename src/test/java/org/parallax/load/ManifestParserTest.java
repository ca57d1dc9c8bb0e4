package org.parallax.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ManifestParserTest {

    private static Manifest parse(String json) {
        return new ManifestParser().parse(json.getBytes(StandardCharsets.UTF_8), "corpus.json");
    }

    @Test
    void readsEntriesInOrderWithWhereEachFileIsNamed() {
        Manifest m = parse("""
                {"name": "a corpus", "articles": [
                  {"file": "a.txt", "outlet": " Alpha ", "published": "2015-10-21", "url": "https://a.example",
                   "title": "A"},
                  {"file": "b.html", "published": "2015-10-21T23:30:00-05:00", "outlet": null}
                ]}""");

        assertThat(m.warnings()).isEmpty();
        assertThat(m.entries()).extracting(ManifestEntry::file, ManifestEntry::outlet, ManifestEntry::published,
                        ManifestEntry::url, ManifestEntry::title, e -> e.fileAt().line(), e -> e.fileAt().column())
                .containsExactly(
                        tuple("a.txt", "Alpha", LocalDate.of(2015, 10, 21), "https://a.example", "A", 2, 12),
                        tuple("b.html", "", LocalDate.of(2015, 10, 21), "", "", 4, 12));
    }

    @Test
    void anEntryWithoutAFileIsDroppedAndSaysSo() {
        Manifest m = parse("{\"articles\": [{\"file\": 7}, {\"file\": \"b.txt\"}]}");

        assertThat(m.warnings()).extracting(LoadWarning::toString).containsExactly(
                "corpus.json:1:24: \"file\" should be a string; ignored it",
                "corpus.json:1:15: entry 1 has no \"file\"; ignored it");
        assertThat(m.entries()).extracting(ManifestEntry::file).containsExactly("b.txt");
    }

    @Test
    void aByteOrderMarkIsFine() {
        byte[] withBom = ("\uFEFF{\"articles\": [{\"file\": \"a.txt\"}]}").getBytes(StandardCharsets.UTF_8);

        Manifest m = new ManifestParser().parse(withBom, "corpus.json");

        assertThat(m.warnings()).isEmpty();
        assertThat(m.entries()).extracting(ManifestEntry::file).containsExactly("a.txt");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "`[{\"file\": \"a.txt\"}]` | corpus.json:1:1: not a corpus manifest (it should be an object with an \"articles\" list); ignored it",
            "`{\"articles\": {\"file\": \"a.txt\"}}` | corpus.json:1:14: \"articles\" should be a list of entries; ignored it",
            "`{\"files\": []}` | corpus.json: no \"articles\" list; loaded the folder without it",
            "`{\"articles\": [\"a.txt\"]}` | corpus.json:1:15: entry 1 is not an object like {\"file\": \"a.txt\"}; ignored it",
            "`{\"articles\": [{\"file\": \"a.txt\", \"title\": 7}]}` | corpus.json:1:42: \"title\" should be a string; ignored it",
            "`{\"articles\": []} {}` | corpus.json:1:18: unexpected text after the manifest's closing brace; ignored the manifest and loaded the folder without it",
            "`{\"articles\": [` | corpus.json:1:15: not valid JSON (the file ends before the list is closed with ]); ignored the manifest and loaded the folder without it",
            "`` | corpus.json: empty file; ignored the manifest and loaded the folder without it"})
    void eachMistakeIsOneWarningWithItsPlace(String json, String warning) {
        Manifest m = parse(json == null ? "" : json);

        assertThat(m.warnings()).extracting(LoadWarning::toString).containsExactly(warning);
    }
}
