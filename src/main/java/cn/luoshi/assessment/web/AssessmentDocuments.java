package cn.luoshi.assessment.web;

import static cn.luoshi.common.pdf.PdfRenderer.escape;

import cn.luoshi.assessment.AssessmentService;
import cn.luoshi.assessment.Method;
import cn.luoshi.assessment.Scorer;
import cn.luoshi.common.pdf.PdfRenderer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.springframework.stereotype.Component;

/**
 * The exports of a result: the 考核得分表 (xlsx, one sheet per group: units × indicators under merged category
 * headers, then 小计, 加分, 扣分, 总分, 排名, 等次), and the 考核结果通报 in Word and PDF (number, basis, per group the
 * units by rank with total and grade, and the changes of this version).
 */
@Component
class AssessmentDocuments {

    private final PdfRenderer pdf;

    AssessmentDocuments(PdfRenderer pdf) {
        this.pdf = pdf;
    }

    static String n(BigDecimal b) {
        return b.stripTrailingZeros().toPlainString();
    }

    byte[] xlsx(AssessmentService.ScoreSheet s) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle head = wb.createCellStyle();
            Font bold = wb.createFont();
            bold.setBold(true);
            head.setFont(bold);
            head.setAlignment(HorizontalAlignment.CENTER);
            head.setVerticalAlignment(VerticalAlignment.CENTER);
            head.setWrapText(true);
            for (CellStyle c : List.of(head)) {
                c.setBorderBottom(BorderStyle.THIN);
                c.setBorderTop(BorderStyle.THIN);
                c.setBorderLeft(BorderStyle.THIN);
                c.setBorderRight(BorderStyle.THIN);
            }
            CellStyle title = wb.createCellStyle();
            Font big = wb.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            title.setFont(big);
            title.setAlignment(HorizontalAlignment.CENTER);
            for (AssessmentService.GroupSheet g : s.groups()) {
                Sheet sh = wb.createSheet(g.name());
                List<Scorer.Line> cols = g.columns();
                int last = 1 + cols.size() + 5;
                Row t = sh.createRow(0);
                t.createCell(0).setCellValue(s.run().title() + " " + g.name() + "得分表");
                t.getCell(0).setCellStyle(title);
                sh.addMergedRegion(new CellRangeAddress(0, 0, 0, last));
                Row r1 = sh.createRow(1);
                Row r2 = sh.createRow(2);
                Row r3 = sh.createRow(3);
                for (int c = 0; c <= last; c++) {
                    r1.createCell(c).setCellStyle(head);
                    r2.createCell(c).setCellStyle(head);
                    r3.createCell(c).setCellStyle(head);
                }
                r1.getCell(0).setCellValue("单位");
                sh.addMergedRegion(new CellRangeAddress(1, 3, 0, 0));
                // merged category headers over runs of adjacent indicators of the same category
                int runStart = 1;
                for (int i = 0; i < cols.size(); i++) {
                    Scorer.Line l = cols.get(i);
                    int col = 1 + i;
                    r2.getCell(col).setCellValue(l.name());
                    r3.getCell(col).setCellValue((l.kind() == Method.Kind.DEDUCTION ? "扣分上限" : l.kind()
                            == Method.Kind.BONUS ? "加分上限" : l.kind() == Method.Kind.VETO ? "否决" : "分值") + " "
                            + n(l.weight()));
                    boolean lastOfRun = i == cols.size() - 1 || !category(cols.get(i + 1)).equals(category(l));
                    if (lastOfRun) {
                        r1.getCell(runStart).setCellValue(category(l));
                        if (col > runStart) {
                            sh.addMergedRegion(new CellRangeAddress(1, 1, runStart, col));
                        }
                        runStart = col + 1;
                    }
                }
                String[] tail = {"小计", "加分", "扣分", "总分", "排名", "等次"};
                for (int k = 0; k < tail.length; k++) {
                    int col = 1 + cols.size() + k;
                    r1.getCell(col).setCellValue(tail[k]);
                    sh.addMergedRegion(new CellRangeAddress(1, 3, col, col));
                }
                int row = 4;
                for (AssessmentService.SheetRow sr : g.rows()) {
                    Row r = sh.createRow(row++);
                    r.createCell(0).setCellValue(sr.unit().unitName());
                    for (int i = 0; i < sr.lines().size(); i++) {
                        Scorer.Line l = sr.lines().get(i);
                        if (l.kind() == Method.Kind.VETO) {
                            r.createCell(1 + i).setCellValue(l.points().signum() > 0 ? "否决" : "—");
                        } else if (l.noData() && l.points().signum() == 0) {
                            r.createCell(1 + i).setCellValue("无数据");
                        } else {
                            r.createCell(1 + i).setCellValue(l.points().doubleValue());
                        }
                    }
                    int c = 1 + sr.lines().size();
                    r.createCell(c++).setCellValue(sr.unit().subtotal().doubleValue());
                    r.createCell(c++).setCellValue(sr.unit().bonus().doubleValue());
                    r.createCell(c++).setCellValue(sr.unit().deduction().doubleValue());
                    r.createCell(c++).setCellValue(sr.unit().total().doubleValue());
                    r.createCell(c++).setCellValue(sr.unit().rank());
                    r.createCell(c).setCellValue(sr.unit().grade().label());
                }
                sh.setColumnWidth(0, 14 * 256);
                for (int c = 1; c <= last; c++) {
                    sh.setColumnWidth(c, 11 * 256);
                }
                sh.createFreezePane(1, 4);
            }
            if (s.groups().isEmpty()) {
                wb.createSheet("无数据");
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String category(Scorer.Line l) {
        return l.category() == null ? l.kind().label() : l.category();
    }

    private static String heading(AssessmentService.ScoreSheet s) {
        return "关于" + s.run().kindLabel() + "结果的通报";
    }

    byte[] docx(AssessmentService.ScoreSheet s) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFParagraph p = doc.createParagraph();
            p.setAlignment(ParagraphAlignment.CENTER);
            XWPFRun r = p.createRun();
            r.setText(s.run().number() == null ? "（未发布）" : s.run().number()
                    + (s.run().resultVersion() > 1 ? "（第" + s.run().resultVersion() + "版）" : ""));
            r.setFontFamily("仿宋_GB2312");
            p = doc.createParagraph();
            p.setAlignment(ParagraphAlignment.CENTER);
            r = p.createRun();
            r.setBold(true);
            r.setFontSize(20);
            r.setFontFamily("方正小标宋简体");
            r.setText(heading(s));
            for (String para : body(s)) {
                p = doc.createParagraph();
                p.setIndentationFirstLine(640);
                r = p.createRun();
                r.setFontFamily("仿宋_GB2312");
                r.setFontSize(16);
                r.setText(para);
            }
            for (AssessmentService.GroupSheet g : s.groups()) {
                p = doc.createParagraph();
                r = p.createRun();
                r.setBold(true);
                r.setFontFamily("黑体");
                r.setText(g.name() + "（" + g.rows().size() + "个单位）");
                XWPFTable t = doc.createTable(g.rows().size() + 1, 7);
                String[] h = {"排名", "单位", "小计", "加分", "扣分", "总分", "等次"};
                for (int i = 0; i < h.length; i++) {
                    t.getRow(0).getCell(i).setText(h[i]);
                }
                int i = 1;
                for (AssessmentService.SheetRow sr : g.rows()) {
                    var u = sr.unit();
                    String[] v = {String.valueOf(u.rank()), u.unitName(), n(u.subtotal()), n(u.bonus()),
                            n(u.deduction()), n(u.total()), u.grade().label()};
                    for (int k = 0; k < v.length; k++) {
                        t.getRow(i).getCell(k).setText(v[k]);
                    }
                    i++;
                }
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> body(AssessmentService.ScoreSheet s) {
        List<String> out = new java.util.ArrayList<>();
        int units = s.groups().stream().mapToInt(g -> g.rows().size()).sum();
        out.add("根据《" + s.scheme().title() + "》（" + s.scheme().year() + "年第" + s.scheme().version()
                + "版），考核办对" + units + "个单位" + s.run().kindLabel() + "（统计期" + s.run().from() + "至"
                + s.run().to() + "）进行了计分，各项得分均来自系统中的督查台账、督办、通报、经济指标、重点项目、接诉即办、信访记录"
                + "和附佐证的手工录入，逐项可查。现将结果通报如下。");
        long excellent = s.groups().stream().flatMap(g -> g.rows().stream())
                .filter(r -> r.unit().grade() == cn.luoshi.assessment.Grade.EXCELLENT).count();
        long fail = s.groups().stream().flatMap(g -> g.rows().stream())
                .filter(r -> r.unit().grade() == cn.luoshi.assessment.Grade.FAIL).count();
        out.add("评为优秀等次的单位" + excellent + "个，不合格等次的单位" + fail + "个。各组排名与等次见下表。");
        if (s.run().resultVersion() > 1) {
            out.add("本版为第" + s.run().resultVersion() + "版：根据申诉裁定调整了相关指标，调整情况已记录在案。");
        }
        if (s.run().appealUntil() != null) {
            out.add("对考核结果有异议的单位，请于" + s.run().appealUntil() + "前通过系统提出申诉并提交佐证材料。");
        }
        return out;
    }

    byte[] pdf(AssessmentService.ScoreSheet s) {
        StringBuilder h = new StringBuilder("<html><head><style>").append(PdfRenderer.BASE_CSS).append("""
                .no { text-align: center; margin-top: 10pt; }
                h1 { text-align: center; font-size: 20pt; margin: 8pt 0 16pt 0; }
                h2 { font-size: 13pt; margin: 12pt 0 4pt 0; }
                p { text-indent: 2em; margin: 4pt 0; }
                td.n { text-align: right; }
                th { background: #eee; }
                .rule { border-top: 2pt solid #c00; margin: 4pt 0 12pt 0; }
                """).append("</style></head><body>");
        h.append("<div class=\"no\">").append(escape(s.run().number() == null ? "（未发布）" : s.run().number()
                + (s.run().resultVersion() > 1 ? "（第" + s.run().resultVersion() + "版）" : ""))).append("</div>");
        h.append("<div class=\"rule\"></div><h1>").append(escape(heading(s))).append("</h1>");
        for (String para : body(s)) {
            h.append("<p>").append(escape(para)).append("</p>");
        }
        for (AssessmentService.GroupSheet g : s.groups()) {
            h.append("<h2>").append(escape(g.name() + "（" + g.rows().size() + "个单位）")).append("</h2>");
            h.append("<table><thead><tr><th>排名</th><th>单位</th><th>小计</th><th>加分</th><th>扣分</th><th>总分</th>"
                    + "<th>等次</th></tr></thead><tbody>");
            for (AssessmentService.SheetRow sr : g.rows()) {
                var u = sr.unit();
                h.append("<tr><td class=\"n\">").append(u.rank()).append("</td><td>").append(escape(u.unitName()))
                        .append("</td><td class=\"n\">").append(n(u.subtotal())).append("</td><td class=\"n\">")
                        .append(n(u.bonus())).append("</td><td class=\"n\">").append(n(u.deduction()))
                        .append("</td><td class=\"n\">").append(n(u.total())).append("</td><td>")
                        .append(escape(u.grade().label())).append("</td></tr>");
            }
            h.append("</tbody></table>");
        }
        h.append("</body></html>");
        return pdf.render(h.toString());
    }
}
