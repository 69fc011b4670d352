package cn.luoshi.ingest.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Quantities (数量): a number — Arabic, Chinese or masked as X — with its measure word or unit (115个, 4.98亿元,
 * 63%, X条). Numbers that are names are not quantities: 3号线, 2022年, “15分钟阅读文化圈”, 第二.
 */
final class Quantities {

    /** Longest first, so 个百分点 wins over 个 and 亿元 over 元. */
    static final String UNITS = "个百分点|个工作日|课时|学时|批次|亿千瓦时|万千瓦时|千瓦时|亿度|万度|亿千瓦|万千瓦|万㎡|㎡|万担|担|微克/立方米|毫克/立方米|毫克/升|件人次|件次|人次|处次|家次|户次|辆次|台次|架次|艘次|场次|剂次|车次|亿方|万方|万立方米|立方米|万平方米|平方米|万平米|平米|万公斤|公斤|亿斤|万斤|平方公里|公里|千米|万亩|万吨标准煤|吨标准煤|万吨|亿美元|万美元|亿元|万元|美元|元"
            + "|千瓦|兆瓦|亿|斤|头|只|箱|盏|眼|棒|单|对|%|‰|个|家|条|所|座|项|户|名|人|件|封|辆|台|套|处|栋|幢|米|亩|公顷|吨|天|场|次|期|批|支|位|块|间|张|片|段|棵|株|起|宗|例|部|份";
    /** Physical measures: an amount of something, not a count (9.6万吨, 1.2万亩, 35公里). */
    static final Pattern MEASURE_UNITS = Pattern.compile("万?(?:亿度|万度|亿斤|亿方|万方|微克/立方米|毫克/立方米|毫克/升|吨标准煤|㎡|担|吨|万吨|公斤|斤|亩|万亩|公顷|立方米|万立方米|平方米|万平米|平米|米|万平方米|平方公里|公里|千米|千瓦|兆瓦|千瓦时|亿千瓦时|亿千瓦)");
    static final Pattern MONEY = Pattern.compile("万亿元|万亿|亿美元|万美元|亿元|万元|美元|元|亿");
    /** Count units, with or without 万 (1.2万人, 500万人次, 养老床位3758张, 优良天数253天). */
    static final Pattern COUNT_UNITS = Pattern.compile("万?(?:个|家|条|所|座|项|户|名|人|份|棒|单|对|期|批次|件|封|件次|件人次|人次|处次|家次|户次|辆次|台次|架次|艘次|场次|剂次|车次|辆|台|套|处|栋|幢|场|次|位|间|起|宗|例|部|张|天|头|只|箱|盏|眼|株|棵)");

    /**
     * A list's item number opening a line (01 新改扩建公办幼儿园11所, the space gone by now): two digits before a word, not
     * a count (12所), a date or a time (10月, 12时) or a longer number.
     */
    static final String ITEM_NUMBER = "(\\d{2})(?!\\d)(?!(?:万|亿)?(?:" + UNITS + "|年|月|日|时|点|号|周|世纪))(?=\\p{IsHan})";
    /** A list summed up by its count before the measure it shares: A、B、C3项指标增速全市第一 (after the 3项). */
    static final Pattern LIST_SUMMED = Pattern.compile("^(?:主要|经济)?指标");

    /** 达, 超, 过, 在…: what comes before a round hundred or thousand reached (产值达百亿, 稳定在百亿以上). */
    private static final Pattern REACHES = Pattern.compile("(?:达|超|过|逾|近|破|在|到|至)$");
    /** Units written only after digits: 两头, 一只, 一对, 一单 are words. */
    private static final Pattern DIGITS_ONLY = Pattern.compile("头|只|箱|眼|棒|单|对");
    /** Verbs that hold sessions (举办三期, 开设两期): then 期 counts them. */
    private static final Pattern HELD = Pattern.compile("办|设|开|展|训|讲");
    private static final Pattern QUANTITY = Pattern.compile(
            "(\\d{1,15}(?:\\.\\d{1,8})?|[零〇一二两三四五六七八九十百千万]{1,10}|X{1,3}|x{2,3})(余|多)?[ \u3000]?((?:万|亿)?(?:余|多)?(?:" + UNITS + "))");

    /** A number does not start right after these: 第二 (ordinal), 每个, 十一届九次, 3.5, 5G. */
    private static final String NOT_BEFORE = "0123456789.第每届零〇一二两三四五六七八九十百千万";

    /** 不落一户, 不漏一人, 无一: a negated one means none left out. */
    private static final Pattern NONE_LEFT = Pattern.compile("(?:不落|不漏|不丢|不少|不让|无)(?:一[户人个家])?$");

    /** Vague amounts: 一批, 一系列, 一张蓝图 are not commitments of a number; 一起 is together (发现一起、查处一起). */
    private static final Pattern VAGUE_UNIT = Pattern.compile("批|支|张|片|段|块|期|场|次|处|位|部|起|项");
    /** 部 counts machines (电梯120部) but starts words too: 两部门, 一部分, 三部署. */
    private static final String NOT_AFTER_BU = "门分署委队长位件";

    record Quantity(int start, int end, BigDecimal value, boolean masked, String unit, String approx, int valueEnd) {}

    private Quantities() {}

