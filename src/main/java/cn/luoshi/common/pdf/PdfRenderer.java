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

    /**
     * The family of the serif face of 公文 documents (GB/T 9704-2012 wants 仿宋 for the body and 小标宋 for titles;
     * Debian has neither, so the Song/Ming face AR PL UMing CN from {@code fonts-arphic-uming} stands in: a TrueType
     * collection that embeds, unlike the Noto Serif CJK OTF files). Without that file the sans font is registered under
     * this family too, so documents still render.
     */
    public static final String SERIF_FAMILY = "Luoshi Song";

    /**
     * 党政机关公文格式 (GB/T 9704-2012, §5.1–5.2, §7.5): A4; 天头（上白边）37 mm, 订口（左白边）28 mm, 版心 156 × 225 mm, so
     * 26 mm on the right and 35 mm at the foot; 22 lines of 28 characters of size 3 (三号, 16 pt): a line pitch of
     * 225 mm / 22 and a character pitch of 156 mm / 28; the page number "— 1 —" in size 4 (四号, 14 pt), 7 mm under the
     * 版心, centred (the standard puts odd pages right and even pages left, one character in; centred is what single-sided
     * office printing uses). Classes: {@code gw-org} 发文机关标志 (red), {@code gw-number} 发文字号, {@code gw-rule} the red
     * 分隔线, {@code gw-title} 标题 (二号, 22 pt), {@code gw-to} 主送机关, {@code gw-h1} 一级标题 (黑体), {@code gw-sign}
     * 署名 and {@code gw-date} 成文日期 (右空四字).
     */
    public static final String GONGWEN_CSS = """
            @page { size: 210mm 297mm; margin: 37mm 26mm 35mm 28mm;
                    @bottom-center { content: "— " counter(page) " —"; font-family: 'Luoshi Song';
                                     font-size: 14pt; vertical-align: top; padding-top: 7mm; } }
            * { font-family: 'Luoshi Song'; }
            body { font-size: 16pt; line-height: 10.227mm; letter-spacing: -0.21pt; margin: 0; }
            p { margin: 0; text-indent: 2em; text-align: justify; }
            p.plain { text-indent: 0; }
            .gw-org { color: #e60012; text-align: center; font-size: 36pt; line-height: 1.2; letter-spacing: 2pt;
                      font-weight: bold; margin: 0; }
            .gw-number { text-align: center; margin-top: 20.45mm; }
            .gw-rule { border-top: 1.2pt solid #e60012; margin: 4mm 0 20.45mm 0; height: 0; }
            .gw-title { text-align: center; font-size: 22pt; line-height: 10.227mm; font-weight: bold;
                        margin: 0 0 10.227mm 0; }
            .gw-to { text-indent: 0; }
            .gw-h1 { font-family: 'WenQuanYi Micro Hei'; text-indent: 2em; margin: 0; font-size: 16pt; }
            .gw-sign { text-align: right; padding-right: 4em; margin-top: 20.45mm; text-indent: 0; }
            .gw-date { text-align: right; padding-right: 4em; text-indent: 0; }
            .gw-small { font-size: 14pt; }
            table { border-collapse: collapse; width: 100%; -fs-table-paginate: paginate; letter-spacing: 0; }
            th, td { border: 0.5pt solid #000; padding: 1pt 3pt; vertical-align: top; line-height: 1.35; }
            thead { display: table-header-group; }
            tr { page-break-inside: avoid; }
            """;

    private static final String FONT_POSTSCRIPT_NAME = "WenQuanYiMicroHei";
    private static final String SERIF_POSTSCRIPT_NAME = "UMingCN";

    static {
        // openhtmltopdf logs every stage at INFO through java.util.logging; failures still surface as exceptions.
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
    }

    private final List<Path> fontCandidates;
    private final List<Path> serifCandidates;

    public PdfRenderer(String configuredFont) {
        this(configuredFont, "");
    }

    /**
     * @param configuredFont      {@code luoshi.pdf.font}: the sans TrueType collection (WenQuanYi Micro Hei), blank for
     *                            the Debian paths
     * @param configuredSerifFont {@code luoshi.pdf.serif-font}: the serif TrueType collection with {@code UMingCN},
     *                            blank for the Debian path of {@code fonts-arphic-uming}
     */
    @org.springframework.beans.factory.annotation.Autowired
    public PdfRenderer(@Value("${luoshi.pdf.font:}") String configuredFont,
            @Value("${luoshi.pdf.serif-font:}") String configuredSerifFont) {
        this.fontCandidates = configuredFont == null || configuredFont.isBlank()
                ? List.of(Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
                        Path.of("/usr/share/fonts/wqy-microhei/wqy-microhei.ttc"))
                : List.of(Path.of(configuredFont));
        this.serifCandidates = configuredSerifFont == null || configuredSerifFont.isBlank()
                ? List.of(Path.of("/usr/share/fonts/truetype/arphic/uming.ttc"))
                : List.of(Path.of(configuredSerifFont));
    }

    /** The serif font file in use, if any (otherwise {@link #SERIF_FAMILY} draws with the sans font). */
    public java.util.Optional<Path> serifFontFile() {
        return serifCandidates.stream().filter(Files::isReadable).findFirst();
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
            Path serifFile = xhtml.contains(SERIF_FAMILY) ? serifFontFile().orElse(null) : null;
            TrueTypeCollection serifCollection = serifFile == null ? null : new TrueTypeCollection(serifFile.toFile());
            try {
                TrueTypeFont serif = serifCollection == null ? null : serifCollection.getFontByName(SERIF_POSTSCRIPT_NAME);
                builder.useFont(new PDFontSupplier(serif == null ? pdFont : PDType0Font.load(doc, serif, true)),
                        SERIF_FAMILY);
                builder.withHtmlContent(xhtml, null);
                builder.toStream(out);
                builder.run();
            } finally {
                if (serifCollection != null) {
                    serifCollection.close();
                }
            }
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
