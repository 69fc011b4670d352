package cn.luoshi.reminders;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Posts text messages to 钉钉/企业微信 group robots. Each call is bounded by the timeout (connect and answer), so a
 * slow robot costs at most that; the answer counts as accepted only with HTTP 2xx and {@code errcode} 0 (or no
 * errcode at all).
 */
@Component
class WebhookChannel {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http;
    private final Duration timeout;
    private final Clock clock;

    @Autowired
    WebhookChannel(ReminderProperties props, Clock clock) {
        this(props.webhook().timeout(), clock);
    }

    WebhookChannel(Duration timeout, Clock clock) {
        this.timeout = timeout;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** Posts one message; null when the robot accepted it, otherwise why not, in Chinese. */
    String post(WebhookTarget target, String content) {
        String url = RobotMessage.signedUrl(target.kind(), target.url(), target.secret(), clock.millis());
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout)
                    .header("Content-Type", "application/json; charset=utf-8")
                    .POST(HttpRequest.BodyPublishers.ofString(RobotMessage.json(content), StandardCharsets.UTF_8))
                    .build();
        } catch (IllegalArgumentException e) {
            return "群机器人地址无效：" + target.maskedUrl();
        }
        try {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (r.statusCode() / 100 != 2) {
                return target.kind().label() + "群机器人返回 HTTP " + r.statusCode() + snippet(r.body());
            }
            return errcode(target, r.body());
        } catch (HttpConnectTimeoutException e) {
            return "连接" + target.kind().label() + "群机器人超时（" + timeout.toSeconds() + "秒）";
        } catch (HttpTimeoutException e) {
            return target.kind().label() + "群机器人在" + timeout.toSeconds() + "秒内没有响应（超时）";
        } catch (ConnectException e) {
            return "无法连接" + target.kind().label() + "群机器人（连接被拒绝）";
        } catch (IOException e) {
            return "发送到" + target.kind().label() + "群机器人失败：" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : "（" + e.getMessage() + "）");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "发送被中断（系统正在停止）";
        }
    }

    private static String errcode(WebhookTarget target, String body) {
        if (body == null || body.isBlank() || !body.trim().startsWith("{")) {
            return null;
        }
        try {
            JsonNode node = JSON.readTree(body);
            JsonNode code = node.get("errcode");
            if (code == null || code.asInt() == 0) {
                return null;
            }
            JsonNode msg = node.get("errmsg");
            return target.kind().label() + "群机器人拒绝了消息：errcode=" + code.asInt()
                    + (msg == null ? "" : "，" + msg.asString());
        } catch (RuntimeException e) {
            return null; // an answer we cannot read but with HTTP 2xx: accepted
        }
    }

    private static String snippet(String body) {
        if (body == null || body.isBlank()) {
            return "";
        }
        String b = body.strip();
        return "：" + (b.length() > 120 ? b.substring(0, 120) + "…" : b);
    }
}
