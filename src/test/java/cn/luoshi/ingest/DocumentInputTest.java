package cn.luoshi.ingest;

import cn.luoshi.ingest.Documents.Para;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** Word and PDF in (issue 18): list numbers, tables as rows, tracked changes; bad files refused with a clear message. */
class DocumentInputTest {

    private static final DirectiveDrafter DRAFTER = DirectiveDrafter.create();
    private static final LocalDate DATE = LocalDate.of(2025, 3, 15);

    private static final List<Para> SPEECH = List.of(
            Para.plain("在全区城市更新工作推进会上的讲话"),
            Para.plain("同志们："),
            Para.plain("今天召开全区城市更新工作推进会，部署下一阶段工作。"),
            new Para("抓好老旧小区改造", 0),
            new Para("加快项目进度", 1),
            Para.plain("今年完成35个老旧小区改造，由区住建局牵头，各街道配合。"),
            new Para("强化资金保障", 1),
            Para.plain("全年争取上级资金3亿元。"),
            new Para("压实工作责任", 0));

    @Test
    void aWordFileKeepsItsListNumbersTablesAsRowsAndAcceptedChanges() {
        byte[] docx = Documents.docx(SPEECH, List.of(
                List.of("序号", "工作任务", "牵头单位", "责任单位", "完成时限"),
                List.of("1", "新建口袋公园8个", "区城管局", "各街道", "2025年10月底"),
                List.of("2", "新增公共停车泊位2000个", "区住建局", "区公安分局", "2025年12月底")), true);
        DirectiveDraft d = DRAFTER.draft("讲话.docx", docx, DATE);
        assertThat(d.source().encoding()).isEqualTo("docx");
        assertThat(d.title()).isEqualTo("在全区城市更新工作推进会上的讲话");
        assertThat(d.nodes()).extracting(DirectiveDraft.Node::depth, DirectiveDraft.Node::marker, DirectiveDraft.Node::title)
                .containsExactly(
                        tuple(1, "一、", "抓好老旧小区改造"), tuple(2, "（一）", "加快项目进度"),
                        tuple(2, "（二）", "强化资金保障"), tuple(1, "二、", "压实工作责任"),
                        tuple(2, "1", "新建口袋公园8个"), tuple(2, "2", "新增公共停车泊位2000个"),
                        tuple(1, "三、", "抓好落实"));
        assertThat(d.targets()).extracting(t -> t.value().intValue(), DirectiveDraft.Target::object)
                .contains(tuple(35, "老旧小区改造"), tuple(8, "新建口袋公园"), tuple(2000, "新增公共停车泊位"),
                        tuple(12, "新建口袋公园"));
        assertThat(d.targets()).filteredOn(t -> t.value().intValue() == 8).extracting(DirectiveDraft.Target::period,
                DirectiveDraft.Target::due).containsExactly(tuple("2025年10月底", LocalDate.of(2025, 10, 31)));
        assertThat(d.text()).doesNotContain("口袋公园812").contains("全年新建口袋公园12个。"); // the deleted 8 is gone
        assertThat(d.units()).extracting(DirectiveDraft.UnitMention::name, DirectiveDraft.UnitMention::role)
                .contains(tuple("区住建局", "lead"), tuple("区城管局", "lead"), tuple("各街道", "co"));
    }

    @Test
    void aPdfWithATextLayerIsReadWithoutItsPageNumbers() {
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add("在全区城市更新工作推进会上的讲话");
        paragraphs.add("同志们：");
        paragraphs.add("一、抓好老旧小区改造");
        paragraphs.add("今年完成35个老旧小区改造，由区住建局牵头，各街道配合。");
        paragraphs.add("二、强化资金保障");
        paragraphs.add("全年争取上级资金3亿元。");
        DirectiveDraft d = DRAFTER.draft("讲话.pdf", Documents.pdf(paragraphs, 0), DATE);
        assertThat(d.source().encoding()).isEqualTo("pdf");
        assertThat(d.nodes()).extracting(DirectiveDraft.Node::marker, DirectiveDraft.Node::title)
                .containsExactly(tuple("一、", "抓好老旧小区改造"), tuple("二、", "强化资金保障"));
        assertThat(d.targets()).extracting(t -> t.value().intValue()).containsExactly(35, 3);
        assertThat(d.text()).doesNotContain("第 1 页");
    }

    @Test
    void badFilesGetClearMessagesAndNothingHangs() {
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            assertThatThrownBy(() -> DRAFTER.draft("讲话.docx", Documents.zipOf("data.csv", "a,b\n1,2"), DATE))
                    .isInstanceOf(IngestException.class).hasMessageContaining("不是 Word 文档");
            assertThatThrownBy(() -> DRAFTER.draft("讲话.docx", "这不是一个Word文件".getBytes(), DATE))
                    .isInstanceOf(IngestException.class).hasMessageContaining("内容不是 Word 文档");
            assertThatThrownBy(() -> DRAFTER.draft("讲话.doc", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 1, 2}, DATE))
                    .isInstanceOf(IngestException.class).hasMessageContaining("另存为 .docx");
            byte[] plain = Documents.pdf(List.of("一、抓好老旧小区改造", "今年完成35个老旧小区改造。"), 0);
            assertThatThrownBy(() -> DRAFTER.draft("加密.pdf", Documents.encryptedPdf(plain), DATE))
                    .isInstanceOf(IngestException.class).hasMessageContaining("PDF 已加密");
            assertThatThrownBy(() -> DRAFTER.draft("扫描件.pdf", Documents.blankPdf(3), DATE))
                    .isInstanceOf(IngestException.class).hasMessageContaining("扫描件");
            assertThatThrownBy(() -> DRAFTER.draft("汇编.pdf", Documents.blankPdf(300), DATE))
                    .isInstanceOf(IngestException.class).hasMessageContaining("共 300 页");
            byte[] broken = Documents.pdf(List.of("一、抓好老旧小区改造"), 0);
            byte[] truncated = java.util.Arrays.copyOf(broken, broken.length / 3);
            assertThatThrownBy(() -> DRAFTER.draft("坏.pdf", truncated, DATE)).isInstanceOf(IngestException.class);
            byte[] docx = Documents.docx(SPEECH, List.of(), false);
            byte[] cut = java.util.Arrays.copyOf(docx, docx.length / 2);
            assertThatThrownBy(() -> DRAFTER.draft("坏.docx", cut, DATE)).isInstanceOf(IngestException.class);
        });
    }

    @Test
    void aThirtyPageWordFileAndPdfAreDraftedQuickly() {
        List<Para> long_ = new ArrayList<>();
        List<String> pdf = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            long_.add(new Para("第" + (i + 1) + "项重点工作", 0));
            pdf.add((i + 1) + "、第" + (i + 1) + "项重点工作");
            for (int k = 0; k < 12; k++) {
                String s = "今年要完成" + (k + 10) + "个老旧小区改造任务，由区住建局牵头，各街道配合，确保年底前全部完工，群众满意。";
                long_.add(Para.plain(s));
                pdf.add(s);
            }
        }
        byte[] docx = Documents.docx(long_, List.of(), false);
        byte[] pdfBytes = Documents.pdf(pdf, 13);
        DRAFTER.draft("warm.docx", docx, DATE); // class loading and the dictionaries, once
        DRAFTER.draft("warm.pdf", pdfBytes, DATE);
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            assertThat(DRAFTER.draft("30.docx", docx, DATE).nodes()).hasSize(30);
            assertThat(DRAFTER.draft("30.pdf", pdfBytes, DATE).nodes()).hasSize(30);
        });
    }
}
