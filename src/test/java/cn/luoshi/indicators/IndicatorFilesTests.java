package cn.luoshi.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.luoshi.common.InvalidInputException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.time.YearMonth;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Reading the statistics office's files: xlsx, CSV in UTF-8 or GBK, periods as they write them. */
class IndicatorFilesTests {

    @Test
    void periodsAreReadAsTheStatisticsOfficeWritesThem() {
        assertThat(Periods.parse("2026-10")).isEqualTo(YearMonth.of(2026, 10));
        assertThat(Periods.parse("2026年1-10月")).isEqualTo(YearMonth.of(2026, 10));
        assertThat(Periods.parse("2026年1–10月")).isEqualTo(YearMonth.of(2026, 10));
        assertThat(Periods.parse("2026年1月")).isEqualTo(YearMonth.of(2026, 1));
        assertThat(Periods.parse("2026年13月")).isNull();
        assertThat(Periods.parse("十月")).isNull();
        assertThat(IndicatorImportService.findPeriod("2026年1-6月各县（市、区）主要经济指标")).isEqualTo(YearMonth.of(2026, 6));
        assertThat(Periods.shortLabel(YearMonth.of(2026, 6))).isEqualTo("上半年");
        assertThat(Periods.shortLabel(YearMonth.of(2026, 10))).isEqualTo("1–10月");
    }

    @Test
    void anXlsxMonthTableIsReadCellByCell() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet s = wb.createSheet("月报");
            s.createRow(0).createCell(0).setCellValue("2026年1-10月各县（市、区）主要经济指标");
            String[] header = {"指标", "单位", "地区", "本月累计", "增速(%)", "全市平均(%)", "位次"};
            var h = s.createRow(1);
            for (int i = 0; i < header.length; i++) {
                h.createCell(i).setCellValue(header[i]);
            }
            var r = s.createRow(2);
            r.createCell(0).setCellValue("一般公共预算收入");
            r.createCell(1).setCellValue("亿元");
            r.createCell(2).setCellValue("本区");
            r.createCell(3).setCellValue(4.98);
            r.createCell(4).setCellValue(-16.39);
            wb.write(out);
            IndicatorImportService.Table t = IndicatorImportService.read("月报.xlsx", out.toByteArray());
            assertThat(t.rows().get(0)[0]).contains("2026年1-10月");
            assertThat(t.rows().get(2)).containsExactly("一般公共预算收入", "亿元", "本区", "4.98", "-16.39");
        }
    }

    @Test
    void aGbkCsvWithQuotesIsRead() {
        byte[] gbk = "指标,地区\n\"社会消费品零售总额\",\"东湖区,西\"\"岭\"\n".getBytes(Charset.forName("GBK"));
        IndicatorImportService.Table t = IndicatorImportService.read("a.csv", gbk);
        assertThat(t.rows().get(1)).containsExactly("社会消费品零售总额", "东湖区,西\"岭");
    }

    @Test
    void wrongFilesAreRefusedWithAReason() {
        assertThatThrownBy(() -> IndicatorImportService.read("a.xls", new byte[] {1, 2, 3}))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining(".xls");
        assertThatThrownBy(() -> IndicatorImportService.read("a.pdf", new byte[] {1, 2, 3}))
                .hasMessageContaining("只能导入 .xlsx 或 .csv 文件");
        assertThatThrownBy(() -> IndicatorImportService.read("a.xlsx", "PK not really".getBytes()))
                .hasMessageContaining("不是有效的 Excel");
        assertThatThrownBy(() -> IndicatorImportService.read("a.csv", new byte[0])).hasMessageContaining("文件为空");
        assertThatThrownBy(() -> IndicatorImportService.read("a.csv", new byte[IndicatorImportService.MAX_BYTES + 1]))
                .hasMessageContaining("5 MB");
    }
}
