package cn.luoshi.ingest.internal;

import cn.luoshi.ingest.DirectiveDraft.Gap;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text normalisation (文本规范化): Simplified script, one paragraph per line (hard-wrapped lines joined), full-width
 * Chinese punctuation, half-width digits, and the gaps of scraped copies — omitted text (省略N字), truncation
 * (未完，全文共N字) and mojibake — reported with their offsets in the result. Redaction marks (** and X) are kept.
 */
final class TextNormaliser {

    private static final Pattern OMITTED = Pattern.compile(
            "(?:…{1,6}\\s?[（(]?|[（(])[^（）()\\n…]{0,60}?省略\\s?(\\d{1,7})\\s?字[^（）()\\n…]{0,40}[）)]?…{0,6}"
                    + "|…{0,6}省略\\s?(\\d{1,7})\\s?字…{0,6}");
    private static final Pattern TRUNCATED = Pattern.compile(
            "(?:…{1,6}\\s?)?[（(]?(?:未完[，,]?\\s?全文[共约]|全文[共约](?=\\s?\\d{1,7}\\s?字[，,]?\\s?(?:当前|请|仅)))"
                    + "\\s?(\\d{1,7})\\s?字(?:[，,]\\s?当前仅?显示\\s?(\\d{1,7})\\s?字)?");
    /** A numbered list marker: （一） (一) （1）, 一、, 1. 1． 1、 1﹒ (not 1.5). */
    private static final String LIST_MARKER =
            "(?:[（(][一二三四五六七八九十\\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|\\d{1,2}[.．、﹒](?![\\d.]))";
    private static final Pattern LINE_START_MARKER = Pattern.compile(
            "^(?:" + LIST_MARKER + "|[一二三四五六七八九十]{1,3}[是要]"
                    + "|第[一二三四五六七八九十]{1,3}(?:个问题|个方面|部分)?[，、,]|另?一方面|同志们|\\d{1,3}\t"
                    + "|[*＊▶►●■◆◇★☆•▪\u2460-\u249B]|\\d{1,2}$"
                    // 01 新改扩建公办幼儿园11所 (the space gone by now), not a wrapped line's 12所学校
                    + "|" + Quantities.ITEM_NUMBER + ")");
    private static final Pattern ASCII_PAREN = Pattern.compile("\\(([^()\\n]{0,80})\\)");
    private static final Pattern LIST_NUMBER = Pattern.compile("[一二三四五六七八九十]{1,3}|\\d{1,2}");
    /** Characters that end a line for good; a line ending otherwise was hard-wrapped. */
    /** Shorter than any width a source wraps its lines at: such a line ends where it does (a list's line). */
    private static final int SHORT_LINE = 16;
    private static final String LINE_FINAL = "。！？!?：:；;”’」』）)】…—";
    private static final String STOPS = "，。；！？、：\n";

    /** A page's byline run into the headline after spaces (…完成地区生产总值272.86亿元 来源:张掖市融媒体中心). */
    private static final Pattern SOURCE_INLINE = Pattern.compile("(?<=\\S)[ \u3000]+(?=来源[：:])");
    /** The label of a field of units: 牵头单位, 责任单位, 配合部门…. */
    private static final String UNIT_LABEL = "(?:牵头责任|主要责任|协同配合|牵头|责任|配合|协办|主办)(?:单位|部门)";
    /** A label on a line of its own, its value on the next (责任单位⏎卫健局、文旅局): one field, 责任单位：卫健局、文旅局. */
    private static final Pattern LABEL_LINE = Pattern.compile(
            "(?m)^[ \\t\u3000]*(" + UNIT_LABEL + "|完成时限)[ \\t\u3000]*\\n[ \\t\u3000]*");
    /**
     * A section headed by a label, its units the paragraph below (三、责任单位 ⏎ 县生态环境局、县发展改革局…): the heading
     * stays, the paragraph becomes the label's field (责任单位：县生态环境局、…).
     */
    private static final Pattern LABEL_HEADING = Pattern.compile(
            "(?m)^[ \\t\u3000]*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])[ \\t\u3000]*"
                    + "(" + UNIT_LABEL + ")[ \\t\u3000]*\\n(?:[ \\t\u3000]*\\n)*"
                    + "(?=[ \\t\u3000]*[\\p{IsHan}][^\\n。]{0,200}?[、，,])");
    /** A bullet before a numbered marker at a line's start (●一是深化动力变革): the marker numbers the item. */
    private static final Pattern BULLET_BEFORE_MARKER = Pattern.compile(
            "(?m)^([ \u3000]*)[●■◆▲•◇□○◎](?=[一二三四五六七八九十]+[是要、]|[（(][一二三四五六七八九十\\d]|\\d{1,2}[.、．])");

