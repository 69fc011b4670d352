package cn.luoshi.ingest;

import cn.luoshi.common.pdf.PdfRenderer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRunTrackChange;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Test documents made on the fly: Word files with list numbering, tables and tracked changes; PDFs of all kinds. */
public final class Documents {

    private Documents() {}

    /** A paragraph of a Word file: text, and the list level it is numbered at (-1: not numbered). */
    public record Para(String text, int level) {
        public static Para plain(String text) {
            return new Para(text, -1);
        }
    }

    /**
     * A .docx: the paragraphs (numbered ones with Word's numbering — level 0 一、, level 1 （一）, level 2 1.), then a
     * table of the given rows, then a paragraph with a tracked deletion and insertion when {@code tracked}.
     */
    public static byte[] docx(List<Para> paragraphs, List<List<String>> table, boolean tracked) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFNumbering numbering = doc.createNumbering();
            CTAbstractNum abs = CTAbstractNum.Factory.newInstance();
            abs.setAbstractNumId(BigInteger.ZERO);
            String[][] levels = {{"%1、", "chineseCounting"}, {"（%2）", "chineseCounting"}, {"%3.", "decimal"}};
            for (int i = 0; i < levels.length; i++) {
                CTLvl lvl = abs.addNewLvl();
                lvl.setIlvl(BigInteger.valueOf(i));
                lvl.addNewStart().setVal(BigInteger.ONE);
                lvl.addNewNumFmt().setVal(STNumberFormat.Enum.forString(levels[i][1]));
                lvl.addNewLvlText().setVal(levels[i][0]);
            }
            BigInteger abstractId = numbering.addAbstractNum(new org.apache.poi.xwpf.usermodel.XWPFAbstractNum(abs));
            BigInteger numId = numbering.addNum(abstractId);
            for (Para para : paragraphs) {
                XWPFParagraph p = doc.createParagraph();
                p.createRun().setText(para.text());
                if (para.level() >= 0) {
                    p.setNumID(numId);
                    p.setNumILvl(BigInteger.valueOf(para.level()));
                }
            }
            if (!table.isEmpty()) {
                XWPFTable t = doc.createTable(table.size(), table.get(0).size());
                for (int r = 0; r < table.size(); r++) {
                    for (int c = 0; c < table.get(r).size(); c++) {
                        t.getRow(r).getCell(c).setText(table.get(r).get(c));
                    }
                }
            }
            if (tracked) {
                XWPFParagraph p = doc.createParagraph();
                p.createRun().setText("三、抓好落实。全年新建口袋公园");
                CTRunTrackChange del = p.getCTP().addNewDel();
                del.setId(BigInteger.ONE);
                del.setAuthor("审稿人");
                del.addNewR().addNewDelText().setStringValue("8");
                CTRunTrackChange ins = p.getCTP().addNewIns();
                ins.setId(BigInteger.TWO);
                ins.setAuthor("审稿人");
                ins.addNewR().addNewT().setStringValue("12");
                p.getCTP().addNewR().addNewT().setStringValue("个。");
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PDF with a text layer: each string a paragraph, {@code pageBreakEvery} paragraphs per page (0: flow). */
    public static byte[] pdf(List<String> paragraphs, int pageBreakEvery) {
        StringBuilder html = new StringBuilder("<html><head><style>" + PdfRenderer.BASE_CSS + "</style></head><body>");
        for (int i = 0; i < paragraphs.size(); i++) {
            boolean breakBefore = pageBreakEvery > 0 && i > 0 && i % pageBreakEvery == 0;
            html.append("<p").append(breakBefore ? " style=\"page-break-before: always\"" : "").append(">")
                    .append(PdfRenderer.escape(paragraphs.get(i))).append("</p>");
        }
        html.append("</body></html>");
        return new PdfRenderer("").render(html.toString());
    }

    /** A PDF of blank pages: what a scanner without OCR gives, as far as text goes. */
    public static byte[] blankPdf(int pages) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int i = 0; i < pages; i++) {
                doc.addPage(new PDPage());
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PDF that opens only with a password. */
    public static byte[] encryptedPdf(byte[] plain) {
        try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(plain); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A zip that is not a Word document. */
    public static byte[] zipOf(String name, String content) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
