package cn.luoshi.petitions;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luoshi.petitions.EarlyWarning.Severity;
import cn.luoshi.petitions.EarlyWarning.Visit;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** 件/件次/人次, the five rates, small-cell suppression and the early warning. */
class CountsAndRatesTests {

    @Test
    void casesRegistrationsAndPeopleCountDifferently() {
        VisitCount c = VisitCount.of(List.of(new VisitCount.Line(1, Channel.LETTER, 1),
                new VisitCount.Line(1, Channel.LETTER, 1), new VisitCount.Line(2, Channel.VISIT, 30),
                new VisitCount.Line(3, Channel.ONLINE, 1), new VisitCount.Line(2, Channel.VISIT, 4)));
        assertThat(c.cases()).isEqualTo(3);
        assertThat(c.registrations()).isEqualTo(5);
        assertThat(c.people()).isEqualTo(37);
        assertThat(c.mixed()).isEqualTo(3 + 34); // letters and online in 件次, visits in 人次
        assertThat(c.in(VisitCount.Measure.MIXED)).isEqualTo(37);
    }

    @Test
    void ratesHaveDefinitionsAndNothingIsNotZero() {
        PetitionRates r = PetitionRates.of(new PetitionRates.Counts(40, 39, 30, 27, 20, 17, 3, 1, 200, 46),
                Growth.OFFICE);
        assertThat(r.acceptedOnTime()).isEqualByComparingTo("97.50");
        assertThat(r.answeredOnTime()).isEqualByComparingTo("90.00");
        assertThat(r.resolvedFirstTime()).isEqualByComparingTo("85.00");
        assertThat(r.backlogResolved()).isEqualByComparingTo("33.33");
        assertThat(r.repeatRate()).isEqualByComparingTo("23.00");
        PetitionRates none = PetitionRates.of(new PetitionRates.Counts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0), Growth.OFFICE);
        assertThat(none.acceptedOnTime()).isNull();
        assertThat(PetitionRates.show(none.repeatRate())).isEqualTo("—");
    }

    @Test
    void smallCellsAreSuppressedButZeroIsShown() {
        assertThat(SmallCells.DEFAULT.show(0)).isEqualTo("0");
        assertThat(SmallCells.DEFAULT.show(1)).isEqualTo("<5");
        assertThat(SmallCells.DEFAULT.show(4)).isEqualTo("<5");
        assertThat(SmallCells.DEFAULT.show(5)).isEqualTo("5");
        assertThat(new SmallCells(10).show(9)).isEqualTo("<10");
    }

    static final LocalDate T = LocalDate.of(2026, 6, 30);

    @Test
    void aPersonClimbingFromDistrictToCityWithRepeatsIsARedWarning() {
        var w = EarlyWarning.DEFAULT.assess(List.of(new Visit(T.minusDays(60), Level.DISTRICT, 1),
                new Visit(T.minusDays(30), Level.DISTRICT, 1), new Visit(T.minusDays(2), Level.CITY, 1)), T);
        assertThat(w).isPresent();
        assertThat(w.get().severity()).isEqualTo(Severity.RED);
        assertThat(w.get().reason()).isEqualTo("90日内信访3次；层级由区上升至市");
    }

    @Test
    void oneSignIsYellowAndOldVisitsDoNotCount() {
        var w = EarlyWarning.DEFAULT.assess(List.of(new Visit(T.minusDays(200), Level.DISTRICT, 1),
                new Visit(T.minusDays(20), Level.DISTRICT, 8), new Visit(T.minusDays(3), Level.DISTRICT, 15)), T);
        assertThat(w.get().severity()).isEqualTo(Severity.YELLOW);
        assertThat(w.get().reason()).isEqualTo("集体访人数由8人增至15人");
        assertThat(EarlyWarning.DEFAULT.assess(List.of(new Visit(T.minusDays(5), Level.DISTRICT, 1),
                new Visit(T.minusDays(1), Level.DISTRICT, 1)), T)).isEmpty();
    }

    @Test
    void anySignOnceAtTheNationIsRed() {
        var w = EarlyWarning.DEFAULT.assess(List.of(new Visit(T.minusDays(50), Level.NATION, 1),
                new Visit(T.minusDays(40), Level.NATION, 1), new Visit(T.minusDays(3), Level.NATION, 1)), T);
        assertThat(w.get().severity()).isEqualTo(Severity.RED);
        assertThat(w.get().highest()).isEqualTo(Level.NATION);
    }
}
