package cn.luoshi.ingest;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DraftJsonTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static DirectiveDraft sample() {
        return new DirectiveDraft(DirectiveDraft.FORMAT,
                new DirectiveDraft.Source("a \"b\".txt", "UTF-8", "simplified", 12),
                null,
                List.of(new DirectiveDraft.Gap(3, "truncated", null, "未完\n收藏")),
                List.of(new DirectiveDraft.Node("n1", null, 1, "一、", "area", "标题", "一、标题", 0, 4)),
                List.of(new DirectiveDraft.Target("n1", new BigDecimal("115"), "个", "改造", "今年", "exact", null, false,
                        "今年要完成115个", LocalDate.of(2023, 12, 31), 0, 4),
                        new DirectiveDraft.Target("n1", null, "条", "整治", null, "exact", null, true, "X条", null, 0, 4)),
                List.of(new DirectiveDraft.UnitMention("n1", "区财政局", "区财政局", "owner", 2)),
                List.of(new DirectiveDraft.Figure(null, "增速", "gap_pp", new BigDecimal("-1.70"), "个百分点", "全市", "去年",
                        "低于", 5), new DirectiveDraft.Figure(null, "产值", "amount", new BigDecimal("1E+1"), "亿元", null,
                        null, "10亿元", 6)),
                List.of("java only"), "一、标题");
    }

    @Test
    void prettyAndCompactJsonParseToTheSameContractDocument() {
        JsonNode pretty = JSON.readTree(DraftJson.write(sample()));
        JsonNode compact = JSON.readTree(DraftJson.writeCompact(sample()));
        assertThat(pretty).isEqualTo(compact);
        assertThat(DraftJson.writeCompact(sample())).doesNotContain("\n");
        assertThat(pretty.get("source").get("file").asString()).isEqualTo("a \"b\".txt");
        assertThat(pretty.get("gaps").get(0).get("text").asString()).isEqualTo("未完\n收藏");
        assertThat(pretty.get("gaps").get(0).get("chars").isNull()).isTrue();
    }

    @Test
    void numbersAreWrittenPlainAndJavaOnlyFieldsAreLeftOut() {
        String json = DraftJson.writeCompact(sample());
        assertThat(json).contains("\"value\":115,", "\"value\":-1.7,", "\"value\":10,", "\"value\":null,", "\"redacted\":true");
        assertThat(json).doesNotContain("due", "warnings", "start", "java only");
    }
}
