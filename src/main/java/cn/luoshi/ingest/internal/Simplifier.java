package cn.luoshi.ingest.internal;

import com.hankcs.hanlp.HanLP;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Traditional to Simplified (繁简转换): strips pinyin glosses (區(qū) → 區), converts with HanLP, then fixes 著/着,
 * which the converter leaves alone: in Simplified, 着 is the particle and the zhuó of 着力/着眼/着手, while 著 stays
 * only in zhù words (显著, 著名, 著作…).
 */
final class Simplifier {

    /** A gloss is a toneful pinyin syllable in brackets right after a Han character: 區(qū), 質（zhì）. */
    private static final Pattern PINYIN_GLOSS = Pattern.compile(
            "[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}[)）]");

    /** Characters before 著 that make a zhù word (显著, 卓著, 名著…). */
    private static final String ZHU_BEFORE = "显卓昭编专论原名巨遗译合土拙";
    /** Characters after 著 that make a zhù word (著名, 著作, 著称…). */
    private static final String ZHU_AFTER = "名作称述者录书";

    public record Result(String text, boolean traditional) {}

    private Simplifier() {}

    public static Result simplify(String text) {
        String unglossed = stripPinyinGlosses(text);
        String simplified = HanLP.convertToSimplifiedChinese(unglossed);
        boolean traditional = looksTraditional(unglossed, simplified);
        return new Result(fixZhe(simplified), traditional);
    }

    static String stripPinyinGlosses(String text) {
        if (text.indexOf('(') < 0 && text.indexOf('（') < 0) {
            return text;
        }
        Matcher m = PINYIN_GLOSS.matcher(text);
        StringBuilder sb = new StringBuilder(text.length());
        int last = 0;
        while (m.find()) {
            if (m.start() > 0 && TextDecoder.isHan(text.charAt(m.start() - 1))) {
                sb.append(text, last, m.start());
                last = m.end();
            }
        }
        return sb.append(text, last, text.length()).toString();
    }

    /** Traditional when more than 0.5 % of the Han characters changed in conversion. */
    private static boolean looksTraditional(String before, String after) {
        int han = 0;
        int changed = 0;
        int n = Math.min(before.length(), after.length());
        for (int i = 0; i < n; i++) {
            char c = before.charAt(i);
            if (TextDecoder.isHan(c)) {
                han++;
                if (c != after.charAt(i)) {
                    changed++;
                }
            }
        }
        return han > 0 && changed * 200 > han;
    }

    static String fixZhe(String text) {
        if (text.indexOf('著') < 0) {
            return text;
        }
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] != '著') {
                continue;
            }
            char before = i > 0 ? chars[i - 1] : ' ';
            char after = i + 1 < chars.length ? chars[i + 1] : ' ';
            if (ZHU_BEFORE.indexOf(before) < 0 && ZHU_AFTER.indexOf(after) < 0) {
                chars[i] = '着';
            }
        }
        return new String(chars);
    }
}
