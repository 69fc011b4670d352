package cn.luoshi.bulletins;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luoshi.bulletins.document.BulletinDocuments;
import cn.luoshi.common.pdf.PdfLayout;
import cn.luoshi.common.pdf.PdfRenderer;
import cn.luoshi.org.OfficeName;
import cn.luoshi.org.SystemUser;
import cn.luoshi.support.Api;
import cn.luoshi.support.LuoshiIntegrationTest;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The published June bulletin's files, opened the way a reader opens them (Word and Excel with POI, the PDF with
 * PDFBox): the numbers in them are the bulletin's own. The first PDF page is rendered to
 * {@code target/screenshots/bulletin-pdf-page-1.png} for a look.
 */
@LuoshiIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BulletinDocumentTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    BulletinService bulletins;

    @Autowired
    PdfRenderer pdf;

    Api office;
    JsonNode bulletin;
    JsonNode content;
    History.June june;
    long id;

    @BeforeAll
    void publishJune() {
        office = Api.as(port, "duchashi");
        String tag = "文档测试" + UUID.randomUUID().toString().substring(0, 8);
        june = History.june(jdbc, tag);
        Api.Response draft = office.post("/api/bulletins", Map.of("periodKind", "MONTH", "month", "2026-06",
                "scopeKind", "TAG", "tag", tag));
        assertThat(draft.status()).as(draft.raw()).isEqualTo(201);
        id = draft.id();
        Api.Response edited = office.put("/api/bulletins/" + id, Map.of("title", draft.body().get("title").asString(),
                "requirements", "一、请发改局5个工作日内说明逾期原因。\n二、请住建局加快推进垃圾分类。"));
        assertThat(edited.status()).as(edited.raw()).isEqualTo(200);
        Api.Response published = office.post("/api/bulletins/" + id + "/publish", Map.of());
        assertThat(published.status()).as(published.raw()).isEqualTo(200);
        bulletin = published.body();
        content = bulletin.get("content");
    }

    String issue() {
        return bulletin.get("issueYear").asInt() + "年第" + bulletin.get("issueNumber").asInt() + "期";
    }

    static String rate(JsonNode unit) {
        return Rates.percent(unit.get("onTime").asInt(), unit.get("due").asInt());
    }

    static String onTrack(JsonNode unit) {
        return Rates.percent(unit.get("onTime").asInt() + unit.get("normal").asInt(), unit.get("assigned").asInt());
    }

    static String squeeze(String s) {
        return s.replaceAll("\\s+", "");
    }

    @Test
    void theWordFileCarriesTheBulletinsNumbers() throws Exception {
        byte[] bytes = office.download("/api/bulletins/" + id + "/docx").body();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            String text = doc.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
            assertThat(text).contains(bulletin.get("title").asString()).contains(issue())
                    .contains("督通〔" + bulletin.get("issueYear").asInt() + "〕" + bulletin.get("issueNumber").asInt() + "号")
                    .contains(content.get("summary").asString()).contains(OfficeName.DEFAULT)
                    .contains("一、请发改局5个工作日内说明逾期原因。").doesNotContain("${");
            // 下步要求: one paragraph per line.
            assertThat(doc.getParagraphs().stream().map(XWPFParagraph::getText))
                    .contains("二、请住建局加快推进垃圾分类。");

            XWPFTable units = doc.getTables().get(0);
            assertThat(units.getRows()).hasSize(1 + content.get("units").size());
            for (int i = 0; i < content.get("units").size(); i++) {
                JsonNode u = content.get("units").get(i);
                XWPFTableRow row = units.getRow(i + 1);
                assertThat(cells(row)).containsExactly(String.valueOf(u.get("rank").asInt()),
                        u.get("unitName").asString(), String.valueOf(u.get("assigned").asInt()), onTrack(u),
                        String.valueOf(u.get("completed").asInt()), String.valueOf(u.get("completedInPeriod").asInt()),
                        String.valueOf(u.get("due").asInt()),
                        // Issue 12: the same columns as the PDF (本期办结); 落后序时 is of the tasks not overdue.
                        String.valueOf(u.get("onTime").asInt()), rate(u),
                        String.valueOf(u.get("behindNotOverdue").asInt()),
                        String.valueOf(u.get("overdue").asInt()), String.valueOf(u.get("missedReports").asInt()),
                        String.valueOf(u.get("red").asInt()));
            }
            XWPFTable red = doc.getTables().get(1);
            assertThat(red.getRows()).hasSize(1 + content.get("redItems").size());
            assertThat(cells(red.getRow(1))).containsExactly("1", "发改", "C 新建停车场",
                    content.get("redItems").get(0).get("reason").asString(),
                    content.get("redItems").get(0).get("deadline").asString());
            XWPFTable terminated = doc.getTables().get(2);
            assertThat(cells(terminated.getRow(1))).containsExactly("1", "财政", "E 拆除违建", "2026-06-12", "上级政策调整");
            assertThat(doc.getAllPictures()).hasSize(2);
        }
    }

    static List<String> cells(XWPFTableRow row) {
        return row.getTableCells().stream().map(c -> c.getText().trim()).toList();
    }

    @Test
    void thePdfCarriesTheBulletinsNumbersOnA4WithTheFontEmbedded() throws Exception {
        byte[] bytes = office.download("/api/bulletins/" + id + "/pdf").body();
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            String text = new PDFTextStripper().getText(doc);
            String flat = squeeze(text);
            assertThat(flat).contains(squeeze(bulletin.get("title").asString())).contains(issue())
                    .contains(squeeze(content.get("summary").asString()))
                    .contains("一、请发改局5个工作日内说明逾期原因。").contains(OfficeName.DEFAULT);
            // GB/T 9704-2012: 发文字号 督通〔年〕N号, page numbers "— N —" under the 版心, the body inside it.
            assertThat(flat).contains(OfficeName.DEFAULT + "督通〔" + bulletin.get("issueYear").asInt() + "〕"
                    + bulletin.get("issueNumber").asInt() + "号");
            for (int p = 0; p < doc.getNumberOfPages(); p++) {
                var glyphs = PdfLayout.glyphs(doc, p);
                assertThat(PdfLayout.footText(glyphs, 297 - 35)).isEqualTo("—" + (p + 1) + "—");
                assertThat(glyphs.stream().filter(g -> g.bottom() < 297 - 35)).allSatisfy(g -> {
                    assertThat(g.left()).as(g.text()).isGreaterThanOrEqualTo(27);
                    assertThat(g.right()).as(g.text()).isLessThanOrEqualTo(28 + 156 + 1);
                    assertThat(g.top()).as(g.text()).isGreaterThanOrEqualTo(36);
                });
            }
            var first = PdfLayout.glyphs(doc, 0);
            assertThat(first).anySatisfy(g -> assertThat(g.sizePt()).isEqualTo(22)); // the title, 二号
            assertThat(first.stream().filter(g -> g.text().equals("统")).findFirst().orElseThrow().sizePt())
                    .isEqualTo(16); // the body, 三号
            for (JsonNode u : content.get("units")) {
                // a unit's row: name, assigned, completed, in-period, due, on time, rate …
                assertThat(flat).contains(u.get("unitName").asString() + u.get("assigned").asInt() + onTrack(u)
                        + u.get("completed").asInt() + u.get("completedInPeriod").asInt() + u.get("due").asInt()
                        + u.get("onTime").asInt() + rate(u));
            }
            assertThat(flat).contains(squeeze(content.get("redItems").get(0).get("reason").asString()));
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isBetween(593f, 597f);
            var resources = doc.getPage(0).getResources();
            List<String> fonts = new java.util.ArrayList<>();
            for (var name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                fonts.add(font.getName());
            }
            assertThat(fonts).anySatisfy(f -> assertThat(f).containsAnyOf("UMingCN", "WenQuanYiMicroHei"));

            BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, 80);
            Files.createDirectories(Path.of("target", "screenshots"));
            Files.write(Path.of("target", "screenshots", "bulletin.pdf"), bytes);
            Path out = Path.of("target", "screenshots", "bulletin-pdf-page-1.png");
            Files.createDirectories(out.getParent());
            ImageIO.write(page, "png", out.toFile());
            assertThat(page.getWidth()).isGreaterThan(600);
        }
    }

    @Test
    void anotherOfficeNameIsTheIssuerInTheWordAndPdfFiles() throws Exception {
        Bulletin b = bulletins.get(id, SystemUser.INSTANCE);
        BulletinDocuments documents = new BulletinDocuments(pdf, "某县委县政府督查室");
        byte[] template;
        try (var in = new ClassPathResource("bulletins/template.docx").getInputStream()) {
            template = in.readAllBytes();
        }
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(documents.docx(b, template)))) {
            String text = doc.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
            assertThat(text).contains("某县委县政府督查室").doesNotContain(OfficeName.DEFAULT);
        }
        try (PDDocument doc = Loader.loadPDF(documents.pdf(b))) {
            assertThat(squeeze(new PDFTextStripper().getText(doc))).contains("某县委县政府督查室")
                    .doesNotContain(OfficeName.DEFAULT);
        }
    }

    @Test
    void theExcelListsAreTheBulletinsLists() throws Exception {
        byte[] bytes = office.download("/api/bulletins/" + id + "/xlsx").body();
        DataFormatter f = new DataFormatter();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            assertThat(names(wb)).containsExactly("各单位", "红灯事项", "全部任务", "本期终止", "说明");
            Sheet units = wb.getSheet("各单位");
            Map<String, Integer> uc = header(units, f);
            assertThat(units.getLastRowNum()).isEqualTo(content.get("units").size());
            for (int i = 0; i < content.get("units").size(); i++) {
                JsonNode u = content.get("units").get(i);
                Row r = units.getRow(i + 1);
                assertThat(f.formatCellValue(r.getCell(uc.get("名次")))).isEqualTo(String.valueOf(u.get("rank").asInt()));
                assertThat(f.formatCellValue(r.getCell(uc.get("牵头单位")))).isEqualTo(u.get("unitName").asString());
                assertThat(f.formatCellValue(r.getCell(uc.get("承担任务"))))
                        .isEqualTo(String.valueOf(u.get("assigned").asInt()));
                assertThat(f.formatCellValue(r.getCell(uc.get("正常推进率")))).isEqualTo(onTrack(u));
                assertThat(f.formatCellValue(r.getCell(uc.get("按期办结"))))
                        .isEqualTo(String.valueOf(u.get("onTime").asInt()));
                assertThat(f.formatCellValue(r.getCell(uc.get("按期办结率")))).isEqualTo(rate(u));
                assertThat(f.formatCellValue(r.getCell(uc.get("逾期未办结"))))
                        .isEqualTo(String.valueOf(u.get("overdue").asInt()));
            }
            Sheet red = wb.getSheet("红灯事项");
            assertThat(red.getLastRowNum()).isEqualTo(content.get("redTotal").asInt());
            assertThat(f.formatCellValue(red.getRow(1).getCell(2))).isEqualTo("C 新建停车场");

            Sheet all = wb.getSheet("全部任务");
            Map<String, Row> byTitle = new HashMap<>();
            for (int r = 1; r <= all.getLastRowNum(); r++) {
                byTitle.put(f.formatCellValue(all.getRow(r).getCell(2)), all.getRow(r));
            }
            assertThat(byTitle.keySet()).containsExactlyInAnyOrder("A 建成口袋公园", "B 改造老旧小区", "C 新建停车场",
                    "D 提升背街小巷", "E 拆除违建", "G 雨污分流", "K 垃圾分类");
            Map<String, Integer> col = header(all, f);
            assertThat(f.formatCellValue(byTitle.get("C 新建停车场").getCell(col.get("逾期未办结")))).isEqualTo("是");
            assertThat(f.formatCellValue(byTitle.get("C 新建停车场").getCell(col.get("期末亮灯")))).isEqualTo("红灯");
            assertThat(f.formatCellValue(byTitle.get("E 拆除违建").getCell(col.get("统计口径")))).isEqualTo("本期终止");
            assertThat(f.formatCellValue(byTitle.get("A 建成口袋公园").getCell(col.get("按期办结")))).isEqualTo("是");
            assertThat(f.formatCellValue(byTitle.get("B 改造老旧小区").getCell(col.get("按期办结")))).isEqualTo("否");
            assertThat(f.formatCellValue(byTitle.get("G 雨污分流").getCell(col.get("原完成时限")))).isEqualTo("2026-06-25");
            assertThat(f.formatCellValue(byTitle.get("G 雨污分流").getCell(col.get("完成时限")))).isEqualTo("2026-09-30");
            long counted = byTitle.values().stream()
                    .filter(r -> f.formatCellValue(r.getCell(col.get("统计口径"))).equals("纳入统计")).count();
            assertThat(counted).isEqualTo(content.get("totals").get("total").asInt());
            assertThat(wb.getSheet("本期终止").getLastRowNum()).isEqualTo(1);
        }
    }

    static List<String> names(XSSFWorkbook wb) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            out.add(wb.getSheetName(i));
        }
        return out;
    }

    static Map<String, Integer> header(Sheet s, DataFormatter f) {
        Map<String, Integer> m = new HashMap<>();
        for (Cell c : s.getRow(0)) {
            m.put(f.formatCellValue(c), c.getColumnIndex());
        }
        return m;
    }
}
