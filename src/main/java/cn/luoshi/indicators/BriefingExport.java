package cn.luoshi.indicators;

import static cn.luoshi.common.pdf.PdfRenderer.escape;

import cn.luoshi.common.pdf.PdfRenderer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.springframework.stereotype.Component;

/** The 经济运行简报 as a Word document (POI) and a PDF (openhtmltopdf, the project's font). */
@Component
public class BriefingExport {

    private final PdfRenderer pdf;

    BriefingExport(PdfRenderer pdf) {
        this.pdf = pdf;
    }

    public byte[] docx(Dashboard d) {
        List<Briefing.Paragraph> paragraphs = Briefing.write(d);
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFParagraph title = doc.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            XWPFRun t = title.createRun();
            t.setText(Briefing.title(d));
            t.setBold(true);
            t.setFontSize(18);
            t.setFontFamily("方正小标宋简体");
            for (Briefing.Paragraph p : paragraphs) {
                XWPFParagraph h = doc.createParagraph();
                XWPFRun hr = h.createRun();
                hr.setText(p.heading());
                hr.setBold(true);
                hr.setFontFamily("黑体");
                hr.setFontSize(16);
                XWPFParagraph body = doc.createParagraph();
                body.setFirstLineIndent(640);
                for (Briefing.Segment s : p.segments()) {
                    XWPFRun r = body.createRun();
                    r.setText(s.text());
                    r.setFontFamily("仿宋_GB2312");
                    r.setFontSize(16);
                }
            }
            XWPFParagraph note = doc.createParagraph();
            XWPFRun n = note.createRun();
            n.setText("数据来源：区统计局（各数据的来源与版本见落实系统“经济指标”）。");
            n.setFontSize(12);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public byte[] pdf(Dashboard d) {
        StringBuilder html = new StringBuilder("<html><head><style>").append(PdfRenderer.BASE_CSS)
                .append("h1{text-align:center;font-size:18pt} h2{font-size:14pt;margin:10pt 0 4pt} p{text-indent:2em;"
                        + "line-height:1.7;font-size:12pt} .src{font-size:9pt;color:#555}</style></head><body>")
                .append("<h1>").append(escape(Briefing.title(d))).append("</h1>");
        for (Briefing.Paragraph p : Briefing.write(d)) {
            html.append("<h2>").append(escape(p.heading())).append("</h2><p>");
            for (Briefing.Segment s : p.segments()) {
                html.append(escape(s.text()));
            }
            html.append("</p>");
        }
        html.append("<p class=\"src\">数据来源：区统计局（各数据的来源与版本见落实系统“经济指标”）。</p></body></html>");
        return pdf.render(html.toString());
    }
}
