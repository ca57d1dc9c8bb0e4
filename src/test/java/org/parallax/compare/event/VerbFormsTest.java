package org.parallax.compare.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VerbFormsTest {

    @ParameterizedTest
    @CsvSource({"visited,visit", "arrived,arrive", "met,meet", "launched,launch", "decided,decide", "stopped,stop",
        "stated,state", "negotiated,negotiate", "declared,declare", "travelled,travel", "announced,announce",
        "charged,charge", "treated,treat", "opened,open", "declined,decline", "caused,cause", "passed,pass",
        "visiting,visit", "making,make", "running,run", "searching,search", "reversed,reverse", "flew,fly",
        "cancelled,cancel", "agreed,agree", "carried,carry", "invited,invite", "added,add", "named,name",
        "hoped,hope", "developed,develop", "executed,execute", "shouted,shout", "visits,visit", "reaches,reach"})
    void baseForm(String form, String base) {
        assertThat(VerbForms.base(form)).isEqualTo(base);
    }

    @ParameterizedTest
    @CsvSource({"visit,false,visits", "reach,false,reaches", "carry,false,carries", "go,false,goes",
        "have,false,has", "be,false,is", "meet,true,meet", "be,true,are", "play,false,plays"})
    void presentTense(String base, boolean plural, String present) {
        assertThat(VerbForms.present(base, plural)).isEqualTo(present);
    }
}
