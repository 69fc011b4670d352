package cn.luoshi.petitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.luoshi.common.InvalidInputException;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** 信访件导入表: columns by header in any order, rows grouped into cases, Excel dates, row-and-column messages. */
class PetitionSheetTests {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 30);
    static final PetitionSheet.Lookups LOOKUPS = new PetitionSheet.Lookups(Map.of("欠薪", 4L, "返租", 3L)::get,
            Map.of("人社", 21L)::get, Map.of("刘晓燕", 7L)::get);

    static byte[] workbook(String[] header, Object[]... rows) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet s = wb.createSheet();
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            Row h = s.createRow(0);
            for (int c = 0; c < header.length; c++) {
                h.createCell(c).setCellValue(header[c]);
            }
            for (int r = 0; r < rows.length; r++) {
                Row row = s.createRow(r + 1);
                for (int c = 0; c < rows[r].length; c++) {
                    Object v = rows[r][c];
                    if (v instanceof LocalDate d) {
                        row.createCell(c).setCellValue(d);
                        row.getCell(c).setCellStyle(date);
                    } else if (v instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else if (v != null) {
                        row.createCell(c).setCellValue(v.toString());
                    }
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    static final String[] HEADER = {"信访层级*", "案件序号*", "登记日期*", "信访形式*", "人数", "信访事项", "问题类别",
        "信访人姓名", "身份证号", "责任单位", "包案领导", "受理日期", "答复日期", "是否化解"};

    @Test
    void rowsOfACaseBecomeItsVisitsInDateOrderWhateverTheColumnOrder() throws Exception {
        byte[] file = workbook(HEADER,
                new Object[] {"区", "7", LocalDate.of(2026, 3, 2), "来信", 1, "欠薪", "欠薪", "甲", "99010119800101011x",
                    "人社", "刘晓燕", "2026年3月5日", "2026/4/1", "是"},
                new Object[] {"国家局", "8", "2026-05-01", "网上", null, "返租", "返租", "乙", "990101198001010122"},
                new Object[] {"市", "7", "2026-04-20", "来访", 12});
        List<PetitionImport.Case> cases = PetitionSheet.read("a.xlsx", file, LOOKUPS, TODAY);
        assertThat(cases).hasSize(2);
        PetitionImport.Case a = cases.get(0);
        assertThat(a.categoryId()).isEqualTo(4L);
        assertThat(a.leadUnitId()).isEqualTo(21L);
        assertThat(a.leaderPersonId()).isEqualTo(7L);
        assertThat(a.petitioner().idNumber()).isEqualTo("99010119800101011X");
        assertThat(a.acceptedOn()).isEqualTo(LocalDate.of(2026, 3, 5));
        assertThat(a.answeredOn()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(a.resolved()).isTrue();
        assertThat(a.visits()).extracting(PetitionImport.Visit::on, PetitionImport.Visit::level,
                PetitionImport.Visit::people).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 3, 2), Level.DISTRICT, 1),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 4, 20), Level.CITY, 12));
        assertThat(cases.get(1).visits().get(0).channel()).isEqualTo(Channel.ONLINE);
        assertThat(cases.get(1).visits().get(0).level()).isEqualTo(Level.NATION);
    }

    @Test
    void aMissingColumnAndBadCellsAreNamedByRowAndColumn() throws Exception {
        assertThatThrownBy(() -> PetitionSheet.read("a.xlsx", workbook(new String[] {"案件序号", "登记日期"}), LOOKUPS,
                TODAY)).isInstanceOf(InvalidInputException.class).hasMessageContaining("缺少「信访形式」列");
        byte[] file = workbook(HEADER,
                new Object[] {"区", "1", "2026-02-30", "来信", "两", "", "欠款", "甲", "1", "财政", "王某"});
        assertThatThrownBy(() -> PetitionSheet.read("a.xlsx", file, LOOKUPS, TODAY))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(
                        e.violations().stream().map(v -> v.message()).toList()).contains(
                                "第2行「登记日期」：“2026-02-30”不是日期（例：2025-03-03）",
                                "第2行「人数」：“两”不是整数",
                                "第2行「信访事项」：不能为空",
                                "第2行「问题类别」：没有名为“欠款”的问题类别",
                                "第2行「身份证号」：身份证号应为18位（最后一位可以是X）",
                                "第2行「责任单位」：没有名为“财政”的单位",
                                "第2行「包案领导」：“王某”不在区领导名单中"));
    }

    @Test
    void theTemplateReadsBackAsOneCaseWithTwoVisits() {
        List<PetitionImport.Case> cases = PetitionSheet.read("模板.xlsx", PetitionSheet.template(),
                new PetitionSheet.Lookups(n -> 1L, n -> 2L, n -> 3L), TODAY);
        assertThat(cases).hasSize(1);
        assertThat(cases.get(0).visits()).hasSize(2);
    }
}
