package org.parallax.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.model.Corpus;

/**
 * A model document read item by item ({@link ModelStream}) is the corpus its whole tree gives, in any order of its
 * fields, with the same messages; what is not part of the model is passed over.
 */
class ModelStreamTest {

    private final ModelJson json = new ModelJson();
    private final ObjectMapper mapper = new ObjectMapper();

    /** The sample's document with its top-level fields in {@code order} (names the order leaves out are dropped). */
    private String reordered(List<String> order) throws Exception {
        ObjectNode written = (ObjectNode) mapper.readTree(json.toJson(ModelJsonTest.sample()));
        ObjectNode out = mapper.createObjectNode();
        for (String name : order) {
            out.set(name, written.get(name));
        }
        return mapper.writeValueAsString(out);
    }

    private List<String> writtenOrder() throws Exception {
        List<String> names = new ArrayList<>();
        mapper.readTree(json.toJson(ModelJsonTest.sample())).fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void readsTheCorpusTheTreeGives() throws Exception {
        String document = json.toJson(ModelJsonTest.sample());
        Corpus streamed = json.read(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)));
        assertThat(streamed).isEqualTo(json.read(mapper.readTree(document))).isEqualTo(ModelJsonTest.sample());
    }

    @Test
    void anyOrderOfFieldsReadsAsTheSameCorpus() throws Exception {
        List<String> reversed = writtenOrder();
        Collections.reverse(reversed); // the version and the articles last: everything kept until they come
        assertThat(json.fromJson(reordered(reversed))).isEqualTo(ModelJsonTest.sample());
        List<String> articlesLate = new ArrayList<>(writtenOrder());
        articlesLate.remove("articles");
        articlesLate.add(3, "articles"); // timexes and quotes before the articles, the rest after them
        assertThat(json.fromJson(reordered(articlesLate))).isEqualTo(ModelJsonTest.sample());
    }

    @Test
    void fieldsThatAreNoPartOfTheModelArePassedOver() throws Exception {
        ObjectNode doc = (ObjectNode) mapper.readTree(json.toJson(ModelJsonTest.sample()));
        ObjectNode withMore = mapper.createObjectNode();
        withMore.put("producer", "a Spark job");
        withMore.setAll(doc);
        withMore.set("rejects", mapper.readTree("[{\"file\": \"x.txt\", \"reason\": \"empty\"}, [1, 2]]"));
        assertThat(json.fromJson(mapper.writeValueAsString(withMore))).isEqualTo(ModelJsonTest.sample());
    }

    @Test
    void aNullArrayIsAnEmptyOneWhereverItStands() throws Exception {
        String before = "{\"quotes\": null, \"schemaVersion\": 1, \"articles\": [{\"id\": \"a\", \"file\": \"a\", "
                + "\"text\": \"abc\"}], \"claims\": null}";
        Corpus c = json.fromJson(before);
        assertThat(c.articles()).hasSize(1);
        assertThat(c.quotes()).isEmpty();
        assertThat(c.claims()).isEmpty();
    }

    @Test
    void aFaultNamesTheItemWhereverItsArrayStands() {
        String quote = "\"quotes\": [{\"id\": \"q\", \"article\": \"a\", \"start\": 0, \"end\": 1, \"text\": \"t\", "
                + "\"kind\": \"direct\"}, {\"id\": \"q2\", \"article\": \"b\", \"start\": 0, \"end\": 1, \"text\": \"t\", "
                + "\"kind\": \"direct\"}]";
        String articles = "\"articles\": [{\"id\": \"a\", \"file\": \"a\", \"text\": \"abc\"}]";
        String message = "quotes[1]: names article \"b\", which is not in articles";
        assertThatThrownBy(() -> json.fromJson("{\"schemaVersion\": 1, " + articles + ", " + quote + "}"))
                .isInstanceOf(ModelFormatException.class).hasMessage(message);
        assertThatThrownBy(() -> json.fromJson("{" + quote + ", \"schemaVersion\": 1, " + articles + "}"))
                .isInstanceOf(ModelFormatException.class).hasMessage(message);
        assertThatThrownBy(() -> json.fromJson("{\"schemaVersion\": 1, " + articles + ", \"quotes\": [1]}"))
                .isInstanceOf(ModelFormatException.class).hasMessage("quotes[0] must be an object");
        assertThatThrownBy(() -> json.fromJson("{\"schemaVersion\": 1, " + articles + ", \"quotes\": \"none\"}"))
                .isInstanceOf(ModelFormatException.class).hasMessage("quotes must be an array");
    }

    @Test
    void anEmptyDocumentAndAVersionLastAreToldAsBefore() {
        assertThatThrownBy(() -> json.fromJson("  ")).isInstanceOf(ModelFormatException.class)
                .hasMessage("empty document: expected a Parallax model JSON object");
        assertThatThrownBy(() -> json.fromJson("\"model\"")).isInstanceOf(ModelFormatException.class)
                .hasMessage("expected a JSON object with a schemaVersion, found STRING");
        assertThatThrownBy(() -> json.fromJson("{\"articles\": [], \"schemaVersion\": 3}"))
                .isInstanceOf(ModelFormatException.class)
                .hasMessage("unsupported schemaVersion 3: this version of Parallax reads schemaVersion 1");
    }
}
