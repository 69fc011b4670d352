package cn.luoshi.bulletins;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * Writes the shipped Word template ({@code src/main/resources/bulletins/template.docx}) in the layout 督查室 use for a
 * 督查通报: red masthead, issue number, issuer and date over a red rule, title, then the sections with the placeholders
 * of {@code BulletinDocuments.VOCABULARY}. Run from the project directory: {@code java … DefaultTemplateMaker}. A
 * district replaces the file's output by uploading its own template; this class only makes the default reproducible.
 */
public final class DefaultTemplateMaker {

    static final String SONG = "宋体";
    static final String FANG = "仿宋";
    static final String HEI = "黑体";

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "src/main/resources/bulletins/template.docx");
        Files.write(out, make());
        System.out.println("wrote " + out.toAbsolutePath());
    }

    static byte[] make() throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            page(doc);
            // GB/T 9704-2012 版头: 发文机关标志 in red, 发文字号 two lines under it, the red 分隔线 4 mm under that.
            XWPFParagraph head = para(doc, ParagraphAlignment.CENTER, 0);
            XWPFRun r = run(head, "${发布单位}", SONG, 36, true);
            r.setColor("E60012");
            head.setSpacingAfter(2 * 580);
            XWPFParagraph number = para(doc, ParagraphAlignment.CENTER, 0);
            run(number, "${发文字号}", FANG, 16, false);
            number.setBorderBottom(Borders.SINGLE);
            number.getCTP().getPPr().getPBdr().getBottom().setColor("E60012");
            number.getCTP().getPPr().getPBdr().getBottom().setSz(BigInteger.valueOf(12));
            number.getCTP().getPPr().getPBdr().getBottom().setSpace(BigInteger.valueOf(11));
            number.setSpacingAfter(2 * 580);

            // 标题 in 二号 (22 pt), the 期号 under it.
            XWPFParagraph title = para(doc, ParagraphAlignment.CENTER, 0);
            run(title, "${标题}", SONG, 22, true);
            XWPFParagraph issue = para(doc, ParagraphAlignment.CENTER, 0);
            run(issue, "（督查通报${期号}）", FANG, 16, false);
            issue.setSpacingAfter(580);
            body(doc, "统计期间：${统计期间}；统计范围：${统计范围}。", 0);

            heading(doc, "一、总体情况");
            body(doc, "${总体情况}", 2);
            para(doc, ParagraphAlignment.CENTER, 0);
            run(doc.getLastParagraph(), "${图:亮灯}", FANG, 12, false);

            heading(doc, "二、各单位推进情况");
            body(doc, "${排名规则}", 2);
            // The same columns as the PDF (issue 12: Word lacked 本期办结 here and 完成时限 in the red items).
            table(doc, new String[] {"名次", "牵头单位", "承担任务", "正常推进率", "已办结", "本期办结", "应办结", "按期办结",
                    "按期办结率", "落后序时", "逾期未办结", "未按时报送", "红灯"},
                    new String[] {"${单位.名次}", "${单位.名称}", "${单位.任务数}", "${单位.正常推进率}", "${单位.已办结}",
                            "${单位.本期办结}", "${单位.应办结}", "${单位.按期办结}", "${单位.按期办结率}", "${单位.落后序时}",
                            "${单位.逾期}", "${单位.未按时报送}", "${单位.红灯}"},
                    new int[] {460, 1000, 580, 740, 580, 580, 580, 580, 740, 580, 660, 660, 460});
            para(doc, ParagraphAlignment.CENTER, 0);
            run(doc.getLastParagraph(), "${图:各单位}", FANG, 12, false);

            heading(doc, "三、红灯事项");
            body(doc, "${红灯说明}", 2);
            table(doc, new String[] {"序号", "牵头单位", "任务", "原因", "完成时限"},
                    new String[] {"${红灯.序号}", "${红灯.单位}", "${红灯.任务}", "${红灯.原因}", "${红灯.完成时限}"},
                    new int[] {600, 1150, 3300, 2600, 1150});

            heading(doc, "四、通报表扬");
            body(doc, "${表扬单位}", 2);
            small(doc, "表扬规则：${表扬规则}");

            heading(doc, "五、本期终止任务");
            body(doc, "${终止说明}", 2);
            table(doc, new String[] {"序号", "牵头单位", "任务", "终止日期", "理由"},
                    new String[] {"${终止.序号}", "${终止.单位}", "${终止.任务}", "${终止.终止日期}", "${终止.理由}"},
                    new int[] {600, 1200, 3400, 1300, 2300});

            heading(doc, "六、下步要求");
            body(doc, "${下步要求}", 2);

            // 署名 and 成文日期 (Arabic numerals), 右空四字.
            XWPFParagraph sign = para(doc, ParagraphAlignment.RIGHT, 0);
            sign.setSpacingBefore(580);
            sign.setIndentationRight(4 * 320);
            run(sign, "${发布单位}", FANG, 16, false);
            XWPFParagraph date = para(doc, ParagraphAlignment.RIGHT, 0);
            date.setIndentationRight(4 * 320);
            run(date, "${发布日期}", FANG, 16, false);

            heading(doc, "附：通报口径");
            small(doc, "${通报口径}");
            small(doc, "亮灯规则：${亮灯规则}");

            footer(doc);
            var out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        }
    }

    private static void page(XWPFDocument doc) {
        CTSectPr sect = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar mar = sect.addNewPgMar();
        mar.setTop(BigInteger.valueOf(2098)); // 37 mm
        mar.setBottom(BigInteger.valueOf(1984)); // 35 mm
        mar.setLeft(BigInteger.valueOf(1588)); // 28 mm
        mar.setRight(BigInteger.valueOf(1474)); // 26 mm
        mar.setFooter(BigInteger.valueOf(992));
        mar.setHeader(BigInteger.valueOf(851));
        // 22 lines of 28 characters in the 225 × 156 mm 版心: a line pitch of 12,756 / 22 ≈ 579 twips.
        var grid = sect.addNewDocGrid();
        grid.setType(org.openxmlformats.schemas.wordprocessingml.x2006.main.STDocGrid.LINES);
        grid.setLinePitch(BigInteger.valueOf(579));
    }

    private static XWPFParagraph para(XWPFDocument doc, ParagraphAlignment align, int indentChars) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(align);
        if (indentChars > 0) {
            p.setIndentationFirstLine(indentChars * 320);
        }
        p.setSpacingAfter(60);
        return p;
    }

    private static XWPFRun run(XWPFParagraph p, String text, String font, double size, boolean bold) {
        XWPFRun r = p.createRun();
        r.setText(text);
        r.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
        r.setFontFamily(font, XWPFRun.FontCharRange.ascii);
        r.setFontSize(size);
        r.setBold(bold);
        return r;
    }

    private static void heading(XWPFDocument doc, String text) {
        XWPFParagraph p = para(doc, ParagraphAlignment.LEFT, 2);
        p.setSpacingBefore(200);
        run(p, text, HEI, 16, false);
    }

    private static void body(XWPFDocument doc, String text, int indent) {
        run(para(doc, ParagraphAlignment.BOTH, indent), text, FANG, 16, false);
    }

    private static void small(XWPFDocument doc, String text) {
        run(para(doc, ParagraphAlignment.BOTH, 2), text, FANG, 10.5, false);
    }

    private static void table(XWPFDocument doc, String[] header, String[] row, int[] widths) {
        XWPFTable t = doc.createTable(2, header.length);
        t.setTableAlignment(TableRowAlign.CENTER);
        var tblW = t.getCTTbl().getTblPr().isSetTblW() ? t.getCTTbl().getTblPr().getTblW()
                : t.getCTTbl().getTblPr().addNewTblW();
        tblW.setType(STTblWidth.DXA);
        tblW.setW(BigInteger.valueOf(java.util.Arrays.stream(widths).sum()));
        var grid = t.getCTTbl().getTblGrid() == null ? t.getCTTbl().addNewTblGrid() : t.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int w : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(w));
        }
        fill(t.getRow(0), header, widths, true);
        fill(t.getRow(1), row, widths, false);
        t.getRow(0).setRepeatHeader(true);
        para(doc, ParagraphAlignment.LEFT, 0);
    }

    private static void fill(XWPFTableRow row, String[] texts, int[] widths, boolean bold) {
        for (int i = 0; i < texts.length; i++) {
            XWPFTableCell cell = row.getCell(i);
            cell.setWidth(String.valueOf(widths[i]));
            XWPFParagraph p = cell.getParagraphs().get(0);
            p.setAlignment(i == 0 ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
            run(p, texts[i], bold ? HEI : FANG, 10.5, false);
            if (bold) {
                cell.setColor("F2F2F2");
            }
        }
    }

    private static void footer(XWPFDocument doc) {
        XWPFFooter f = doc.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph p = f.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        run(p, "— ", SONG, 14, false);
        p.getCTP().addNewFldSimple().setInstr("PAGE");
        run(p, " —", SONG, 14, false);
    }

    private DefaultTemplateMaker() {
    }
}
