package cn.luoshi.ingest.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Clauses (分句) of a sentence: split at ，；： — a bracketed aside (占…比重31%) is a clause of its own (split at its
 * own ，；：) and is left out of the clause around it.
 */
final class Clauses {

    record Clause(int start, int end, int outerStart) {}

    /** A footnote mark after a word: 企业[16], 行动［4］, 工程〔3〕 — no part of the word. */
    static final String FOOTNOTE = "(?:\\[\\d{1,2}\\]|［\\d{1,2}］|〔\\d{1,2}〕)";

    static final Pattern PERIOD = Pattern.compile(
            "每年|每季度|每月|每周|从今年起|今年以来|今年|明年|年底前?|(?<![一二三四五六七八九十\\d])年内|全年|上半年|下半年|前三季度|[一二三四]季度|去年|上年|一年来|近年来"
                    + "|(?:近|过去的?)[两三四五六七八九十\\d]{1,2}年(?!度)|[两三四五六七八九十]年(?=年均|累计|来|间|内|全[市区县省]|$)"
                    + "|(?:到|至)?(?:19|20)\\d\\d年(?:底|末|度)?|截至\\d{1,2}月底|\\d{1,2}\\s?[-—－~至]\\s?\\d{1,2}月(?:份)?|\\d{1,2}月(?:底|末|份)?(?:前)?|\\d{1,2}月\\d{1,2}日(?:前)?");
    private static final Pattern LEADING_NOISE = Pattern.compile(
            "^(?:" + Quantities.ITEM_NUMBER + "|[（(][一二三四五六七八九十\\d]{1,3}[）)]|\\d{1,3}\t|\\d{1,2}[.．](?!\\d)|[\\u2460-\\u2487]|[●■◆▲•◇□○◎▪★☆►▶]|其中|特别是|尤其是|但是?|而且?|同时|另外|此外|并且?|从而|因此|目前|当前|预计|如今|现在|截至|截止|在|[全我本](?:区|县|市|镇)|\\*\\*区|，|、|的|同比|[比较](?:年初|上年底|上年末|上半年|一季度|前三季度|上季度|上月)|按可比价(?:格)?计算|分别|年均|均|仅|共|累计(?!完成|实现|投资))+");

    private static final Pattern PAIRED_BEFORE = Pattern.compile("\\d+(?:\\.\\d+)?[\\p{IsHan}]{1,3}/$");

    private Clauses() {}

    static List<Clause> of(String text, int start, int end) {
        List<Clause> out = new ArrayList<>();
        int clauseStart = start;
        int depth = 0;
        int parenStart = -1;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '（') {
                if (depth == 0) {
                    parenStart = i + 1;
                }
                depth++;
            } else if (c == '）' && depth > 0) {
                depth--;
                if (depth == 0) {
                    out.add(new Clause(parenStart, i, clauseStart));
                }
            } else if (depth == 1 && "，；：".indexOf(c) >= 0) {
                // （其中：县道大修6公里，乡村道维修11.6公里）: an aside of several clauses is split as the sentence is
                if (i > parenStart) {
                    out.add(new Clause(parenStart, i, clauseStart));
                }
                parenStart = i + 1;
            } else if (depth == 0 && "，；：。！？;".indexOf(c) >= 0) {
                if (i > clauseStart) {
                    out.add(new Clause(clauseStart, i, clauseStart));
                }
                clauseStart = i + 1;
            }
        }
        if (end > clauseStart) {
            out.add(new Clause(clauseStart, end, clauseStart));
        }
        return out;
    }

    /** The clause text before {@code pos}, bracketed asides left out. */
    static String before(String text, Clause clause, int pos) {
        StringBuilder sb = new StringBuilder();
        int depth = 0;
        for (int i = clause.start(); i < pos; i++) {
            char c = text.charAt(i);
            if (c == '（') {
                depth++;
            } else if (c == '）' && depth > 0) {
                depth--;
            } else if (depth == 0) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * What a change is measured against, said before it (同比, 比上年同期, 较上半年, 比1-4月): not part of the subject.
     */
    static final String BASE = "同比|环比|同口径|(?:按)?可比价?(?:格)?(?:计算)?|(?:比|较)(?:(?:上年|去年)[一二三四]季度|上年末|上年|去年|上月末?|上季度末?|年初|上半年|[一二三四]季度末?"
            + "|前三季度|(?:\\d{1,2}[-—至~])?\\d{1,2}月份?|20\\d\\d年(?:[一二三四]季度|上半年)?)(?:同期)?";

    /** Where a value started and the verb to the one that follows, at the end of a subject. */
    private static final Pattern FROM_TO = Pattern.compile("(?<=\\p{IsHan})从[^，。；]*?(?:到|至)(?:(?:19|20)\\d\\d年(?:底|末)?)?$");

    /** Strips time words and connectives in front of a noun phrase: 上半年我区… → …; 其中到国家局来信 → 到国家局来信. */
    static String cleanSubject(String s) {
        String prev;
        do {
            prev = s;
            s = s.strip();
            s = PERIOD.matcher(s).replaceFirst(m -> m.start() == 0 ? "" : m.group());
            s = LEADING_NOISE.matcher(s).replaceFirst("");
        } while (!s.equals(prev));
        s = s.replaceAll("(的|为|是|达到?|仅为|约|超过?|突破|过|预计)+$", "").replaceAll(FOOTNOTE, "");
        s = FROM_TO.matcher(s).replaceFirst(""); // 生产总值从2015年的39.70亿元增长到2020年 → 生产总值
        s = PAIRED_BEFORE.matcher(s).replaceFirst(""); // 房屋征迁35户/8195.24平方米: the count said first
        return s.strip();
    }

    /** What a figure is compared with (全市平均水平, 各县（市、区）): kept as said, minus 在…中 and a trailing 的. */
    static String cleanReference(String s) {
        return s.strip().replaceFirst("^(在|于|同|位居|居)", "").replaceFirst("(的|中|之中)$", "").strip();
    }

    /** The period word nearest before {@code pos} in the sentence; a recurrence (每年) wins over a start (从今年起). */
    static String periodBefore(String text, int sentenceStart, int pos) {
        var m = PERIOD.matcher(text).region(sentenceStart, pos);
        String last = null;
        String recurring = null;
        while (m.find()) {
            last = m.group().replaceFirst("^(到|至)", "");
            if (last.startsWith("每")) {
                recurring = last;
            }
            if (last.startsWith("截至")) {
                last = last.substring(2);
            }
        }
        // a recurrence (每年) wins over a start (从今年起); a later period of another clause (…每年至少举办2场，全年…增长5%)
        // is the one that holds
        return recurring != null && last != null && last.startsWith("从") ? recurring : last;
    }
}
