package org.parallax.compare.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.compare.align.AlignedSegment.Kind;

class WordAlignmentTest {

    private static List<String> show(List<AlignedSegment> segments) {
        return segments.stream().map(s -> s.kind() + "[" + s.referenceText() + "|" + s.memberText() + "]").toList();
    }

    @Test
    void addedWord() {
        assertThat(show(WordAlignment.of("We will win this war.", "“We will surely win this war”")))
                .containsExactly("SHARED[We will|“We will]", "ADDED[|surely]", "SHARED[win this war.|win this war”]");
    }

    @Test
    void changedWord() {
        assertThat(show(WordAlignment.of("The bridge collapsed on Monday", "the bridge fell on Monday")))
                .containsExactly("SHARED[The bridge|the bridge]", "CHANGED[collapsed|fell]",
                        "SHARED[on Monday|on Monday]");
    }

    @Test
    void missingWords() {
        assertThat(show(WordAlignment.of("We act now and we act together", "We act now")))
                .containsExactly("SHARED[We act now|We act now]", "MISSING[and we act together|]");
    }

    @Test
    void identicalTextIsOneSharedRun() {
        List<AlignedSegment> s = WordAlignment.of("Same words here", "same words, here");
        assertThat(s).extracting(AlignedSegment::kind).containsExactly(Kind.SHARED);
    }

    @Test
    void aPieceIsAlignedAgainstItsPartOnly() {
        String ref = "First we rebuild the bridge. Then we reopen the school for every child.";
        assertThat(show(WordAlignment.ofPart(ref, "Then we reopen the school")))
                .containsExactly("SHARED[Then we reopen the school|Then we reopen the school]");
        assertThat(show(WordAlignment.ofPart(ref, "then we open the school")))
                .containsExactly("SHARED[Then we|then we]", "CHANGED[reopen|open]", "SHARED[the school|the school]");
        // the whole alignment marks the rest of the reference missing
        assertThat(WordAlignment.of(ref, "Then we reopen the school")).extracting(AlignedSegment::kind)
                .containsExactly(Kind.MISSING, Kind.SHARED, Kind.MISSING);
    }

    @Test
    void aPieceIsNotAnchoredOnALoneFunctionWord() {
        assertThat(show(WordAlignment.ofPart("The cat sat on the mat and the dog slept", "the dog slept soundly")))
                .containsExactly("SHARED[the dog slept|the dog slept]", "ADDED[|soundly]");
    }

    @Test
    void emptyMemberIsAllMissing() {
        assertThat(show(WordAlignment.of("a b", ""))).containsExactly("MISSING[a b|]");
    }
}
