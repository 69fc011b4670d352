package cn.luoshi.ingest;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** Bad input gets a clear message or a sensible draft, never a crash or a hang. */
class BadInputTest {

    private static final DirectiveDrafter DRAFTER = DirectiveDrafter.create();
    private static final LocalDate DATE = LocalDate.of(2023, 7, 31);
    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final String SPEECH = "同志们：\n一、聚焦补链强链，持续做强实体经济\n一是立足园区“主战场”。今年要完成115个老旧小区改造任务。\n";

    private static DirectiveDraft draft(byte[] bytes) {
        return DRAFTER.draft("t.txt", bytes, DATE);
    }

    @Test
    void anEmptyFileIsRefusedWithAClearMessage() {
        assertThatThrownBy(() -> draft(new byte[0])).isInstanceOf(IngestException.class).hasMessage("输入为空 / input is empty");
        assertThatThrownBy(() -> draft(" \n\r\n ".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IngestException.class).hasMessageContaining("input is empty");
    }

    @Test
    void aBinaryFileIsRefused() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
        assertThatThrownBy(() -> draft(png)).isInstanceOf(IngestException.class).hasMessageContaining("binary");
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        assertThatThrownBy(() -> draft(noise)).isInstanceOf(IngestException.class);
    }

    @Test
    void aFileAboveTheLimitIsRefusedBeforeAnyWork() {
        byte[] big = new byte[DirectiveDrafter.MAX_BYTES + 1];
        Arrays.fill(big, (byte) 'a');
        assertThatThrownBy(() -> draft(big)).isInstanceOf(IngestException.class).hasMessageContaining("too large");
    }

    @Test
    void textWithoutChineseIsRefused() {
        assertThatThrownBy(() -> draft("hello world\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IngestException.class).hasMessageContaining("no Chinese text");
    }

    @Test
    void gb18030WithOrWithoutBomGivesTheSameDraftAsUtf8() {
        DirectiveDraft utf8 = draft(SPEECH.getBytes(StandardCharsets.UTF_8));
        DirectiveDraft gb = draft(SPEECH.getBytes(GB18030));
        byte[] bom = {(byte) 0x84, 0x31, (byte) 0x95, 0x33};
        byte[] body = SPEECH.getBytes(GB18030);
        byte[] withBom = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, withBom, 0, bom.length);
        System.arraycopy(body, 0, withBom, bom.length, body.length);
        assertThat(gb.source().encoding()).isEqualTo("GB18030");
        assertThat(gb.nodes()).isEqualTo(utf8.nodes());
        assertThat(gb.targets()).isEqualTo(utf8.targets());
        assertThat(draft(withBom).nodes()).isEqualTo(utf8.nodes());
        byte[] utf8Bom = ("\uFEFF" + SPEECH.replace("\n", "\r\n")).getBytes(StandardCharsets.UTF_8);
        assertThat(draft(utf8Bom).nodes()).isEqualTo(utf8.nodes());
    }

    @Test
    void aFileMixingUtf8AndGb18030LinesIsDecodedLineByLine() {
        byte[] first = "同志们：\n一、聚焦补链强链，持续做强实体经济\n".getBytes(StandardCharsets.UTF_8);
        byte[] second = "一是立足园区“主战场”。今年要完成115个老旧小区改造任务。\n".getBytes(GB18030);
        byte[] mixed = new byte[first.length + second.length];
        System.arraycopy(first, 0, mixed, 0, first.length);
        System.arraycopy(second, 0, mixed, first.length, second.length);
        DirectiveDraft d = draft(mixed);
        assertThat(d.source().encoding()).isEqualTo("mixed");
        assertThat(d.nodes()).extracting(DirectiveDraft.Node::marker).containsExactly("一、", "一是");
        assertThat(d.warnings()).anyMatch(w -> w.contains("mixed"));
    }

    @Test
    void aTextWithoutMarkersGetsOneNodePerTaskLikeSentenceAndSaysSo() {
        DirectiveDraft d = draft("会议认为，形势总体平稳。各部门要加快推进重点项目建设。要做好防汛准备工作，确保安全度汛。"
                .getBytes(StandardCharsets.UTF_8));
        assertThat(d.nodes()).hasSize(2).allMatch(n -> n.kind().equals("task") && n.depth() == 1);
        assertThat(d.warnings()).anyMatch(w -> w.contains("no enumeration markers"));
    }

    @Test
    void aWholeSpeechOnOneLineStillGetsADraft() {
        String oneLine = new String(Seeds.speech("002"), StandardCharsets.UTF_8).replace("\n", "");
        DirectiveDraft d = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> draft(oneLine.getBytes(StandardCharsets.UTF_8)));
        assertThat(d.nodes()).isNotEmpty();
        assertThat(d.targets()).extracting(DirectiveDraft.Target::object).contains("老旧小区改造", "品牌咖啡厅");
    }

    @Test
    void hugeLinesWithoutPunctuationDoNotHang() {
        String numerals = "一".repeat(200_000) + "个";
        String han = "要" + "城市建设".repeat(100_000);
        String dots = "…".repeat(50_000) + "省略" + "（".repeat(50_000) + "未完";
        for (String text : new String[] {numerals, han, dots}) {
            DirectiveDraft d = assertTimeoutPreemptively(Duration.ofSeconds(10),
                    () -> draft(text.getBytes(StandardCharsets.UTF_8)));
            assertThat(d.source().chars()).isPositive();
        }
    }

    @Test
    void pastedTextHasTheSameChecks() {
        assertThatThrownBy(() -> DRAFTER.draft("t.txt", "  ", DATE)).isInstanceOf(IngestException.class);
        assertThat(DRAFTER.draft("t.txt", SPEECH, DATE).source().encoding()).isEqualTo("text");
    }

    @Test
    void utf8ThatWasReadAsGbkAndSavedAgainIsRepaired() {
        String speech = new String(Seeds.speech("003"), StandardCharsets.UTF_8);
        String mojibake = new String(speech.getBytes(StandardCharsets.UTF_8), GB18030);
        DirectiveDraft d = draft(mojibake.getBytes(StandardCharsets.UTF_8));
        assertThat(d.source().encoding()).contains("repaired");
        // the first wrong reading lost some bytes for good: the words come back, the lost characters are reported
        assertThat(d.text()).contains("聚焦品质品位，持续加快城市建设", "全力复兴古城");
        assertThat(d.gaps()).isNotEmpty().allMatch(g -> g.kind().equals("garbled"));
    }

    @Test
    void textThatIsMojibakeThroughoutIsRefused() {
        StringBuilder rare = new StringBuilder();
        Random random = new Random(3);
        for (int i = 0; i < 400; i++) {
            rare.append((char) (0x9400 + random.nextInt(0x500))); // rare characters only
        }
        assertThatThrownBy(() -> draft(rare.toString().getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IngestException.class).hasMessageContaining("mojibake");
    }

    @Test
    void aUtf8FileCutOffMidCharacterStaysUtf8AndReportsTheBreak() {
        byte[] seed = Seeds.speech("002");
        int lead = seed.length - 1;
        while ((seed[lead] & 0xF0) != 0xE0) {
            lead--; // the first byte of the last three-byte character
        }
        byte[] cut = Arrays.copyOf(seed, lead + 2);
        DirectiveDraft d = draft(cut);
        assertThat(d.source().encoding()).isEqualTo("UTF-8");
        assertThat(d.nodes()).hasSize(23);
        assertThat(d.gaps()).singleElement().satisfies(g -> assertThat(g.kind()).isEqualTo("garbled"));
    }
}
