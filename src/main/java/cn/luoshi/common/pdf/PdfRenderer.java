package cn.luoshi.common.pdf;

import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Turns a well-formed XHTML page into an A4 PDF with the Chinese font embedded (WenQuanYi Micro Hei; the Noto CJK OTF
 * files do not embed with openhtmltopdf). Used by the 督办单 and 通报 documents.
 *
 * <p>Page layout belongs to the page's own CSS ({@code @page { size: A4; @bottom-center { content: counter(page) } }});
 * {@link #BASE_CSS} offers the usual defaults. Every element should use {@code font-family: 'WenQuanYi Micro Hei'}.
 */
@Component
public class PdfRenderer {

    /** The family name the embedded font is registered under. */
    public static final String FONT_FAMILY = "WenQuanYi Micro Hei";

    /** A4 portrait, 2.5 cm margins, the page number centred at the foot ("第 N 页 共 M 页"), the font everywhere. */
    public static final String BASE_CSS = """
            @page { size: A4; margin: 25mm 22mm 25mm 22mm;
                    @bottom-center { content: "第 " counter(page) " 页 共 " counter(pages) " 页";
                                     font-family: 'WenQuanYi Micro Hei'; font-size: 9pt; color: #555; } }
            * { font-family: 'WenQuanYi Micro Hei'; }
            body { font-size: 12pt; line-height: 1.6; }
            table { border-collapse: collapse; width: 100%; -fs-table-paginate: paginate; }
            th, td { border: 0.5pt solid #333; padding: 3pt 5pt; vertical-align: top; }
            thead { display: table-header-group; }
            tr { page-break-inside: avoid; }
            """;

    private static final String FONT_POSTSCRIPT_NAME = "WenQuanYiMicroHei";

    static {
        // openhtmltopdf logs every stage at INFO through java.util.logging; failures still surface as exceptions.
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
    }

    private final List<Path> fontCandidates;

    public PdfRenderer(@Value("${luoshi.pdf.font:}") String configuredFont) {
        this.fontCandidates = configuredFont == null || configuredFont.isBlank()
                ? List.of(Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
                        Path.of("/usr/share/fonts/wqy-microhei/wqy-microhei.ttc"))
                : List.of(Path.of(configuredFont));
    }

    /** The font file in use, or a clear error naming where it was looked for and how to install it. */
    public Path fontFile() {
        return fontCandidates.stream().filter(Files::isReadable).findFirst().orElseThrow(() -> new IllegalStateException(
                "找不到中文字体文泉驿微米黑（WenQuanYi Micro Hei），无法生成PDF。请安装 fonts-wqy-microhei，"
                        + "或用 luoshi.pdf.font 指定字体文件；查找过：" + fontCandidates));
    }

    /** Renders {@code xhtml} (must be well-formed XML) to PDF bytes. */
    public byte[] render(String xhtml) {
        Path font = fontFile();
        var out = new ByteArrayOutputStream();
        try (var doc = new PDDocument();
                var collection = new TrueTypeCollection(font.toFile())) {
            TrueTypeFont ttf = collection.getFontByName(FONT_POSTSCRIPT_NAME);
            if (ttf == null) {
                throw new IllegalStateException("字体文件 " + font + " 中没有 " + FONT_POSTSCRIPT_NAME);
            }
            PDType0Font pdFont = PDType0Font.load(doc, ttf, true);
            var builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePDDocument(doc);
            builder.useFont(new PDFontSupplier(pdFont), FONT_FAMILY);
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("PDF 生成失败：" + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    /** Escapes text for inclusion in XHTML. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        var sb = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