    /**
     * 期 as a phase, not a count: 二期工程, 三期项目; in words after a name, 大赛二期征迁, 雨污分流改造二期. 举办三期讲坛 and
     * 培训班24期 count sessions held.
     */
    private static boolean phase(String text, int start, int end, boolean digits) {
        if (text.startsWith("工程", end) || text.startsWith("项目", end)) {
            return true;
        }
        return !digits && start > 0 && Character.UnicodeScript.of(text.charAt(start - 1)) == Character.UnicodeScript.HAN
                && !HELD.matcher(text.substring(Math.max(0, start - 2), start)).find();
    }

    private static final int TITLE_MAX = 40;

    /** Whether an offset lies inside a title in 《》 (a document's or a plan's name) on its line. */
    private static boolean inTitle(String text, int at) {
        for (int k = at - 1; k >= Math.max(0, at - TITLE_MAX); k--) {
            char c = text.charAt(k);
            if (c == '》' || c == '\n') {
                return false;
            }
            if (c == '《') {
                int close = text.indexOf('》', at);
                int line = text.indexOf('\n', at);
                return close >= 0 && close - k <= TITLE_MAX && (line < 0 || close < line);
            }
        }
        return false;
    }

    static List<Quantity> find(Passage passage, int from, int to) {
        String text = passage.text;
        List<Quantity> out = new ArrayList<>();
        Matcher m = QUANTITY.matcher(text).region(from, to);
        m.useTransparentBounds(true);
        while (m.find()) {
            String number = m.group(1);
            String unit = m.group(3);
            String approx = m.group(2);
            if (unit.length() > 2 && (unit.charAt(1) == '余' || unit.charAt(1) == '多')) {
                approx = unit.substring(1, 2); // 4767万余元: 万元, about
                unit = unit.charAt(0) + unit.substring(2);
            }
            if (passage.quoted(m.start()) || inTitle(text, m.start())) {
                continue; // “十个一” 工程, 《全域旅游六个一行动方案》: names, not counts
            }
            char previous = m.start() > 0 ? text.charAt(m.start() - 1) : ' ';
            if (NOT_BEFORE.indexOf(previous) >= 0 || previous < 0x80 && Character.isLetter(previous)) {
                continue;
            }
            if (unit.equals("位") && text.startsWith("数", m.end())) {
                continue; // 两位数增长: double digits
            }
            if (!Character.isDigit(number.charAt(0)) && DIGITS_ONLY.matcher(unit).matches()) {
                continue; // 两头, 一只手, 一对: words; 出栏肉牛5000头, 栽培菌棒1亿棒 are written in digits
            }
            if ("一".equals(number) && text.startsWith("一" + unit, m.end())
                    || "一".equals(number) && m.start() >= 1 + unit.length() && text.startsWith("一" + unit, m.start() - 1 - unit.length())) {
                continue; // 一项一项抓落实, 一件一件办: one by one, not a count
            }
            if (text.startsWith("级", m.end()) && unit.matches("[万亿千百]?[亿万]?元?")) {
                continue; // 20亿级项目: a size class of what is counted, not a value
            }
            if (unit.equals("次") && text.startsWith("产业", m.end())) {
                continue; // 三次产业: the primary, secondary and tertiary sectors, not three times
            }
            if (unit.equals("期") && phase(text, m.start(), m.end(), Character.isDigit(number.charAt(0)))) {
                continue;
            }
            if (unit.endsWith("部") && m.end() < text.length() && NOT_AFTER_BU.indexOf(text.charAt(m.end())) >= 0) {
                continue;
            }
            boolean masked = number.charAt(0) == 'X' || number.charAt(0) == 'x';
            boolean chinese = !masked && !Character.isDigit(number.charAt(0));
            if (chinese && number.chars().noneMatch(c -> "零〇一二两三四五六七八九十".indexOf(c) >= 0)
                    && !(number.matches("[百千]") && (REACHES.matcher(text.substring(Math.max(0, m.start() - 2), m.start())).find()
                            || text.startsWith("以上", m.end())))) {
                continue; // 万家, 千家万户; but 产值达百亿, 超千亿, 完成百件以上: a round hundred or thousand reached
            }
            if (chinese && number.chars().allMatch(c -> c == '零' || c == '〇')) {
                continue; // 零部件, 零距离: a word, not zero of something
            }
            if (chinese && number.length() == 1 && "一".equals(number) && VAGUE_UNIT.matcher(unit).matches()) {
                continue;
            }
            if (masked && m.start() > 0 && Character.isLetterOrDigit(text.charAt(m.start() - 1))
                    && text.charAt(m.start() - 1) < 0x80) {
                continue;
            }
            if (chinese && "一".equals(number) && (NONE_LEFT.matcher(text.substring(Math.max(0, m.start() - 4), m.start())).find()
                    || text.startsWith("不", m.end()))) {
                continue; // 不落一户, 一个不少: nobody left out, not one of something
            }
            if (chinese && m.start() > 0 && text.charAt(m.start() - 1) == '个' && !"一".equals(number)) {
                continue; // 第二个十万亩大枣基地: a name's size, not a count
            }
            if (chinese && m.start() > 0 && "统唯之其逐万千整划".indexOf(text.charAt(m.start() - 1)) >= 0) {
                continue; // 统一, 唯一, 之一, 逐一: words, not numbers
            }
            BigDecimal value = masked ? null : ChineseNumbers.parse(number);
            if (!masked && value == null) {
                continue;
            }
            out.add(new Quantity(m.start(), m.end(), value, masked, unit, approx, m.end(1)));
        }
        return out;
    }
}
