package cn.luoshi.ledger.excel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ImportProgressTest {

    @Test
    void checkingFillsTheFirstTenthOfTheBarAndWritingTheRest() {
        ImportProgress p = new ImportProgress();
        assertThat(p.percent()).isZero();
        p.start(ImportProgress.Step.CHECKING, 200);
        p.advance(100);
        assertThat(p.percent()).isEqualTo(5);
        p.start(ImportProgress.Step.WRITING, 200);
        p.advance(100);
        assertThat(p.percent()).isEqualTo(55);
        p.advance(200);
        assertThat(p.percent()).isEqualTo(100);
        p.finish();
        assertThat(p.step()).isEqualTo(ImportProgress.Step.DONE);
        assertThat(p.percent()).isEqualTo(100);
    }

    @Test
    void anEmptyStepShowsNoProgressRatherThanDividingByZero() {
        ImportProgress p = new ImportProgress();
        p.start(ImportProgress.Step.WRITING, 0);
        assertThat(p.percent()).isEqualTo(10);
    }
}