    /** Whether what is written of the line so far is one or two numerals (一, 十二): a heading's number. */
    private static boolean numeralHeading(StringBuilder sb) {
        int k = sb.length();
        while (k > 0 && sb.length() - k < 2 && "一二三四五六七八九十".indexOf(sb.charAt(k - 1)) >= 0) {
            k--;
        }
        return k < sb.length() && (k == 0 || sb.charAt(k - 1) == '\n');
    }

    /**
     * A forum's anti-copy noise (干扰码) between lines of a post: runs of one- or two-character ASCII scraps separated
     * by spaces (x& L1 ]8 N) l6 J( k), four or more of them.
     */
    private static final Pattern JAMMER = Pattern.compile(
            "(?m)(?:^| |(?<=[）)]))(?:[!-~]{1,2} ){3,}[!-~]{1,2}(?=[ \\t]*$|[ \\t]*\\p{IsHan})");

    /** A comma at {@code i} between one to three digits and a group of three (12,500 / 1,234,567): a thousands mark. */
    static boolean thousands(String s, int i) {
        int lead = 0;
        while (i - lead - 1 >= 0 && isDigit(s.charAt(i - lead - 1))) {
            lead++;
        }
        boolean leadOk = lead >= 1 && (lead <= 3 || i - lead - 1 >= 0 && s.charAt(i - lead - 1) == ',');
        if (!leadOk || i - lead - 1 >= 0 && s.charAt(i - lead - 1) == '.') {
            return false;
        }
        for (int k = 1; k <= 3; k++) {
            if (i + k >= s.length() || !isDigit(s.charAt(i + k))) {
                return false;
            }
        }
        return i + 4 >= s.length() || !isDigit(s.charAt(i + 4));
    }

