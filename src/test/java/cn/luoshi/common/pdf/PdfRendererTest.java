package cn.luoshi.common.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfRendererTest {

    private final PdfRenderer renderer = new PdfRenderer("");

    @Test
    void rendersChineseWithTheFontEmbeddedAndPageNumbers() throws Exception {
        String body = "<p>督办〔2026〕第3号：请区住建局于5个工作日内报送整改情况。</p>".repeat(80);
        byte[] pdf = renderer.render("<html><head><style>" + PdfRenderer.BASE_CSS + "</style></head><body>"
                + body + "</body></html>");

        try (var doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(1);
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("督办〔2026〕第3号").contains("区住建局").contains("第 1 页 共 " + doc.getNumberOfPages() + " 页");
            PDFont font = doc.getPage(0).getResources().getFont(doc.getPage(0).getResources().getFontNames().iterator().next());
            assertThat(font.getName()).contains("WenQuanYiMicroHei");
            assertThat(font.isEmbedded()).isTrue();
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isCloseTo(595f, org.assertj.core.data.Offset.offset(2f));
        }
    }

    @Test
    void aMissingFontIsAClearChineseMessage() {
        var missing = new PdfRenderer("/nonexistent/font.ttc");
        assertThatThrownBy(() -> missing.render("<html><body>x</body></html>"))
                .hasMessageContaining("找不到中文字体").hasMessageContaining("fonts-wqy-microhei");
    }

    @Test
    void escapesMarkup() {
        assertThat(PdfRenderer.escape("A&B <x> \"q\"")).isEqualTo("A&amp;B &lt;x&gt; &quot;q&quot;");
    }
}
