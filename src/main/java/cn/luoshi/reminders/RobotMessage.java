package cn.luoshi.reminders;

import cn.luoshi.common.Json;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Group-robot messages (钉钉/企业微信 群机器人): the text body, cutting many reminders into messages under the
 * robot's size limit, and 钉钉's 加签 signature.
 */
public final class RobotMessage {

    private RobotMessage() {
    }

    /** {@code {"msgtype":"text","text":{"content":"…"}}}. */
    public static String json(String content) {
        return Json.write(Map.of("msgtype", "text", "text", Map.of("content", content)));
    }

    /** One message: its content and how many of the lines it carries. */
    public record Piece(String content, int lines) {
    }

    /**
     * Lines under a header, cut into messages of at most {@code maxBytes} UTF-8 bytes each, in order; every message
     * starts with the header ("（续）" on the following ones) and ends with the footer (if any). A line too long on
     * its own is shortened with "…".
     */
    public static List<Piece> pieces(String header, List<String> lines, String footer, int maxBytes) {
        String tail = footer == null || footer.isEmpty() ? "" : "\n" + footer;
        int tailBytes = bytes(tail);
        List<Piece> out = new ArrayList<>();
        StringBuilder current = null;
        int used = 0;
        int count = 0;
        for (String line : lines) {
            int lineBytes = bytes(line) + 1;
            if (current != null && used + lineBytes + tailBytes > maxBytes) {
                out.add(new Piece(current + tail, count));
                current = null;
            }
            if (current == null) {
                String head = out.isEmpty() ? header : header + "（续）";
                String first = cut(line, maxBytes - bytes(head) - 1 - tailBytes);
                current = new StringBuilder(head).append('\n').append(first);
                used = bytes(head) + 1 + bytes(first);
                count = 1;
            } else {
                current.append('\n').append(line);
                used += lineBytes;
                count++;
            }
        }
        if (current != null) {
            out.add(new Piece(current + tail, count));
        }
        return out;
    }

    /**
     * 钉钉 加签: {@code sign = urlEncode(base64(HmacSHA256(key = secret, data = timestamp + "\n" + secret)))}, with the
     * timestamp in milliseconds; both go into the URL as {@code &timestamp=…&sign=…}.
     */
    public static String dingTalkSign(long timestampMillis, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] sig = mac.doFinal((timestampMillis + "\n" + secret).getBytes(StandardCharsets.UTF_8));
            return URLEncoder.encode(Base64.getEncoder().encodeToString(sig), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The address to post to: with 钉钉's timestamp and signature when a secret is set. */
    public static String signedUrl(RobotKind kind, String url, String secret, long timestampMillis) {
        if (kind != RobotKind.DINGTALK || secret == null || secret.isBlank()) {
            return url;
        }
        return url + (url.contains("?") ? "&" : "?") + "timestamp=" + timestampMillis + "&sign="
                + dingTalkSign(timestampMillis, secret);
    }

    static int bytes(CharSequence s) {
        return s.toString().getBytes(StandardCharsets.UTF_8).length;
    }

    private static String cut(String line, int maxBytes) {
        if (bytes(line) <= maxBytes) {
            return line;
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            String next = new String(Character.toChars(cp));
            if (bytes(b) + bytes(next) + bytes("…") > maxBytes) {
                break;
            }
            b.append(next);
            i += Character.charCount(cp);
        }
        return b.append('…').toString();
    }
}
