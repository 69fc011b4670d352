package cn.luoshi.bulletins.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;

/** The Word template engine: placeholders across runs, repeated table rows, pictures, and every kind of bad template. */
class DocxTemplateTest {

    static final DocxTemplate.Vocabulary WORDS = new DocxTemplate.Vocabulary(Set.of("标题", "期号", "正文"),
            Map.of("单位", Set.of("名次", "名称")), Set.of("图表"),
            new java.util.LinkedHashSet<>(List.of("标题", "期号", "单位.名称")));

    static final DocxTemplate ENGINE = new DocxTemplate(WORDS);

    /** A template written run by run: each inner array is one paragraph's runs. */
    static byte[] docx(String[][] paragraphs, String[][] tableRows) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            for (String[] runs : paragraphs) {
                XWPFParagraph p = doc.createParagraph();
                for (String r : runs) {
                    p.createRun().setText(r);
                }
            }
            if (tableRows != null) {
                XWPFTable t = doc.createTable(tableRows.length, tableRows[0].length);
                for (int r = 0; r < tableRows.length; r++) {
                    for (int c = 0; c < tableRows[r].length; c++) {
                        XWPFParagraph p = t.getRow(r).getCell(c).getParagraphs().get(0);
                        // split every placeholder in two runs, as Word does after an edit
                        String text = tableRows[r][c];
                        int half = text.length() / 2;
                        p.createRun().setText(text.substring(0, half));
                        p.createRun().setText(text.substring(half));
                    }
                }
            }
            var out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        }
    }

    static byte[] valid() throws IOException {
        return docx(new String[][] {{"${", "标", "题}"}, {"第", "${期", "号}", "期"}},
                new String[][] {{"名次", "单位"}, {"${单位.名次}", "${单位.名称}"}});
    }

    static DocxTemplate.Values values(List<Map<String, String>> units) {
        return new DocxTemplate.Values(Map.of("标题", "6月通报", "期号", "2026年第3期", "正文", "一、甲\n二、乙\n三、丙"),
                Map.of("单位", units), Map.of());
    }

    static XWPFDocument open(byte[] bytes) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(bytes));
    }

    static String text(XWPFDocument doc) {
        return doc.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
    }

    @Test
    void placeholdersSplitAcrossRunsAreFilled() throws IOException {
        byte[] out = ENGINE.fill(valid(), values(List.of(Map.of("名次", "1", "名称", "住建"))));
        try (XWPFDocument doc = open(out)) {
            assertThat(text(doc)).contains("6月通报").contains("第2026年第3期期").doesNotContain("${");
        }
    }

    @Test
    void aRowWithGroupPlaceholdersIsRepeatedPerItem() throws IOException {
        byte[] out = ENGINE.fill(valid(), values(List.of(Map.of("名次", "1", "名称", "住建"),
                Map.of("名次", "2", "名称", "发改"), Map.of("名次", "2", "名称", "财政"))));
        try (XWPFDocument doc = open(out)) {
            List<XWPFTableRow> rows = doc.getTables().get(0).getRows();
            assertThat(rows).hasSize(4);
            assertThat(rows.get(0).getCell(1).getText()).isEqualTo("单位");
            assertThat(rows.stream().skip(1).map(r -> r.getCell(0).getText() + r.getCell(1).getText()))
                    .containsExactly("1住建", "2发改", "2财政");
        }
    }

    @Test
    void anEmptyGroupLeavesOneRowSayingNone() throws IOException {
        try (XWPFDocument doc = open(ENGINE.fill(valid(), values(List.of())))) {
            List<XWPFTableRow> rows = doc.getTables().get(0).getRows();
            assertThat(rows).hasSize(2);
            assertThat(rows.get(1).getCell(0).getText()).isEqualTo("无");
            assertThat(rows.get(1).getCell(1).getText()).isEmpty();
        }
    }

    @Test
    void aMultiLineTextFillingItsParagraphBecomesOneParagraphPerLine() throws IOException {
        byte[] template = docx(new String[][] {{"${标题}${期号}"}, {"${正", "文}"}, {"结尾"}},
                new String[][] {{"${单位.名称}"}});
        try (XWPFDocument doc = open(ENGINE.fill(template, values(List.of(Map.of("名称", "住建")))))) {
            assertThat(doc.getParagraphs().stream().map(XWPFParagraph::getText).toList())
                    .containsSubsequence("一、甲", "二、乙", "三、丙", "结尾");
        }
    }

    @Test
    void aPicturePlaceholderBecomesAPicture() throws IOException {
        byte[] png = java.util.Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
        byte[] template = docx(new String[][] {{"${标题}${期号}"}, {"${图:", "图表}"}}, new String[][] {{"${单位.名称}"}});
        var v = new DocxTemplate.Values(Map.of("标题", "t", "期号", "n"), Map.of(),
                Map.of("图表", new DocxTemplate.Picture(png, 10, 5)));
        try (XWPFDocument doc = open(ENGINE.fill(template, v))) {
            assertThat(doc.getAllPictures()).hasSize(1);
            assertThat(text(doc)).doesNotContain("${");
        }
    }

    @Test
    void anUnknownPlaceholderIsRefusedByName() throws IOException {
        byte[] template = docx(new String[][] {{"${标题}${期号}", "${签发", "人}"}}, new String[][] {{"${单位.名称}"}});
        assertThat(ENGINE.check(template)).containsExactly("模板中有无法识别的占位符：${签发人}");
        assertThatThrownBy(() -> ENGINE.fill(template, values(List.of())))
                .isInstanceOf(DocxTemplate.TemplateException.class).hasMessageContaining("${签发人}");
    }

    @Test
    void aMissingRequiredPlaceholderIsRefused() throws IOException {
        byte[] template = docx(new String[][] {{"${标题}"}}, null);
        assertThat(ENGINE.check(template)).containsExactly("模板缺少必需的占位符：${期号}、${单位.名称}");
    }

    @Test
    void groupPlaceholdersMustSitInATableRowAndRowsMayNotMixGroups() throws IOException {
        byte[] outside = docx(new String[][] {{"${标题}${期号}${单位.名称}"}}, null);
        assertThat(ENGINE.check(outside)).contains("占位符 ${单位.名称} 须放在表格的一行中（该行按每一项重复）");
        var words = new DocxTemplate.Vocabulary(Set.of("标题"), Map.of("单位", Set.of("名称"), "红灯", Set.of("任务")),
                Set.of(), Set.of());
        byte[] mixed = docx(new String[][] {{"${标题}"}}, new String[][] {{"${单位.名称}", "${红灯.任务}"}});
        assertThat(new DocxTemplate(words).check(mixed)).singleElement().asString().contains("不能混用");
    }

    @Test
    void unclosedPlaceholdersAndPicturesSharingAParagraphAreRefused() throws IOException {
        byte[] unclosed = docx(new String[][] {{"${标题}${期号}", "${统计期间"}}, new String[][] {{"${单位.名称}"}});
        assertThat(ENGINE.check(unclosed)).singleElement().asString().startsWith("模板中有未闭合的占位符：${统计期间");
        byte[] picture = docx(new String[][] {{"${标题}${期号}", "见${图:图表}"}}, new String[][] {{"${单位.名称}"}});
        assertThat(ENGINE.check(picture)).containsExactly("图表占位符 ${图:图表} 须单独占一段");
    }

    @Test
    void somethingThatIsNotAWordFileIsSaidSo() {
        assertThat(ENGINE.check("not a docx".getBytes())).containsExactly("模板不是有效的Word（.docx）文件");
        assertThat(ENGINE.check(new byte[0])).containsExactly("模板文件为空");
    }

    @Test
    void theShippedTemplateUsesOnlyKnownPlaceholdersAndAllRequiredOnes() throws IOException {
        try (var in = getClass().getResourceAsStream("/bulletins/template.docx")) {
            assertThat(BulletinDocuments.check(in.readAllBytes())).isEmpty();
        }
    }
}
