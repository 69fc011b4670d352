package cn.luoshi.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luoshi.common.Json;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** 群机器人 messages: the JSON both robots take, cutting under their limits, and 钉钉's signature. */
class RobotMessageTest {

    @Test
    void theJsonIsTheTextMessageOfBothRobots() {
        @SuppressWarnings("unchecked")
        Map<String, Object> m = Json.read(RobotMessage.json("【落实·催办】住建：任务“改造背街小巷”已逾期"), Map.class);
        assertThat(m).containsEntry("msgtype", "text");
        assertThat(m.get("text")).isEqualTo(Map.of("content", "【落实·催办】住建：任务“改造背街小巷”已逾期"));
    }

    @Test
    void manyRemindersAreCutIntoMessagesUnderTheWeComLimitWithEveryLineOnce() {
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            lines.add("【已逾期】住建：任务“第" + i + "项老旧小区改造”已超过完成时限（11月13日）3个工作日，请抓紧办理并报送进展。");
        }
        List<RobotMessage.Piece> pieces = RobotMessage.pieces("【落实·催办】共60条提醒", lines, "请登录落实系统办理。",
                RobotKind.WECOM.maxContentBytes());
        assertThat(pieces).hasSizeGreaterThan(1);
        assertThat(pieces.stream().mapToInt(RobotMessage.Piece::lines).sum()).isEqualTo(60);
        for (RobotMessage.Piece p : pieces) {
            assertThat(p.content().getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(2000);
            assertThat(p.content()).startsWith("【落实·催办】共60条提醒").endsWith("请登录落实系统办理。");
        }
        assertThat(pieces.get(1).content()).startsWith("【落实·催办】共60条提醒（续）");
        String all = String.join("\n", pieces.stream().map(RobotMessage.Piece::content).toList());
        for (String line : lines) {
            assertThat(all).contains(line);
        }
    }

    @Test
    void aLineLongerThanTheLimitIsShortened() {
        String huge = "很".repeat(1000);
        List<RobotMessage.Piece> pieces = RobotMessage.pieces("头", List.of(huge, "短"), null, 300);
        assertThat(pieces).hasSize(2);
        assertThat(pieces.get(0).content().getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(300);
        assertThat(pieces.get(0).content()).endsWith("…");
        assertThat(pieces.get(1).content()).isEqualTo("头（续）\n短");
    }

    @Test
    void dingTalkSignatureIsHmacSha256OfTimestampAndSecret() {
        // Computed independently: base64(HmacSHA256("SEC0123456789abcdef", "1700000000000\nSEC0123456789abcdef")).
        assertThat(RobotMessage.dingTalkSign(1_700_000_000_000L, "SEC0123456789abcdef"))
                .isEqualTo("TSZbRFUuvaSQaRKUpF970OPCb2%2FLcQAP3wOvwZIzBZk%3D");
        assertThat(RobotMessage.signedUrl(RobotKind.DINGTALK, "https://oapi.dingtalk.com/robot/send?access_token=abc",
                "SEC0123456789abcdef", 1_700_000_000_000L))
                .isEqualTo("https://oapi.dingtalk.com/robot/send?access_token=abc&timestamp=1700000000000"
                        + "&sign=TSZbRFUuvaSQaRKUpF970OPCb2%2FLcQAP3wOvwZIzBZk%3D");
    }

    @Test
    void weComAndUnsignedDingTalkUrlsAreLeftAlone() {
        String wecom = "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k";
        assertThat(RobotMessage.signedUrl(RobotKind.WECOM, wecom, "x", 1L)).isEqualTo(wecom);
        assertThat(RobotMessage.signedUrl(RobotKind.DINGTALK, "https://oapi.dingtalk.com/robot/send?access_token=a",
                null, 1L)).isEqualTo("https://oapi.dingtalk.com/robot/send?access_token=a");
        assertThat(RobotKind.guess(wecom)).isEqualTo(RobotKind.WECOM);
    }

    @Test
    void pagesShowTheAddressWithoutItsKey() {
        var t = new WebhookTarget(1, 3L, "住建", RobotKind.DINGTALK,
                "https://oapi.dingtalk.com/robot/send?access_token=0123456789abcdef", null, true, 0, "x", null);
        assertThat(t.maskedUrl()).isEqualTo("https://oapi.dingtalk.com/robot/send?access_token=…cdef");
        assertThat(t.recipient()).isEqualTo("robot:unit:3");
    }
}
