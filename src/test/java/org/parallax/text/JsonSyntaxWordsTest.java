package org.parallax.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Jackson's real messages for real mistakes, each told in plain words with nothing of the parser's own. */
class JsonSyntaxWordsTest {

    private static final ObjectMapper JSON = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private static String wordsFor(String json) {
        try {
            JSON.readTree(json);
            throw new AssertionError("parsed: " + json);
        } catch (JsonProcessingException e) {
            return JsonSyntaxWords.of(e.getOriginalMessage());
        }
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "`{\"a\": \"line\nbreak\"}` | a line break inside a text in quotation marks; write it as \\n",
        "`{\"a\": \"tab\there\"}` | a tab inside a text in quotation marks; write it as \\t",
        "`{\"a\": \"bell\u0007\"}` | an invisible control character (code 7) inside a text in quotation marks",
        "`{\"a\": 1 \"b\": 2}` | a comma was expected between two entries, not “\"”",
        "`[1 2]` | a comma was expected between two items of the list, not “2”",
        "`{a: 1}` | a name in double quotation marks was expected, not “a”",
        "`{\"a\" 1}` | a colon was expected after the name, not “1”",
        "`{\"a\": }` | a value was expected (text in double quotation marks, a number, a list, an object, true, false or null), not “}”",
        "`{\"a\": yes}` | “yes” is not a JSON value: text needs double quotation marks around it",
        "`{\"a\": [1}` | “}” closes nothing open here: “]” was expected first",
        "`{\"a\": \"\\q\"}` | a backslash starts no known escape here (“\\q”); write a backslash as \\\\",
        "`{\"a\": \"open` | the file ends inside a text in quotation marks: a closing \" is missing",
        "`{\"a\": [1, 2` | the file ends before the list is closed with ]",
        "`{\"a\": 1` | the file ends before the object is closed with }",
        "`{} {}` | more text after the end of the JSON value",
        "`{\"a\": 012}` | a number written as JSON does not allow (no leading zeros, no NaN or Infinity)",
        "`\u0001` | an invisible control character (code 1) between the values, where only spaces and line breaks may stand"})
    void aParserMessageBecomesPlainWords(String json, String words) {
        String told = wordsFor(json);
        assertThat(told).isEqualTo(words);
        assertThat(told).doesNotContain("CTRL-CHAR", "code 10", "Unexpected", "expecting", "Source:");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Document nesting depth (1001) exceeds the maximum allowed (1000, from `StreamReadConstraints.getMaxNestingDepth()`) | objects and lists nested deeper than the parser allows",
        "String value length (20000001) exceeds the maximum allowed (20000000, from `StreamReadConstraints.getMaxStringLength()`) | a text of 20000001 characters, over the 20000000 allowed",
        "Something no parser said yet | a syntax error"})
    void limitsAndUnknownMessages(String message, String words) {
        assertThat(JsonSyntaxWords.of(message)).isEqualTo(words);
        assertThat(StreamReadConstraints.defaults().getMaxNestingDepth()).isPositive();
    }
}
