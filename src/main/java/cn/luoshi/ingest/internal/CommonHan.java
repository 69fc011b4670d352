package cn.luoshi.ingest.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.util.BitSet;

/** The 3,755 level-1 characters of GB 2312 (一级字): what ordinary text is mostly made of; mojibake is not. */
final class CommonHan {

    private static final BitSet TABLE = build();

    private CommonHan() {}

    static boolean contains(char c) {
        return TABLE.get(c);
    }

    /** Share of Han characters that are common ones; 1 when there is no Han character. */
    static double ratio(String text) {
        int han = 0;
        int common = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (TextDecoder.isHan(c)) {
                han++;
                if (TABLE.get(c)) {
                    common++;
                }
            }
        }
        return han == 0 ? 1.0 : (double) common / han;
    }

    private static BitSet build() {
        byte[] bytes = new byte[40 * 94 * 2];
        int k = 0;
        for (int hi = 0xB0; hi <= 0xD7; hi++) {
            for (int lo = 0xA1; lo <= 0xFE; lo++) {
                bytes[k++] = (byte) hi;
                bytes[k++] = (byte) lo;
            }
        }
        BitSet set = new BitSet(0x10000);
        try {
            CharBuffer chars = Charset.forName("GB2312").newDecoder().decode(ByteBuffer.wrap(bytes));
            while (chars.hasRemaining()) {
                set.set(chars.get());
            }
        } catch (CharacterCodingException e) {
            // D7FA–D7FE are unassigned: decode leniently instead
            new String(bytes, Charset.forName("GB2312")).chars().forEach(set::set);
        }
        set.clear(0xFFFD);
        return set;
    }
}
