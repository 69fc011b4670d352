package cn.luoshi.ledger.excel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LedgerSheetTest {

    @Test
    void aShortNameTakesOneLine() {
        assertThat(LedgerSheet.lines("住建", 10)).isEqualTo(1);
        assertThat(LedgerSheet.lines("", 10)).isEqualTo(1);
    }

    @Test
    void everyLineBreakStartsANewLine() {
        assertThat(LedgerSheet.lines("任务名称\n任务说明\n第三行", 34)).isEqualTo(3);
    }

    @Test
    void chineseTextWrapsAtAboutHalfTheColumnWidthInCharacters() {
        String twentyChinese = "围绕风口产业发展重塑重组创新平台以平台聚";
        assertThat(LedgerSheet.lines(twentyChinese, 34)).isEqualTo(2); // 16 characters fit in 34 units
        assertThat(LedgerSheet.lines("2026-06-30 completed", 34)).isEqualTo(1);
    }
}
