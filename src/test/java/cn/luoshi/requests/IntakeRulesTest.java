package cn.luoshi.requests;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luoshi.common.Violations;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IntakeRulesTest {

    @Test
    void photosAreRecognisedByTheirBytesNotTheirNames() {
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0, 1};
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D};
        byte[] webp = {'R', 'I', 'F', 'F', 1, 2, 3, 4, 'W', 'E', 'B', 'P'};
        assertThat(RequestService.imageType(jpeg)).isEqualTo("image/jpeg");
        assertThat(RequestService.imageType(png)).isEqualTo("image/png");
        assertThat(RequestService.imageType(webp)).isEqualTo("image/webp");
        assertThat(RequestService.imageType("%PDF-1.7 renamed.jpg".getBytes(StandardCharsets.US_ASCII))).isNull();
        assertThat(RequestService.imageType(new byte[3])).isNull();
    }

    @Test
    void open311AttributesRequiredAndFromTheList() {
        Category road = new Category(1, null, "road-damage", "道路破损", null, "road-damage", null, null, """
                [{"variable":true,"code":"DAMAGE_TYPE","datatype":"singlevaluelist","required":true,"description":"破损类型",
                  "values":[{"key":"pothole","name":"坑槽"},{"key":"crack","name":"裂缝"}]},
                 {"variable":false,"code":"NOTE","datatype":"text","required":true,"description":"说明"}]""", null, true);
        Violations missing = new Violations();
        RequestService.checkAttributes(road, Map.of(), missing);
        assertThat(missing.list()).singleElement().satisfies(v -> assertThat(v.message()).contains("破损类型"));
        Violations wrong = new Violations();
        RequestService.checkAttributes(road, Map.of("DAMAGE_TYPE", "lake"), wrong);
        assertThat(wrong.list()).singleElement().satisfies(v -> assertThat(v.message()).contains("不在可选项中"));
        Violations ok = new Violations();
        RequestService.checkAttributes(road, Map.of("DAMAGE_TYPE", "crack"), ok);
        assertThat(ok.isEmpty()).isTrue();
    }

    @Test
    void csvWithBomQuotesAndBlankLines() {
        String csv = "\uFEFF工单编号,受理时间,诉求分类,诉求内容\r\n"
                + "A1,2026-12-01 09:30,噪声扰民,\"夜间施工，\"\"很吵\"\"\"\r\n\r\n"
                + "A2,,路灯故障,\"两行\n内容\"\n";
        var rows = HotlineImport.csv(csv.getBytes(StandardCharsets.UTF_8));
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).containsEntry("工单编号", "A1").containsEntry("诉求内容", "夜间施工，\"很吵\"");
        assertThat(rows.get(1)).containsEntry("诉求内容", "两行\n内容").containsEntry("受理时间", "");
    }

    @Test
    void urgencyParsesLabelsAndRefusesTheRest() {
        assertThat(Urgency.parse("紧急")).isEqualTo(Urgency.URGENT);
        assertThat(Urgency.parse(null)).isEqualTo(Urgency.NORMAL);
        assertThat(Urgency.parse("特急")).isEqualTo(Urgency.URGENT);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Urgency.parse("很急")).hasMessageContaining("一般");
    }
}
