package cn.luoshi.ingest.internal;

import cn.luoshi.ingest.IngestException;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Encoding detection (编码识别): UTF-8 or GB18030, with or without BOM; a file that mixes both is decoded line by
 * line. Refuses empty, binary and oversized input with a clear {@link IngestException}.
 */
public final class TextDecoder {

    /** Speeches are tens of kilobytes; anything above this is not a speech and would only slow the engine down. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    static final Charset GB18030 = Charset.forName("GB18030");

    public record Decoded(String text, String encoding) {}

    private TextDecoder() {}

    public static Decoded decode(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new IngestException("输入为空", "input is empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw new IngestException("文件过大（" + bytes.length + " 字节，上限 " + MAX_BYTES + " 字节）",
                    "file too large (" + bytes.length + " bytes, limit " + MAX_BYTES + ")");
        }
        Decoded decoded = decodeBytes(bytes);
        String text = decoded.text();
        if (text.isBlank()) {
            throw new IngestException("输入为空", "input is empty");
        }
        long replacement = text.chars().filter(c -> c == '\uFFFD').count();
        if (replacement * 10 > text.length()) {
            throw new IngestException("无法解码：既不是 UTF-8 也不是 GB18030", "cannot decode: neither UTF-8 nor GB18030");
        }
        if (text.codePoints().noneMatch(TextDecoder::isHan)) {
            throw new IngestException("未发现中文内容", "no Chinese text found");
        }
        return repairMojibake(decoded);
    }

    private static Decoded decodeBytes(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new Decoded(lenient(ByteBuffer.wrap(bytes, 3, bytes.length - 3), StandardCharsets.UTF_8), "UTF-8");
        }
        if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)) {
            return new Decoded(new String(bytes, StandardCharsets.UTF_16), "UTF-16");
        }
        if (startsWith(bytes, 0x84, 0x31, 0x95, 0x33)) {
            return new Decoded(lenient(ByteBuffer.wrap(bytes, 4, bytes.length - 4), GB18030), "GB18030");
        }
        refuseBinary(bytes);
        String utf8 = strict(ByteBuffer.wrap(bytes), StandardCharsets.UTF_8);
        if (utf8 != null) {
            return new Decoded(utf8, "UTF-8");
        }
        // a UTF-8 file with a few broken bytes (cut off mid-character) is still UTF-8; the breaks become garbled gaps
        String mostlyUtf8 = lenient(ByteBuffer.wrap(bytes), StandardCharsets.UTF_8);
        long broken = mostlyUtf8.chars().filter(c -> c == '\uFFFD').count();
        if (broken * 1000 < mostlyUtf8.length()) {
            return new Decoded(mostlyUtf8, "UTF-8");
        }
        String gb = strict(ByteBuffer.wrap(bytes), GB18030);
        if (gb != null) {
            return new Decoded(gb, "GB18030");
        }
        return decodeLineByLine(bytes);
    }

    /**
     * Text saved after being read in the wrong encoding (UTF-8 bytes shown as GBK: 鍏ㄥ尯…) is made of rare
     * characters. Undo one such round if that gives ordinary text; refuse text that stays mojibake.
     */
    static Decoded repairMojibake(Decoded decoded) {
        String text = decoded.text();
        long han = text.chars().filter(TextDecoder::isHan).count();
        if (han < 20 || CommonHan.ratio(text) >= 0.6) {
            return decoded;
        }
        // a lossy first reading leaves a few U+FFFD; accept the repair if they are rare
        String repaired = lenient(ByteBuffer.wrap(text.getBytes(GB18030)), StandardCharsets.UTF_8);
        long lost = repaired.chars().filter(c -> c == '\uFFFD').count();
        if (lost * 5 < repaired.length() && CommonHan.ratio(repaired) >= 0.8) {
            return new Decoded(repaired, "UTF-8 (repaired mojibake)");
        }
        if (CommonHan.ratio(text) < 0.35) {
            throw new IngestException("无法解码：全文是乱码", "cannot decode: the whole text is mojibake");
        }
        return decoded;
    }

    /** Pasted or concatenated files sometimes mix encodings; each line is decoded on its own. */
    private static Decoded decodeLineByLine(byte[] bytes) {
        StringBuilder out = new StringBuilder(bytes.length);
        boolean usedUtf8 = false;
        boolean usedGb = false;
        int start = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                int end = Math.min(i + 1, bytes.length);
                ByteBuffer line = ByteBuffer.wrap(bytes, start, end - start);
                String s = strict(line.duplicate(), StandardCharsets.UTF_8);
                if (s != null) {
                    usedUtf8 |= hasNonAscii(bytes, start, end);
                } else {
                    s = strict(line.duplicate(), GB18030);
                    if (s != null) {
                        usedGb = true;
                    } else {
                        s = lenient(line.duplicate(), StandardCharsets.UTF_8);
                        usedUtf8 = true;
                    }
                }
                out.append(s);
                start = end;
            }
        }
        String encoding = usedUtf8 && usedGb ? "mixed" : usedGb ? "GB18030" : "UTF-8";
        return new Decoded(out.toString(), encoding);
    }

    private static void refuseBinary(byte[] bytes) {
        int sample = Math.min(bytes.length, 65536);
        int control = 0;
        for (int i = 0; i < sample; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                throw new IngestException("无法读取：这是二进制文件，不是文本", "unreadable: binary file, not text");
            }
            if (b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B)) {
                control++;
            }
        }
        if (control * 100 > sample) {
            throw new IngestException("无法读取：这是二进制文件，不是文本", "unreadable: binary file, not text");
        }
    }

    private static boolean hasNonAscii(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] < 0) {
                return true;
            }
        }
        return false;
    }

    private static String strict(ByteBuffer buffer, Charset charset) {
        try {
            CharBuffer chars = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(buffer);
            return chars.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static String lenient(ByteBuffer buffer, Charset charset) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(buffer).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** CJK ideographs (basic, extension A, compatibility, supplementary planes); a range check, not a table lookup. */
    static boolean isHan(int c) {
        return c >= 0x4E00 && c <= 0x9FFF || c >= 0x3400 && c <= 0x4DBF || c >= 0xF900 && c <= 0xFAFF
                || c >= 0x20000 && c <= 0x3134F || c == 0x3007;
    }
}
