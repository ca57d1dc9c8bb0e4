package org.parallax.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HtmlMetadataTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            // head                                                                         | title
            "`<title>Rates rise again | Money Weekly</title>`                                | Rates rise again",
            "`<title>Rates rise - Money Weekly</title><meta property=og:site_name content='Money Weekly'>` | Rates rise",
            "`<title>Rates rise – moneyweekly.example</title><link rel=canonical href='https://moneyweekly.example/x'>` | Rates rise",
            // a hyphen that is part of the headline stays when it does not name the site
            "`<title>Well-known author dies - aged 90</title><meta property=og:site_name content='Books Today'>` | Well-known author dies - aged 90",
            "`<title>A | B</title><meta property=og:site_name content='Other'>`              | `A | B`",
            "`<meta property=og:title content='Storm hits coast | Weather Now'><meta property=og:site_name content='Weather Now'>` | Storm hits coast",
            "`<title>Page title</title></head><body><h1>  Body  headline </h1>`             | Body headline"})
    void titleDropsASuffixNamingTheSite(String head, String title) {
        HtmlMetadata meta = new HtmlMetadata(Jsoup.parse("<html><head>" + head + "</head><body></body></html>"));

        assertThat(meta.title()).isEqualTo(title);
    }
}
