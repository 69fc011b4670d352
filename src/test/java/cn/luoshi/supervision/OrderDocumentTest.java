package cn.luoshi.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luoshi.common.pdf.PdfLayout;
import cn.luoshi.common.pdf.PdfRenderer;
import cn.luoshi.ledger.light.Light;
import cn.luoshi.org.OfficeName;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The printable 督办通知单: one A4 page with the number, the unit and every part of the form; page 1 as PNG. */
class OrderDocumentTest {

    static SupervisionOrder order(String response) {
        return new SupervisionOrder(1, "督办〔2026〕第12号", 2026, 12, 42, 7, "棚户区改造全区统筹", 6, "住建", Light.RED,
                "已逾期3个工作日；落后序时进度35个百分点", "区委城市提质工作会议确定的「棚户区改造全区统筹」任务，完成时限为2026-06-30。",
                "请承办单位认真分析滞后原因，倒排工期，于办复时限前书面报告办理情况。", 5, LocalDate.of(2026, 11, 20),
                LocalDate.of(2026, 11, 27), "孙丽", response == null ? OrderStatus.ISSUED : OrderStatus.RESPONDED,
                response, response == null ? null : LocalDate.of(2026, 11, 25), null, null, 0, null, null, null, 0,
                "duchashi（督查室）");
    }

