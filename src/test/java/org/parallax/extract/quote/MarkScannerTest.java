package org.parallax.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parallax.model.Article;

/** Which words each quotation-mark style encloses; "|" separates the runs expected, "/" the pieces of one run. */
class MarkScannerTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', quoteCharacter = '`', value = {
        "He said \"we go now\" and left.                 # we go now",
        "“We go now,” he said.                           # We go now",
        "‘We go now,’ he said.                           # We go now",
        "«We go now», he said.                           # We go now",
        "« We go now », he said.                         # We go now",
        "»We go now«, he said.                           # We go now",
        "„We go now“, he said.                           # We go now",
        "„We go now”, he said.                           # We go now",
        "‚We go now‘, he said.                           # We go now",
        "”We go now”, he said.                           # We go now",
        "‹We go now›, he said.                           # We go now",
        "“He called it ‘a farce’ today,” she said.       # He called it ‘a farce’ today",
        "“A,” he said. “B.”                              # A|B.",
        "Russia’s and the leaders’ talks, we’re told.    # ",
        "The ’90s and rock ’n’ roll, O'Brien's '99 shop. # ",
        "“Open and never closed                          # Open and never closed",
        "Stray close” here.                              # ",
        "“One\\n\\n“Two,” he said.                         # One/Two",
        "He said: “One\\n\\nTwo\\n\\nThree”. Then left.      # One/Two/Three",
        "“One\\n\\nTwo has no marks\\n\\nThree neither.      # One",
        "“One\\n\\nA\\n\\nB\\n\\nC\\n\\nToo far” to close.        # One",
        "\"We know we got it wrong, \"Howell said.        # We know we got it wrong",
        "“We know we got it wrong, “Howell said.         # We know we got it wrong",
        "“We won the vote\" she said, “and the next.”     # We won the vote|and the next.",
        "“One\\n\\n“Two\\n\\nThree has no marks.          # One|Two",
        "“One\\n\\n“Two\\n\\n“Three,” she said.           # One/Two/Three",
    })
    void enclosesTheQuotedWords(String input, String expected) {
        String text = input.replace("\\n", "\n");
        List<String> runs = new ArrayList<>();
        for (QuotedRun run : MarkScanner.scan(text, paragraphs(text))) {
            List<String> pieces = new ArrayList<>();
            for (QuotedRun.Piece p : run.pieces()) {
                pieces.add(text.substring(p.start(), p.end()));
            }
            runs.add(String.join("/", pieces));
        }
        assertThat(String.join("|", runs)).isEqualTo(expected == null ? "" : expected);
    }

    @org.junit.jupiter.api.Test
    void anUnclosedQuoteInALongParagraphEndsWithItsFirstSentence() {
        String rest = " The council met again on Monday and the talks went on late into the night.".repeat(12);
        String text = "The mayor said: “We will not close the library this year. We found the money." + rest;
        List<QuotedRun> runs = MarkScanner.scan(text, paragraphs(text));
        assertThat(runs).hasSize(1);
        QuotedRun.Piece p = runs.get(0).first();
        assertThat(text.substring(p.start(), p.end())).isEqualTo("We will not close the library this year.");
    }

    @org.junit.jupiter.api.Test
    void anUnclosedQuoteReachesAStrayCloseOnlyOverAShortStretch() {
        String longer = "The budget grew again this year. ".repeat(70);
        String text = "“We start now.\n\n" + longer + "\n\nAnd we finish in May,” she said.";
        List<QuotedRun> runs = MarkScanner.scan(text.replace("\\n", "\n"), paragraphs(text.replace("\\n", "\n")));
        assertThat(runs).hasSize(1);
        assertThat(runs.get(0).pieces()).hasSize(1);
    }

    private static List<int[]> paragraphs(String text) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        while (true) {
            int br = text.indexOf(Article.PARAGRAPH_BREAK, start);
            out.add(new int[] {start, br < 0 ? text.length() : br});
            if (br < 0) {
                return out;
            }
            start = br + 2;
        }
    }
}
