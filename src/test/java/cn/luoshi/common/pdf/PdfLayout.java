package cn.luoshi.common.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Where the glyphs of a PDF page sit (PDFBox text positions, in millimetres from the page's top-left corner), to check
 * a 公文 layout: the 版心 the body keeps to and the page number under it.
 */
public final class PdfLayout {

    /** One glyph: its text, left, top and bottom edge in mm from the top-left corner of the page, its size in pt. */
    public record Glyph(String text, double left, double right, double top, double bottom, double sizePt) {
    }

    private static final double MM = 72 / 25.4;

    private PdfLayout() {
    }

    /** The glyphs of page {@code pageIndex} (0-based), in reading order. */
    public static List<Glyph> glyphs(PDDocument doc, int pageIndex) throws IOException {
        List<Glyph> out = new ArrayList<>();
        var stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                for (TextPosition p : positions) {
                    if (p.getUnicode().isBlank()) {
                        continue;
                    }
                    double left = p.getXDirAdj() / MM;
                    double bottom = p.getYDirAdj() / MM; // baseline
                    double height = p.getFontSizeInPt() / MM;
                    out.add(new Glyph(p.getUnicode(), left, left + p.getWidthDirAdj() / MM, bottom - height * 0.88,
                            bottom, p.getFontSizeInPt()));
                }
            }
        };
        stripper.setStartPage(pageIndex + 1);
        stripper.setEndPage(pageIndex + 1);
        stripper.getText(doc);
        return out;
    }

    /** The page number line ("— 1 —") at the foot: the glyphs below {@code belowMm}, joined without spaces. */
    public static String footText(List<Glyph> glyphs, double belowMm) {
        var sb = new StringBuilder();
        glyphs.stream().filter(g -> g.top() > belowMm).forEach(g -> sb.append(g.text()));
        return sb.toString();
    }
}