    /** A list marker on a line of its own, its item on the next (（一）⏎促进群众就业增收，…): one line, （一）促进…. */
    private static final Pattern MARKER_LINE = Pattern.compile(
            "(?m)^[ \\t\u3000]*(" + LIST_MARKER + "|0[1-9])[ \\t\u3000]*\\n[ \\t\u3000]*(?=[^\\s])");
    private static final String[] NUMERALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二",
            "十三", "十四", "十五", "十六", "十七", "十八", "十九", "二十"};

    /** A note of how a value was priced, right after it (40.13亿元（现价），增长2.9%（可比价）). */
    private static final Pattern PRICE_BASIS = Pattern.compile("（(?:现价|按?可比价格?(?:计算)?|不变价|当年价)）"
            + "|(?<=\\p{IsHan})（(?:GDP|CPI|PPI)）"); // and an alias after the name: 地区生产总值（GDP）

    private TextNormaliser() {}

    public static NormalisedText normalise(String decoded) {
        String text = decoded.replace("\r\n", "\n").replace('\r', '\n').replace("\uFEFF", "");
        text = Tables.rewrite(text);
        text = inlineOutline(text);
        text = spacedMarkers(text);
        text = SOURCE_INLINE.matcher(text).replaceAll("\n"); // …272.86亿元 来源:张掖市融媒体中心: the page's byline
        text = LABEL_LINE.matcher(text).replaceAll("$1：");
        text = LABEL_HEADING.matcher(text).replaceAll("$0$1：");
        text = text.replace("各县、市、区", "各县（市、区）"); // one collective, written as a list
        text = MARKER_LINE.matcher(text).replaceAll("$1");
        text = BULLET_BEFORE_MARKER.matcher(text).replaceAll("$1");
        text = JAMMER.matcher(text).replaceAll("");
        Simplifier.Result simplified = Simplifier.simplify(text);
        text = widthAndPunctuation(simplified.text());
        text = PRICE_BASIS.matcher(text).replaceAll(""); // 40.13亿元（现价）: how it was priced, not what
        text = SPACED_DECIMAL.matcher(text).replaceAll("."); // 169 . 3亿元, 3. 3%: one number
        List<Gap> gaps = new ArrayList<>();
        text = assemble(text, gaps);
        text = markGarbled(text, gaps);
        gaps.sort(Comparator.comparingInt(Gap::offset));
        return new NormalisedText(text, simplified.traditional() ? "traditional" : "simplified", gaps);
    }

    /** A decimal point with spaces around it, a unit right after the number (169 . 3亿元, 3. 3%). */
    private static final Pattern SPACED_DECIMAL = Pattern.compile(
            "(?<=\\d)(?: +[.．] *| *[.．] +)(?=\\d{1,4} *(?:%|‰|亿|万|千|元|个百分点))");

    /** A list marker after a run of spaces, inside a line (…不懈努力。 一、深入学习… 1.深入学习…). */
    private static final Pattern SPACED_MARKER = Pattern.compile(
            "(?<=[\\p{IsHan}。；：）”])[ \u3000]+(?=" + LIST_MARKER + "[\\p{IsHan}“])");

    /**
     * A page whose line breaks became spaces: where a line has two or more list markers each after a run of spaces,
     * each starts a line again.
     */
    static String spacedMarkers(String text) {
        if (text.indexOf(' ') < 0 && text.indexOf('\u3000') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (String line : text.split("\n", -1)) {
            if (out.length() > 0) {
                out.append('\n');
            }
            Matcher m = SPACED_MARKER.matcher(line);
            int n = 0;
            while (m.find()) {
                n++;
            }
            out.append(n >= 2 ? SPACED_MARKER.matcher(line).replaceAll("\n") : line);
        }
        return out.toString();
    }

    /**
     * A page saved without its line breaks runs a whole outline into one line: 一、…。（…负责） 二、…。 三、…. When a line
     * starts with 一、 and 二、 and 三、 follow in order, each right after a sentence's end, each starts a line again.
     */
    static String inlineOutline(String text) {
        if (!text.contains("二、") || !text.contains("三、")) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (String line : text.split("\n", -1)) {
            if (out.length() > 0) {
                out.append('\n');
            }
            String stripped = line.strip();
            if (!stripped.startsWith("一、")) {
                out.append(line);
                continue;
            }
            List<Integer> cuts = new ArrayList<>();
            int from = 0;
            for (int k = 1; k < NUMERALS.length; k++) {
                Matcher next = Pattern.compile("(?<=[。；;）)])\\s*(" + NUMERALS[k] + "、)").matcher(line);
                if (!next.find(from)) {
                    break;
                }
                cuts.add(next.start(1));
                from = next.end(1);
            }
            if (cuts.size() < 2) {
                out.append(line);
                continue;
            }
            int at = 0;
            for (int cut : cuts) {
                out.append(line, at, cut).append('\n');
                at = cut;
            }
            out.append(line.substring(at));
        }
        return out.toString();
    }

    /** Half-width digits and letters, full-width Chinese punctuation next to Chinese text, no stray spaces. */
    static String widthAndPunctuation(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '０' && c <= '９' || c >= 'Ａ' && c <= 'Ｚ' || c >= 'ａ' && c <= 'ｚ') {
                c = (char) (c - 0xFEE0);
            } else if (c == '％') {
                c = '%';
            } else if (c == '〝' || c == '〞') {
                c = c == '〝' ? '“' : '”'; // 立足于“早〞: the double prime quotation marks close as ” does
            } else if (c == '\t' && tableRowNumber(text, i)) {
                sb.append(c); // 1<TAB>…: a task table's row (Tables), its number is the row's marker
                continue;
            } else if (c == '\u00A0' || c == '\t') {
                c = ' ';
            }
            sb.append(c);
        }
        String s = sb.toString();
        Matcher m = ASCII_PAREN.matcher(s);
        StringBuilder out = new StringBuilder(s.length());
        while (m.find()) {
            boolean chinese = m.group(1).codePoints().anyMatch(TextDecoder::isHan)
                    || m.start() > 0 && TextDecoder.isHan(s.charAt(m.start() - 1));
            if (LIST_NUMBER.matcher(m.group(1)).matches()) {
                chinese = false; // (一) numbering a list keeps its brackets: a node's marker is written as the text has it
            }
            m.appendReplacement(out, Matcher.quoteReplacement(
                    chinese ? "（" + m.group(1) + "）" : m.group()));
        }
        m.appendTail(out);
        s = out.toString();
        sb.setLength(0);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char prev = i > 0 ? s.charAt(i - 1) : '\n';
            char next = i + 1 < s.length() ? s.charAt(i + 1) : '\n';
            boolean wide = prev > 0x7F;
            switch (c) {
                case ',' -> {
                    if (!thousands(s, i)) { // 12,500万元: one number
                        sb.append(wide || next > 0x7F || prev == '%' ? '，' : ','); // 增长22.6%,1-4月…: a clause ends
                    }
                }
                case ';' -> sb.append(wide || next > 0x7F ? '；' : ';');
                case ':' -> sb.append(wide ? '：' : ':');
                case '!' -> sb.append(wide ? '！' : '!');
                case '．' -> sb.append(isDigit(prev) ? '.' : '．');
                case '·' -> sb.append(isDigit(prev) && decimalBeforePercent(s, i + 1) ? '.' : '·'); // 上涨1·8%
                case '\'' -> {
                    if (next == '\'' && wide) { // '' used as a closing quote in scraped text
                        sb.append('”');
                        i++;
                    } else {
                        sb.append(c);
                    }
                }
                case ' ', '\u3000' -> {
                    int j = i;
                    while (j < s.length() && (s.charAt(j) == ' ' || s.charAt(j) == '\u3000')) {
                        j++;
                    }
                    char after = j < s.length() ? s.charAt(j) : '\n';
                    boolean between = (prev > 0x7F || prev == '\n') && (after > 0x7F || isDigit(after) || after == '\n')
                            || isDigit(prev) && (after > 0x7F || after == '%'); // 增长 6.3 %: one number
                    if (!between || numeralHeading(sb)) {
                        sb.append(' '); // 一 打造营商服务环境新标杆: the space sets the heading's numeral off
                    }
                    i = j - 1;
                }
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Digits from {@code from}, then %: the · before them was a decimal point (1·8%). */
    private static boolean decimalBeforePercent(String s, int from) {
        int k = from;
        while (k < s.length() && isDigit(s.charAt(k))) {
            k++;
        }
        return k > from && k < s.length() && s.charAt(k) == '%';
    }

    /** A tab right after a line-initial number of one to three digits. */
    private static boolean tableRowNumber(String text, int tab) {
        int k = tab - 1;
        while (k >= 0 && k >= tab - 3 && isDigit(text.charAt(k))) {
            k--;
        }
        return k < tab - 1 && (k < 0 || text.charAt(k) == '\n');
    }

    /** Removes omitted/truncated residue (recording gaps) and joins hard-wrapped lines into paragraphs. */
    static String assemble(String text, List<Gap> gaps) {
        Matcher trunc = TRUNCATED.matcher(text);
        String truncatedTail = null;
        Integer truncatedChars = null;
        if (text.contains("全文") && trunc.find()) {
            truncatedTail = text.substring(trunc.start()).strip();
            int total = Integer.parseInt(trunc.group(1));
            truncatedChars = trunc.group(2) != null ? Math.max(0, total - Integer.parseInt(trunc.group(2))) : null;
            text = text.substring(0, trunc.start());
        }
        StringBuilder out = new StringBuilder(text.length());
        Matcher omitted = OMITTED.matcher(text);
        int pos = 0;
        Lines lines = new Lines();
        lines.listLines = !hardWrapped(text);
        while (text.indexOf("省略", pos) >= 0 && omitted.find()) {
            join(text.substring(pos, omitted.start()), out, lines);
            String n = omitted.group(1) != null ? omitted.group(1) : omitted.group(2);
            gaps.add(new Gap(out.length(), "omitted", Integer.parseInt(n), omitted.group().strip()));
            breakParagraph(out);
            lines.previous = null;
            pos = omitted.end();
        }
        join(text.substring(pos), out, lines);
        while (!out.isEmpty() && Character.isWhitespace(out.charAt(out.length() - 1))) {
            out.setLength(out.length() - 1);
        }
        if (truncatedTail != null) {
            gaps.add(new Gap(out.length(), "truncated", truncatedChars,
                    truncatedTail.length() > 200 ? truncatedTail.substring(0, 200) : truncatedTail));
        }
        return out.toString();
    }

    private static void breakParagraph(StringBuilder out) {
        if (!out.isEmpty() && out.charAt(out.length() - 1) != '\n') {
            out.append('\n');
        }
    }

    /** Line-joining state across the segments between gaps. */
    private static final class Lines {
        String previous;
        int count;
        /** The text's lines are not wrapped at one width: a short line ends where it does. */
        boolean listLines;
    }

    /**
     * Whether the text was hard-wrapped at one width: of its lines that end without a stop and are longer than a list's
     * short line, at least half are about as wide as the widest of them (a PDF's or a mail's body). A page whose lines
     * end where the writer ended them (…企业50家以上 ⏎ 整备连片产业用地1.5平方公里以上) has lines of any width.
     */
    static boolean hardWrapped(String text) {
        List<Integer> widths = new java.util.ArrayList<>();
        for (String raw : text.split("\n")) {
            String line = raw.strip();
            if (line.length() > SHORT_LINE && LINE_FINAL.indexOf(line.charAt(line.length() - 1)) < 0) {
                widths.add(width(line));
            }
        }
        if (widths.size() < 2) {
            return true; // too few to tell: as before
        }
        int widest = widths.stream().mapToInt(Integer::intValue).max().orElse(0);
        long near = widths.stream().filter(w -> w >= widest - WRAP_SLACK).count();
        return near * 2 >= widths.size();
    }

    /**
     * Short enough to be one item of a list and ending as a list's items do, without a stop, in a text not wrapped at one
     * width (a page's line broken anywhere is longer, and a sentence wrapped in two ends its second line with a stop).
     */
    private static boolean listLine(String line) {
        return line.length() <= LIST_LINE && LINE_FINAL.indexOf(line.charAt(line.length() - 1)) < 0;
    }

    /** The next item of such a list: a list line, or a short line that holds a whole sentence before its last. */
    private static boolean nextItem(String line) {
        int stop = line.indexOf('。');
        return listLine(line) || line.length() <= LIST_LINE && stop >= 0 && stop < line.length() - 1;
    }

    private static final int LIST_LINE = 50;

    /** How far a line's wrapped width may fall short of the widest, in half-widths (two characters). */
    private static final int WRAP_SLACK = 4;

    /** A line's width in half-widths: ASCII one, anything else two. */
    private static int width(String line) {
        int w = 0;
        for (int i = 0; i < line.length(); i++) {
            w += line.charAt(i) < 0x80 ? 1 : 2;
        }
        return w;
    }

    private static void join(String segment, StringBuilder out, Lines state) {
        boolean blank = false;
        for (String raw : segment.split("\n", -1)) {
            String line = raw.strip();
            if (line.isEmpty()) {
                blank = true;
                continue;
            }
            if (state.previous != null) {
                if (blank || state.listLines && listLine(state.previous) && nextItem(line)
                        || !continues(state.previous, line, state.count == 1)) {
                    breakParagraph(out);
                } else if (isAsciiLetter(state.previous.charAt(state.previous.length() - 1))
                        && isAsciiLetter(line.charAt(0))) {
                    out.append(' ');
                }
            }
            out.append(line);
            state.previous = line;
            state.count++;
            blank = false;
        }
    }

    /** Whether {@code next} continues the paragraph of {@code prev} (the source wrapped it). */
    private static boolean continues(String prev, String next, boolean prevIsFirst) {
        char last = prev.charAt(prev.length() - 1);
        if (LINE_FINAL.indexOf(last) >= 0) {
            return false;
        }
        if (LINE_START_MARKER.matcher(next).find()) {
            return false;
        }
        if (LINE_START_MARKER.matcher(prev).find() && prev.length() <= 60) {
            return false; // a heading line: 一、聚焦补链强链，持续做强实体经济
        }
        if (prev.length() <= SHORT_LINE) {
            return false; // 2家长者照护之家 ⏎ 100个农村睦邻互助点: a line this short was not wrapped, it ended
        }
        if (next.length() <= SHORT_LINE && next.chars().noneMatch(ch -> STOPS.indexOf(ch) >= 0)
                && LINE_FINAL.indexOf(next.charAt(next.length() - 1)) < 0) {
            return false; // …高校总数达到168所 ⏎ 2024年主要目标: a short line with no stop at all heads what follows
        }
        return !(prevIsFirst && prev.length() <= 50); // the title line
    }

    /** Mojibake: a '?' or U+FFFD amid characters no real text would have there. Reported, left in place. */
    static String markGarbled(String text, List<Gap> gaps) {
        char[] chars = text.toCharArray();
        int i = 0;
        while (i < chars.length) {
            char c = chars[i];
            boolean seed = c == '\uFFFD'
                    || c == '?' && i + 1 < chars.length && odd(chars[i + 1]) && i > 0 && chars[i - 1] > 0x7F;
            if (!seed) {
                if (c == '?' && i > 0 && chars[i - 1] > 0x7F) {
                    chars[i] = '？';
                }
                i++;
                continue;
            }
            int start = i;
            while (start > 0 && odd(chars[start - 1]) && STOPS.indexOf(chars[start - 1]) < 0) {
                start--;
            }
            int end = i + 1;
            while (end < chars.length && STOPS.indexOf(chars[end]) < 0 && (odd(chars[end]) || oddAhead(chars, end))) {
                end++;
            }
            String span = new String(chars, start, end - start);
            gaps.add(new Gap(start, "garbled", span.length(), span));
            i = end;
        }
        return new String(chars);
    }

    private static boolean oddAhead(char[] chars, int from) {
        for (int k = from + 1; k <= from + 3 && k < chars.length; k++) {
            if (STOPS.indexOf(chars[k]) >= 0) {
                return false;
            }
            if (odd(chars[k])) {
                return true;
            }
        }
        return false;
    }

    static boolean odd(char c) {
        if (c == '?' || c == '\uFFFD' || isAsciiLetter(c) || "()[]{}|\\^`~!\"#$&'+/;<=>@".indexOf(c) >= 0) {
            return true;
        }
        if (c >= 0x00C0 && c <= 0x024F || c >= 0x2460 && c <= 0x24FF || c >= 0x2500 && c <= 0x25FF
                || c >= 0xE000 && c <= 0xF8FF) {
            return true;
        }
        return TextDecoder.isHan(c) && !CommonHan.contains(c);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
}
