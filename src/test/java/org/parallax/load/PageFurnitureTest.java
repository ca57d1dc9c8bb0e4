package org.parallax.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageFurnitureTest {

    private final PageFurniture furniture = PageFurniture.defaults();

    @ParameterizedTest
    @ValueSource(strings = {
            "Get short URL", "Stay Connected", "Add new comment", "Share this article", "Share on WhatsApp",
            "Follow us on Twitter", "Follow us on Facebook and Twitter to stay up to date.",
            "Follow Jane Doe on Twitter @janedoe", "Read more", "READ MORE: Floods hit Valencia", "Read more »",
            "Related: Spain's worst floods in decades", "See also: Valencia floods", "Advertisement",
            "- Advertisement -", "Story continues below advertisement", "Subscribe to our newsletter",
            "Sign up for our free daily newsletter to get the news first.", "Subscribe",
            "Contact the writer at feedback@example.com, or let us know what you think below.",
            "Contact the author at [email protected]",
            "Like this piece? We just launched. Follow us on Facebook. Send tips to [email protected]",
            "Cover Photo Credit: Alberto Cabello/ Flickr (CC By 2.0)", "Photo: Reuters",
            "Photo: Rescuers in Valencia on Thursday (AFP)", "Image copyright Getty Images",
            "Photo by Jane Doe", "Image caption Residents clear mud from a street", "AP Photo/Evan Vucci",
            "Reuters", "Maxim Shemetov / Reuters", "© 2024 Example News. All rights reserved.",
            "Copyright 2015 Example Media", "12 Comments", "Comments (3)", "Facebook Twitter WhatsApp Email",
            "Share | Tweet | Print", "Click here to subscribe", "Skip to main content", "Tags: Spain, floods",
            "We use cookies to improve your experience."})
    void recognisesFurniture(String line) {
        assertThat(furniture.matches(line)).as(line).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "MOSCOW (Reuters) - Syrian President Bashar al-Assad flew to Moscow on Tuesday.",
            "(Reuters) -",
            "Read more than 300 pages of the report, the lawyer urged.",
            "Advertisement spending by retailers fell for a third quarter.",
            "Photos released by the Kremlin show the two leaders embracing.",
            "Share prices rose after the announcement.",
            "Follow the money, the auditor told reporters.",
            "Follow us on the road to Damascus, the rebels told reporters.",
            "Contact the embassy at once if you are stranded, the ministry said.",
            "Image copyright disputes have dogged the agency for years.",
            "Stay calm and keep saving, the governor said.",
            "Subscribe to a healthy diet, the minister said.",
            "Related to the talks, the ministry said a second round was planned.",
            "Putin said the visit was a success.",
            "Published: 21 October 2015",
            "By Jane Doe"})
    void leavesArticleTextAlone(String line) {
        assertThat(furniture.matches(line)).as(line).isFalse();
    }

    @Test
    void matchesTheWholeLineOnly() {
        assertThat(furniture.matches("The minister said: Read more")).isFalse();
        assertThat(furniture.matches("Read more")).isTrue();
    }

    @Test
    void longLinesAreNeverFurniture() {
        String longPitch = "Like this piece? " + "We are a young outlet. ".repeat(30);

        assertThat(longPitch.length()).isGreaterThan(PageFurniture.MAX_LINE_LENGTH);
        assertThat(furniture.matches(longPitch)).isFalse();
    }

    @Test
    void matchesTypographicQuotesAndDashesAsAscii() {
        PageFurniture custom = PageFurniture.parse(List.of("don't miss - .{0,40}"));

        assertThat(custom.matches("Don’t miss – our live blog")).isTrue();
    }

    @Test
    void aFurnitureWordInsideASentenceStays() {
        List<Located> lines = LineText.split("The governor wrote on\nTwitter\nthat the vote was close.\nTwitter");

        PageFurniture.Separated separated = furniture.separate(lines);

        assertThat(separated.body()).extracting(Located::text)
                .containsExactly("The governor wrote on", "Twitter", "that the vote was close.");
        assertThat(separated.furniture()).extracting(Located::text).containsExactly("Twitter");
    }

    @Test
    void separatesEmptyInput() {
        PageFurniture.Separated separated = furniture.separate(List.of());

        assertThat(separated.body()).isEmpty();
        assertThat(separated.furniture()).isEmpty();
    }

    @Test
    void parsesCommentsAndBlankLines() {
        PageFurniture parsed = PageFurniture.parse(List.of("# a comment", "", "  sponsored  ", "\t"));

        assertThat(parsed.size()).isOne();
        assertThat(parsed.matches("SPONSORED")).isTrue();
    }

    @Test
    void aBadPatternNamesItsLine() {
        assertThatThrownBy(() -> PageFurniture.parse(List.of("# fine", "read more", "share (this")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 3");
    }

    @Test
    void theBundledFileLoads() {
        assertThat(furniture.size()).isGreaterThan(30);
    }
}
