package cn.luoshi.ingest.internal;

import cn.luoshi.ingest.IngestException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Documents as clerks receive them (文档读取): Word (.docx, Apache POI) and PDF (PDFBox) besides plain text. A Word
 * file gives its paragraphs one per line with their list numbers (一、 （一） 1. as Word's numbering shows them), its
 * tables one row per line with the cells separated by tabs (so a task table becomes one task per row), and its
 * tracked changes as accepted (deleted text left out, inserted text kept). A PDF gives the text of its text layer,
 * page numbers left out; a scanned PDF (no text layer), an encrypted one and one of more than {@link #MAX_PDF_PAGES}
 * pages are refused with a clear message, as are files that only pretend to be one of these (a zip that is no Word
 * document, an old .doc). Plain text goes to {@link TextDecoder}.
 */
public final class DocumentReader {

    /** A Word or PDF file may be larger than a text file: pictures and fonts come with it. */
    public static final int MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;
    /** A speech or a work report is tens of pages; a file of hundreds is something else, refused before it is read. */
    public static final int MAX_PDF_PAGES = 200;

    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "^[\\s\\-—–－·]*(?:第\\s*)?\\d{1,4}(?:\\s*页)?(?:\\s*[/／共]\\s*\\d{1,4}\\s*页?)?[\\s\\-—–－·]*$");

    /** The text of a document and how it was read (UTF-8, GB18030, docx, pdf…). */
    public record Read(String text, String encoding) {}

    private DocumentReader() {}

    public static Read read(String fileName, byte[] bytes) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (bytes == null || bytes.length == 0) {
            throw new IngestException("输入为空", "input is empty");
        }
        boolean zip = startsWith(bytes, new byte[] {'P', 'K', 3, 4});
        boolean pdf = startsWith(bytes, "%PDF".getBytes(StandardCharsets.US_ASCII));
        boolean ole = startsWith(bytes, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0});
        if (ole || name.endsWith(".doc")) {
            throw new IngestException("这是旧版 Word 文件（.doc），请在 Word 中另存为 .docx 后再上传",
                    "an old Word file (.doc): save it as .docx");
        }
        if (zip || name.endsWith(".docx")) {
            if (!zip) {
                throw new IngestException("文件扩展名是 .docx，但内容不是 Word 文档", "named .docx but not a Word document");
            }
            return new Read(docx(bytes), "docx");
        }
        if (pdf || name.endsWith(".pdf")) {
            if (!pdf) {
                throw new IngestException("文件扩展名是 .pdf，但内容不是 PDF 文档", "named .pdf but not a PDF document");
            }
            return new Read(pdf(bytes), "pdf");
        }
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
        return new Read(decoded.text(), decoded.encoding());
    }

    // ---------------------------------------------------------------- Word

    static String docx(byte[] bytes) {
        if (bytes.length > MAX_DOCUMENT_BYTES) {
            throw tooLarge(bytes.length);
        }
        if (!hasEntry(bytes, "word/document.xml")) {
            throw new IngestException("文件是压缩包，但不是 Word 文档（.docx），请上传讲话的 Word 文件或 PDF",
                    "a zip file that is not a Word document");
        }
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            StringBuilder out = new StringBuilder(bytes.length);
            Numbering numbering = new Numbering();
            for (IBodyElement element : doc.getBodyElements()) {
                if (element instanceof XWPFParagraph p) {
                    String text = paragraphText(p).strip();
                    String number = numbering.next(p);
                    if (!text.isEmpty() || number != null) {
                        // a blank line after each: a Word paragraph is a paragraph, never a hard-wrapped line to join
                        out.append(number == null ? "" : number).append(text).append("\n\n");
                    }
                } else if (element instanceof XWPFTable table) {
                    out.append('\n');
                    for (XWPFTableRow row : table.getRows()) {
                        StringBuilder line = new StringBuilder();
                        for (XWPFTableCell cell : row.getTableCells()) {
                            if (!line.isEmpty()) {
                                line.append('\t');
                            }
                            StringBuilder cellText = new StringBuilder();
                            for (XWPFParagraph p : cell.getParagraphs()) {
                                if (!cellText.isEmpty()) {
                                    cellText.append('，');
                                }
                                cellText.append(paragraphText(p).strip().replace('\t', ' '));
                            }
                            line.append(cellText.toString().replaceAll("^，+|，+$", ""));
                        }
                        if (!line.toString().isBlank()) {
                            out.append(line).append('\n');
                        }
                    }
                    out.append('\n');
                }
                if (out.length() > TextDecoder.MAX_BYTES) {
                    throw new IngestException("Word 文档的文字过长（超过 " + TextDecoder.MAX_BYTES / 3 + " 字）",
                            "the Word document's text is too long");
                }
            }
            String text = out.toString();
            if (text.isBlank()) {
                throw new IngestException("Word 文档中没有文字（可能只有图片），请上传有文字的版本",
                        "the Word document has no text");
            }
            return text;
        } catch (NotOfficeXmlFileException | IOException | IllegalStateException | org.apache.poi.ooxml.POIXMLException e) {
            throw new IngestException("Word 文档已损坏或格式不对，无法读取（" + brief(e) + "）",
                    "the Word document cannot be read: " + brief(e));
        } catch (RuntimeException e) {
            if (e instanceof IngestException ie) {
                throw ie;
            }
            throw new IngestException("Word 文档无法读取（" + brief(e) + "）", "the Word document cannot be read: " + brief(e));
        }
    }

    /** A paragraph's text with tracked changes accepted: w:del and w:moveFrom left out, w:tab a tab, w:br a break. */
    static String paragraphText(XWPFParagraph p) {
        StringBuilder sb = new StringBuilder();
        try (XmlCursor c = p.getCTP().newCursor()) {
            walk(c, sb);
        }
        return sb.toString();
    }

    private static void walk(XmlCursor c, StringBuilder sb) {
        if (!c.toFirstChild()) {
            return;
        }
        do {
            switch (c.getName().getLocalPart()) {
                case "del", "moveFrom", "delText", "instrText", "pPr", "rPr", "fldChar" -> { }
                case "t" -> sb.append(c.getTextValue());
                case "tab" -> sb.append('\t');
                case "br", "cr" -> sb.append('\n');
                default -> walk(c, sb);
            }
        } while (c.toNextSibling());
        c.toParent();
    }

    /**
     * Word's list numbers, which are not in the paragraph's text: a counter per list and level (a deeper level starts
     * again under a new item), written with the level's format (一、 （一） 1.).
     */
    private static final class Numbering {
        private final Map<BigInteger, int[]> counters = new HashMap<>();

        String next(XWPFParagraph p) {
            BigInteger id = p.getNumID();
            if (id == null) {
                return null;
            }
            int level = p.getNumIlvl() == null ? 0 : Math.min(8, p.getNumIlvl().intValue());
            String pattern = p.getNumLevelText();
            String format = p.getNumFmt();
            if (pattern == null || format == null || "bullet".equals(format) || "none".equals(format)) {
                return null;
            }
            int[] c = counters.computeIfAbsent(id, k -> new int[9]);
            if (c[level] == 0 && p.getNumStartOverride() != null) {
                c[level] = p.getNumStartOverride().intValue() - 1;
            }
            c[level]++;
            for (int k = level + 1; k < c.length; k++) {
                c[k] = 0;
            }
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < pattern.length(); i++) {
                char ch = pattern.charAt(i);
                if (ch == '%' && i + 1 < pattern.length() && Character.isDigit(pattern.charAt(i + 1))) {
                    int l = pattern.charAt(i + 1) - '1';
                    int n = l >= 0 && l < c.length ? Math.max(1, c[l]) : 1;
                    sb.append(l == level ? format(n, format) : String.valueOf(n));
                    i++;
                } else {
                    sb.append(ch);
                }
            }
            return sb.toString();
        }

        private static String format(int n, String format) {
            return switch (format) {
                case "chineseCounting", "chineseCountingThousand", "ideographTraditional", "chineseLegalSimplified",
                     "taiwaneseCounting", "japaneseCounting" -> ChineseNumbers.toChinese(n);
                case "decimalEnclosedCircle", "decimalEnclosedCircleChinese" ->
                        n >= 1 && n <= 20 ? String.valueOf((char) (0x245F + n)) : String.valueOf(n);
                default -> String.valueOf(n);
            };
        }
    }

    // ---------------------------------------------------------------- PDF

    static String pdf(byte[] bytes) {
        if (bytes.length > MAX_DOCUMENT_BYTES) {
            throw tooLarge(bytes.length);
        }
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            int pages = doc.getNumberOfPages();
            if (pages > MAX_PDF_PAGES) {
                throw new IngestException("PDF 共 " + pages + " 页，超过 " + MAX_PDF_PAGES + " 页的上限；请只上传讲话或报告本身",
                        "the PDF has " + pages + " pages (limit " + MAX_PDF_PAGES + ")");
            }
            if (doc.isEncrypted() && !doc.getCurrentAccessPermission().canExtractContent()) {
                throw new IngestException("PDF 已加密，不允许提取文字；请上传未加密的版本", "the PDF is encrypted");
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setLineSeparator("\n");
            stripper.setParagraphEnd("\n");
            String raw = stripper.getText(doc);
            StringBuilder out = new StringBuilder(raw.length());
            int han = 0;
            for (String line : raw.split("\n")) {
                if (PAGE_NUMBER.matcher(line).matches()) {
                    continue; // page numbers (— 3 —, 第3页 共30页)
                }
                out.append(line).append('\n');
                han += (int) line.codePoints().filter(TextDecoder::isHan).count();
            }
            if (han < 10) {
                throw new IngestException("PDF 中没有可读取的文字（可能是扫描件或图片）；请上传可复制文字的 PDF 或 Word 文件，"
                        + "或先做文字识别（OCR）", "the PDF has no text layer (scanned?)");
            }
            return out.toString();
        } catch (InvalidPasswordException e) {
            throw new IngestException("PDF 已加密（需要密码才能打开）；请上传未加密的版本", "the PDF is encrypted");
        } catch (IOException e) {
            throw new IngestException("PDF 文件已损坏或格式不对，无法读取（" + brief(e) + "）",
                    "the PDF cannot be read: " + brief(e));
        }
    }

    // ---------------------------------------------------------------- helpers

    private static boolean hasEntry(byte[] bytes, String wanted) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry e;
            int entries = 0;
            while ((e = zip.getNextEntry()) != null && entries++ < 10_000) {
                if (wanted.equals(e.getName())) {
                    return true;
                }
            }
            return false;
        } catch (IOException | IllegalArgumentException e) {
            throw new IngestException("压缩文件已损坏，无法读取（" + brief(e) + "）", "broken zip file: " + brief(e));
        }
    }

    private static IngestException tooLarge(int length) {
        return new IngestException("文件过大（" + length / 1024 / 1024 + " MB，上限 " + MAX_DOCUMENT_BYTES / 1024 / 1024 + " MB）",
                "file too large");
    }

    private static String brief(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.length() > 80 ? m.substring(0, 80) + "…" : m;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
