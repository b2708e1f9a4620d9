package io.leakscope.core.obligations;

import static org.assertj.core.api.Assertions.assertThat;

import io.leakscope.core.model.Element;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TimelineTest {
    @Test
    void casioTimelineWithThePreliminaryReportFiledOnDayThree() {
        var persons = Collections.nCopies(8478, new CaseFacts.PersonFacts("domestic_employee", Set.of(Element.NAME), "JP"));
        var facts = new CaseFacts("casio", OffsetDateTime.parse("2024-10-05T09:00:00+09:00"), "ransomware", false, false, false, persons);
        List<Timeline.Entry> t = Timeline.of(facts, ObligationsEngine.standard().evaluate(facts),
                List.of(new Timeline.Event(LocalDate.of(2024, 10, 7), "jp.appi.preliminary_report", "PPC notified")), LocalDate.of(2024, 11, 1));
        assertThat(t.get(0)).isEqualTo(new Timeline.Entry(LocalDate.of(2024, 10, 5), 1, "became aware (ransomware)", "done"));
        assertThat(t).anySatisfy(e -> {
            assertThat(e.what()).startsWith("PPC notified");
            assertThat(e.day()).isEqualTo(3);
        });
        assertThat(t).filteredOn(e -> e.what().contains("jp.appi.preliminary_report →")).singleElement()
                .satisfies(e -> assertThat(e.status()).isEqualTo("done on 2024-10-07"));
        assertThat(t).filteredOn(e -> e.what().contains("jp.appi.final_report")).singleElement().satisfies(e -> {
            assertThat(e.date()).isEqualTo(LocalDate.of(2024, 12, 3));
            assertThat(e.day()).isEqualTo(60);
            assertThat(e.status()).isEqualTo("due in 32 days");
        });
        List<Timeline.Entry> late = Timeline.of(facts, ObligationsEngine.standard().evaluate(facts), List.of(), LocalDate.of(2024, 12, 10));
        assertThat(late).filteredOn(e -> e.what().contains("jp.appi.final_report")).singleElement()
                .satisfies(e -> assertThat(e.status()).isEqualTo("OVERDUE by 7 days"));
    }
}