    @Test
    void theOrderIsOneA4PageWithItsNumberUnitAndForm() throws Exception {
        byte[] pdf = new PdfRenderer("").render(OrderDocument.xhtml(order(null), "区住房和城乡建设局", OfficeName.DEFAULT));
        Files.createDirectories(Path.of("target", "screenshots"));
        Files.write(Path.of("target", "screenshots", "supervision-order.pdf"), pdf);
        try (var doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isCloseTo(595f, org.assertj.core.data.Offset.offset(2f));
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            assertThat(text).contains("督办通知单").contains("督办〔2026〕12号").contains("区住房和城乡建设局")
                    .contains("区住房和城乡建设局：").contains("督办事项").contains("棚户区改造全区统筹").contains("督办依据")
                    .contains("督办要求").contains("办复时限").contains("2026年11月27日前（5个工作日内）")
                    .contains("签发").contains("孙丽").contains("2026年11月20日").contains("办理情况")
                    .contains("区委区政府督查室").contains("—1—");
            BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, 80);
            Path out = Path.of("target", "screenshots", "supervision-order-pdf.png");
            Files.createDirectories(out.getParent());
            ImageIO.write(page, "png", out.toFile());
            // The header is red: some pixel of the top quarter is strongly red.
            boolean red = false;
            for (int y = 0; y < page.getHeight() / 4 && !red; y++) {
                for (int x = 0; x < page.getWidth() && !red; x++) {
                    int rgb = page.getRGB(x, y);
                    red = ((rgb >> 16) & 0xff) > 180 && ((rgb >> 8) & 0xff) < 60 && (rgb & 0xff) < 60;
                }
            }
            assertThat(red).as("red header").isTrue();
        }
    }

    @Test
    void theAnswerFillsTheBoxAndMarkupIsEscaped() throws Exception {
        String xhtml = OrderDocument.xhtml(order("已制定倒排计划 <12月底前完成> & 落实资金"), "区住房和城乡建设局",
                OfficeName.DEFAULT);
        assertThat(xhtml).contains("&lt;12月底前完成&gt; &amp; 落实资金");
        try (var doc = Loader.loadPDF(new PdfRenderer("").render(xhtml))) {
            assertThat(new PDFTextStripper().getText(doc)).contains("<12月底前完成> & 落实资金")
                    .contains("住建 2026年11月25日");
        }
    }

    @Test
    void theConfiguredOfficeNameHeadsTheOrderAndIsWhereTheAnswerGoes() throws Exception {
        String xhtml = OrderDocument.xhtml(order(null), "县住房和城乡建设局", "某县委县政府督查室");
        try (var doc = Loader.loadPDF(new PdfRenderer("").render(xhtml))) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            // In the header beside the number, and in the closing line saying where to send the answer.
            assertThat(text).contains("某县委县政府督查室督办〔2026〕12号")
                    .contains("书面报送某县委县政府督查室，并在“落实”系统中办复").doesNotContain("区委区政府督查室");
        }
    }

    /** GB/T 9704-2012: A4, 天头 37 mm, 订口 28 mm, 版心 156 × 225 mm, body 三号, title 二号, "— 1 —" under the 版心. */
    @Test
    void theOrderIsLaidOutLikeAnOfficialDocument() throws Exception {
        var renderer = new PdfRenderer("");
        try (var doc = Loader.loadPDF(renderer.render(OrderDocument.xhtml(order(null), "区住房和城乡建设局",
                OfficeName.DEFAULT)))) {
            var box = doc.getPage(0).getMediaBox();
            assertThat(box.getWidth() * 25.4 / 72).isCloseTo(210, org.assertj.core.data.Offset.offset(0.5));
            assertThat(box.getHeight() * 25.4 / 72).isCloseTo(297, org.assertj.core.data.Offset.offset(0.5));
            var glyphs = PdfLayout.glyphs(doc, 0);
            var body = glyphs.stream().filter(g -> g.bottom() < 297 - 35 + 0.5).toList();
            // Everything but the page number stays inside the 版心 (±1 mm, the standard's tolerance).
            assertThat(body).allSatisfy(g -> {
                assertThat(g.left()).as(g.text()).isGreaterThanOrEqualTo(28 - 1);
                assertThat(g.right()).as(g.text()).isLessThanOrEqualTo(28 + 156 + 1);
                assertThat(g.top()).as(g.text()).isGreaterThanOrEqualTo(37 - 1);
            });
            // The text starts on the 版心's top and left edges: the red 发文机关标志 on the first line, the body flush left.
            assertThat(body.stream().mapToDouble(PdfLayout.Glyph::top).min().orElseThrow())
                    .isCloseTo(37, org.assertj.core.data.Offset.offset(3.0));
            var to = body.stream().filter(g -> g.text().equals("区")).filter(g -> g.sizePt() == 16).findFirst()
                    .orElseThrow();
            assertThat(to.left()).as("主送机关 flush with 订口").isCloseTo(28, org.assertj.core.data.Offset.offset(0.6));
            // Title 二号 (22 pt), body 三号 (16 pt).
            assertThat(glyphs).anySatisfy(g -> assertThat(g.text() + g.sizePt()).isEqualTo("督22.0"));
            assertThat(glyphs.stream().filter(g -> g.text().equals("请")).findFirst().orElseThrow().sizePt())
                    .isEqualTo(16);
            // The page number "— 1 —" in 四号 sits under the 版心, centred.
            var foot = glyphs.stream().filter(g -> g.top() > 297 - 35).toList();
            assertThat(PdfLayout.footText(glyphs, 297 - 35)).isEqualTo("—1—");
            double centre = (foot.get(0).left() + foot.get(foot.size() - 1).right()) / 2;
            assertThat(centre).isCloseTo(28 + 156 / 2.0, org.assertj.core.data.Offset.offset(2.0));
            assertThat(foot.get(0).top()).isBetween(297 - 35 + 5.0, 297 - 35 + 12.0);
            // The serif face is embedded when fonts-arphic-uming is installed; the sans face otherwise.
            var page = doc.getPage(0).getResources();
            var fonts = new java.util.ArrayList<String>();
            for (var name : page.getFontNames()) {
                fonts.add(page.getFont(name).getName());
                assertThat(page.getFont(name).isEmbedded()).isTrue();
            }
            if (renderer.serifFontFile().isPresent()) {
                assertThat(fonts).anySatisfy(f -> assertThat(f).contains("UMingCN"));
            }
        }
    }
}
