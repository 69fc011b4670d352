package cn.luoshi.ingest.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The items of a list of subjects said once with a shared head or measure (列举的主语): 生产总值、固定资产投资增速 is
 * two subjects, 城镇和农村常住居民人均可支配收入 two incomes. Figures zip them with their values (分别增长4.5%和6%),
 * targets give each the one value said for all (均增长8%).
 */
final class Items {

    /** A level of government at the start of an item (中央、省、市、区). */
    static final Pattern LEVEL = Pattern.compile("^(中央|全国|国家|全省|全市|全区|全县|我区|本区|我市|我县|省|市|区|县)");
    private static final Pattern RATE_WORD = Pattern.compile("([\\p{IsHan}]{1,2}率)$");
    private static final Pattern MEASURE_NOUN = Pattern.compile(
            "(增速|增幅|增长率|增长|比重|占比|总额|总量|收入|GDP|生产总值|增加值|投资|产值)$");

    /** Counterparts: 收入 and 支出, 存款 and 贷款, 进口 and 出口. */
    private static final java.util.Map<String, String> COUNTERPART = java.util.Map.of(
            "收入", "支出", "存款", "贷款", "进口", "出口");
    /** Two counterparts said in one word (存贷款, 进出口): 金融机构存贷款余额 → 金融机构存款余额, 金融机构贷款余额. */
    private static final java.util.Map<String, List<String>> CONTRACTED = java.util.Map.of(
            "存贷款", List.of("存款", "贷款"), "进出口", List.of("进口", "出口"));
    private static final Pattern CONTRACTED_WORD = Pattern.compile(String.join("|", CONTRACTED.keySet()));

    /** A list summed up by its count (汽车制造业、食品制造业、燃气生产和供应业三个行业增加值增势较好): the items before it. */
    private static final Pattern COUNTED_LIST = Pattern.compile(
            "^(\\p{IsHan}[^，,。；]*?[^、])([一二三四五六七八九十两]|\\d{1,2})(?:个|项|大|家|类)\\p{IsHan}*$");

    /** The three sectors said as one word: 一二三产业增加值, 二三产业. */
    private static final Pattern SECTORS = Pattern.compile("^第?([一二三]{2,3})(产业.*)$");

    private Items() {}

    /** 生产总值、固定资产投资、社会消费品零售总额增速 → 生产总值增速, 固定资产投资增速, 社会消费品零售总额增速. */
    static List<String> zip(String subject, int count) {
        Matcher contracted = CONTRACTED_WORD.matcher(subject);
        if (count == 2 && contracted.find() && subject.indexOf('、') < 0) {
            String before = subject.substring(0, contracted.start());
            String after = subject.substring(contracted.end());
            return CONTRACTED.get(contracted.group()).stream().map(word -> before + word + after).toList();
        }
        Matcher counted = COUNTED_LIST.matcher(subject);
        if (counted.matches() && ChineseNumbers.parse(counted.group(2)).intValue() == count) {
            List<String> items = List.of(counted.group(1).split("、"));
            if (items.size() == count && items.stream().allMatch(i -> i.length() >= 2)) {
                return items; // the items as the list names them, the words after the count a comment on all
            }
        }
        Matcher sectors = SECTORS.matcher(subject);
        if (sectors.matches() && sectors.group(1).length() == count) {
            // 一二三产业增加值 → 一产业增加值, 二产业增加值, 三产业增加值 (第一产业…, as the items are written out)
            return sectors.group(1).chars().mapToObj(c -> "第" + (char) c + sectors.group(2)).toList();
        }
        String[] parts = subject.split("[、和及与]");
        if (parts.length == 2 && count == 2 && parts[0].length() > 2) {
            String end = parts[0].substring(parts[0].length() - 2);
            if (parts[1].equals(COUNTERPART.get(end))) {
                return List.of(parts[0], parts[0].substring(0, parts[0].length() - 2) + parts[1]);
            }
        }
        if (parts.length == 1 && count == 2 && subject.startsWith("城乡") && subject.length() > 2) {
            // 城乡居民人均可支配收入分别增长4.5%和6%: 城镇 and 农村, in that order
            return List.of("城镇" + subject.substring(2), "农村" + subject.substring(2));
        }
        if (parts.length != count) {
            return List.of(subject);
        }
        String last = parts[parts.length - 1];
        String suffix = "";
        Matcher level = LEVEL.matcher(last);
        if (Pattern.matches("(中央|全国|国家|全省|全市|全区|全县|省|市|区|县)", parts[0]) && level.find()) {
            suffix = last.substring(level.end());
        } else {
            Matcher noun = MEASURE_NOUN.matcher(last);
            Matcher rate = RATE_WORD.matcher(last);
            if (noun.find()) {
                suffix = noun.group(1);
            } else if (rate.find() && !parts[0].endsWith("率")) {
                suffix = rate.group(1); // 基本医保、养老保险参保率 → 基本医保参保率, 养老保险参保率
            }
        }
        boolean modifiers = parts.length > 1 && last.length() > parts[0].length() + 2
                && java.util.Arrays.stream(parts, 0, parts.length - 1)
                        .allMatch(p -> p.length() >= 2 && p.length() <= 3 && p.length() == parts[0].length());
        if (modifiers && !MEASURE_NOUN.matcher(parts[0]).find()) {
            // 城镇和农村常住居民人均可支配收入 → 城镇常住居民人均可支配收入, 农村常住居民人均可支配收入
            String head = last.substring(parts[0].length());
            List<String> out = new ArrayList<>();
            for (int i = 0; i < parts.length - 1; i++) {
                out.add(parts[i] + head);
            }
            out.add(last);
            return out;
        }
        List<String> out = new ArrayList<>();
        if (parts[0].matches("[一二三四五六七八九十]") && last.matches("^[一二三四五六七八九十].+")) {
            // 一、二、三产业增加值 → 一产业增加值, 二产业增加值, 三产业增加值
            for (int i = 0; i < parts.length - 1; i++) {
                out.add(parts[i].matches("[一二三四五六七八九十]") ? parts[i] + last.substring(1) : parts[i]);
            }
            out.add(last);
            return out;
        }
        for (String part : parts) {
            out.add(part.endsWith(suffix) ? part : part + suffix);
        }
        return out;
    }

    /**
     * The subjects of a list whose first items are short words that share the last item's head (城镇、农村居民人均可支配
     * 收入 → 城镇居民人均可支配收入, 农村居民人均可支配收入; 一产、二产增加值): each item with the head; empty when the
     * list is not so written.
     */
    static List<String> sharedHead(List<String> items) {
        if (items.size() < 2) {
            return List.of();
        }
        int word = items.get(0).length();
        String last = items.get(items.size() - 1);
        if (word > 3 || last.length() < word + 2
                || items.subList(0, items.size() - 1).stream().anyMatch(x -> x.length() != word)) {
            return List.of();
        }
        String head = last.substring(word);
        List<String> out = new ArrayList<>();
        items.subList(0, items.size() - 1).forEach(x -> out.add(x + head));
        out.add(last);
        return out;
    }
}
