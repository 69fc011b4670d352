package cn.luoshi.ingest.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A table of indicators pasted as text (主要经济指标表 of a 统计月报): a header such as {@code 指标名称 | 单位 | 1-9月 |
 * 同比增长（%） | 全市位次}, then one indicator per row. Each row is rewritten as the sentence a statistics note would
 * write — {@code 地区生产总值215.6亿元，增长5.8%，居全市第3位。} — which the figure reader reads like any other, so a
 * row gives its amount, its growth and its rank with the indicator as their subject. A table whose columns look ahead
 * (目标, 计划, 预期) is not read here: its numbers are commitments, not facts.
 */
final class DataTables {

    /** The column naming each row's indicator: 指标, 指标名称, 主要指标, 项目, 名称. */
    private static final Pattern NAME_HEADER = Pattern.compile("^(?:主要)?(?:经济)?(?:指标|项目)(?:名称)?$|^名称$");
    private static final Pattern NUMBER_HEADER = Pattern.compile("^(序号|编号|序)$");
    private static final Pattern UNIT_HEADER = Pattern.compile("^(?:计量)?单位$");
    /** A column of growth in per cent: 增长%, 同比增长（%）, 增速, 增幅, 比上年同期±%. */
    private static final Pattern GROWTH_HEADER = Pattern.compile("增长|增速|增幅|同比|比上年|比去年|[±]|增减");
    /** A column of points, not per cent (增减百分点): a change in points is not read from a table. */
    private static final Pattern POINTS_HEADER = Pattern.compile("百分点");
    /** A column of the indicator's value: 绝对值, 总量, 1-9月, 本月, 累计, 上半年, 2024年, 完成额. */
    private static final Pattern VALUE_HEADER = Pattern.compile(
            "绝对值|绝对数|总量|总额|数值|金额|完成|实绩|累计|本月|本期|本年|全年|上半年|前三季度|[一二三四1-4]季度|\\d{1,2}\\s*[-—－~至]\\s*\\d{1,2}\\s*月|\\d{1,2}月|\\d{4}年");
    /** The period a column's header names (1-9月, 上半年, 2024年): the sentence starts with it. */
    private static final Pattern PERIOD = Pattern.compile(
            "\\d{4}年(?:\\d{1,2}\\s*[-—－~至]\\s*\\d{1,2}\\s*月|[一二三四1-4]季度|上半年|前三季度)?|\\d{1,2}\\s*[-—－~至]\\s*\\d{1,2}\\s*月|上半年|前三季度|[一二三四1-4]季度");
    /** A column of the row's place among its peers: 位次, 全市排名, 排位. */
    private static final Pattern RANK_HEADER = Pattern.compile("位次|排名|排位|排序|名次");
    /** Columns that look ahead: the table states commitments. */
    private static final Pattern AHEAD_HEADER = Pattern.compile("目标|计划|预期|任务");
    /** The unit a header names in brackets (绝对值（亿元）, 增速（%）): any unit a quantity may have. */
    private static final Pattern HEADER_UNIT = Pattern.compile("[（(]\\s*(万?(?:" + Quantities.UNITS + ")|％)\\s*[）)]");
    private static final Pattern NUMBER = Pattern.compile("^[-+]?\\d+(?:\\.\\d+)?$");
    private static final Pattern ROW_NAME_CLUTTER = Pattern.compile("^(?:其中[:：]?|[#＃*]+|\\d{1,2}[.、]|[（(]\\d{1,2}[）)])\\s*");
    private static final int HEADER_CELL_MAX = 16;

    /** A line above a table naming the unit of its values: 单位：亿元. */
    private static final Pattern UNIT_LINE = Pattern.compile("^(?:计量)?单位\\s*[:：]\\s*(万?(?:" + Quantities.UNITS + "))\\s*$");
    /** A line that holds nothing but the header cell naming the indicators (指 标, 项目名称). */
    private static final Pattern NAME_LINE = Pattern.compile(
            "(?m)^[ \\t\u3000|│]*(?:主要)?(?:经济)?(?:指\\s*标|项\\s*目)(?:名称)?[ \\t\u3000|│]*$|(?m)^[ \\t\u3000|│]*名称[ \\t\u3000|│]*$");
    private static final Pattern CLOSING_PIPE = Pattern.compile("^\\s*[|│]?\\s*(.*?)\\s*[|│]?\\s*$");

    private DataTables() {}

    /**
     * A table of indicators saved one cell per line (a web page's table copied as text: 指 标 ⏎ | ⏎ 绝对数 ⏎ | ⏎
     * 比上年增长% ⏎ | ⏎ 生产总值 ⏎ | ⏎ 295.4 ⏎ | ⏎ 7.7 …, with 单位:亿元 above) put back on rows, cells separated by
     * tabs, the unit written into the value column's header; text without one comes back unchanged (same object).
     */
    static String unstacked(String text) {
        if (!NAME_LINE.matcher(text).find()) {
            return text; // no header cell on a line of its own: no table saved one cell per line
        }
        String[] lines = text.split("\n", -1);
        List<Integer> filled = new ArrayList<>();
        for (int k = 0; k < lines.length; k++) {
            if (!Tables.PIPE_ONLY.matcher(lines[k]).matches()) {
                filled.add(k);
            }
        }
        StringBuilder out = null;
        int copied = 0;
        for (int f = 0; f < filled.size(); f++) {
            String first = cellAt(lines, filled, f);
            if (!NAME_HEADER.matcher(first.replaceAll("\\s+", "")).matches()) {
                continue;
            }
            List<String> header = new ArrayList<>(List.of(first));
            int g = f + 1;
            while (g < filled.size() && header.size() < 6 && Layout.column(cellAt(lines, filled, g)) != null) {
                header.add(cellAt(lines, filled, g));
                g++;
            }
            String unit = null;
            for (int b = f - 1; b >= Math.max(0, f - 3) && unit == null; b--) {
                Matcher m = UNIT_LINE.matcher(cellAt(lines, filled, b));
                unit = m.matches() ? m.group(1) : null;
            }
            Layout layout = Layout.of(withUnit(header, unit));
            if (layout == null) {
                continue;
            }
            int width = header.size();
            List<String> rows = new ArrayList<>();
            int at = g;
            while (at + width <= filled.size()) {
                List<String> row = new ArrayList<>();
                for (int c = 0; c < width; c++) {
                    row.add(cellAt(lines, filled, at + c));
                }
                if (layout.sentence(row) == null) {
                    break;
                }
                rows.add(String.join("\t", row));
                at += width;
            }
            if (rows.size() < 2) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length());
            }
            for (int k = copied; k < filled.get(f); k++) {
                out.append(lines[k]).append('\n');
            }
            out.append(String.join("\t", withUnit(header, unit))).append('\n');
            for (String r : rows) {
                out.append(r).append('\n');
            }
            copied = at < filled.size() ? filled.get(at) : lines.length;
            f = at - 1;
        }
        if (out == null) {
            return text;
        }
        for (int k = copied; k < lines.length; k++) {
            out.append(lines[k]);
            if (k < lines.length - 1) {
                out.append('\n');
            }
        }
        return out.toString();
    }

    private static String cellAt(String[] lines, List<Integer> filled, int f) {
        Matcher m = CLOSING_PIPE.matcher(lines[filled.get(f)]);
        return m.matches() ? m.group(1) : lines[filled.get(f)].strip();
    }

    /** The header with the unit said above the table written into its first value column (绝对数（亿元）). */
    private static List<String> withUnit(List<String> header, String unit) {
        if (unit == null) {
            return header;
        }
        List<String> out = new ArrayList<>(header);
        for (int k = 0; k < out.size(); k++) {
            if ("value".equals(Layout.column(out.get(k))) && !HEADER_UNIT.matcher(out.get(k)).find()) {
                out.set(k, out.get(k) + "（" + unit + "）");
                break;
            }
        }
        return out;
    }

    /**
     * When an indicator table starts at {@code at}, writes its rows as sentences to {@code out} and returns the line
     * after it; returns {@code at} otherwise.
     */
    static int rewrite(String[] lines, int at, StringBuilder out) {
        List<String> header = Tables.cells(lines[at]);
        Layout layout = Layout.of(header);
        if (layout == null) {
            return at;
        }
        List<String> sentences = new ArrayList<>();
        int j = at + 1;
        while (j < lines.length) {
            if (lines[j].isBlank()) {
                if (j + 1 < lines.length && layout.sentence(Tables.cells(lines[j + 1])) != null) {
                    j++;
                    continue;
                }
                break;
            }
            String sentence = layout.sentence(Tables.cells(lines[j]));
            if (sentence == null) {
                break;
            }
            if (!sentence.isEmpty()) {
                sentences.add(sentence);
            }
            j++;
        }
        if (sentences.size() < 2) {
            return at;
        }
        for (String s : sentences) {
            out.append(s).append('\n');
        }
        return j;
    }

    private record Layout(int width, int name, int unit, int value, int growth, int rank, String headerUnit,
                          String rankScope, String period) {

        static Layout of(List<String> raw) {
            if (raw.size() < 2) {
                return null;
            }
            List<String> header = raw.stream().map(Tables::oneWord).toList();
            if (header.stream().anyMatch(h -> h.length() > HEADER_CELL_MAX)
                    || header.stream().anyMatch(h -> AHEAD_HEADER.matcher(h).find())) {
                return null;
            }
            int name = -1;
            int unit = -1;
            int value = -1;
            int growth = -1;
            int rank = -1;
            String headerUnit = null;
            for (int k = 0; k < header.size(); k++) {
                String h = header.get(k);
                if (k <= 1 && name < 0 && NAME_HEADER.matcher(h).matches()) {
                    name = k;
                    continue;
                }
                String column = column(h);
                if (column == null) {
                    return null; // a column this reader does not know: the table is another kind
                }
                switch (column) {
                    case "unit" -> unit = unit < 0 ? k : unit;
                    case "rank" -> rank = rank < 0 ? k : rank;
                    case "growth" -> growth = growth < 0 ? k : growth;
                    case "value" -> {
                        if (value < 0) {
                            value = k;
                            Matcher m = HEADER_UNIT.matcher(h);
                            headerUnit = m.find() ? m.group(1) : null;
                        }
                    }
                    default -> { } // a row number, a change in points: not read
                }
            }
            if (name < 0 || growth < 0 && value < 0) {
                return null;
            }
            String scope = null;
            if (rank >= 0) {
                String h = header.get(rank);
                scope = h.contains("全省") ? "全省" : h.contains("全县") ? "全县" : h.contains("全区") ? "全区" : "全市";
            }
            String period = null;
            for (String h : header) {
                Matcher m = PERIOD.matcher(h);
                if (period == null && m.find()) {
                    period = m.group().replaceAll("\\s+", "");
                }
            }
            return new Layout(header.size(), name, unit, value, growth, rank, headerUnit, scope, period);
        }

        /** What a header cell heads: number, unit, rank, points, growth or value; null for a column not read here. */
        static String column(String raw) {
            String h = Tables.oneWord(raw);
            if (h.isEmpty() || h.length() > HEADER_CELL_MAX || AHEAD_HEADER.matcher(h).find()
                    || number(h) != null) {
                return null;
            }
            if (NUMBER_HEADER.matcher(h).matches()) {
                return "number";
            } else if (UNIT_HEADER.matcher(h).matches()) {
                return "unit";
            } else if (RANK_HEADER.matcher(h).find()) {
                return "rank";
            } else if (POINTS_HEADER.matcher(h).find()) {
                return "points";
            } else if (GROWTH_HEADER.matcher(h).find()) {
                return "growth";
            } else if (VALUE_HEADER.matcher(h).find() || HEADER_UNIT.matcher(h).find()) {
                return "value";
            }
            return null;
        }

        /** The row as a sentence; empty for a row with no number to state; null for a line that is no row. */
        String sentence(List<String> row) {
            if (row.size() < 2 || row.size() > width || name >= row.size()) {
                return null;
            }
            String indicator = ROW_NAME_CLUTTER.matcher(row.get(name)).replaceFirst("").strip();
            if (indicator.isEmpty() || !indicator.codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
                    == Character.UnicodeScript.HAN) || indicator.matches(".*\\d{3,}.*")) {
                return null;
            }
            boolean numeric = false;
            for (int k = 0; k < row.size(); k++) {
                if (k != name && k != unit && !row.get(k).isEmpty() && !blank(row.get(k)) && number(row.get(k)) == null) {
                    return null; // a cell of words where numbers stand: not a row of this table
                }
                numeric |= k != name && k != unit && number(row.get(k)) != null;
            }
            if (!numeric) {
                return "";
            }
            String v = cell(row, value);
            String g = cell(row, growth);
            String r = cell(row, rank);
            StringBuilder sb = new StringBuilder(period == null ? "" : period + "，").append(indicator);
            String amount = number(v);
            String unitWord = unit >= 0 ? cell(row, unit) : headerUnit;
            boolean said = false;
            if (amount != null && unitWord != null && !unitWord.isBlank()) {
                sb.append(amount).append(unitWord.replace('％', '%'));
                said = true;
            }
            String rate = number(g);
            if (rate != null) {
                sb.append(said ? "，" : "");
                sb.append(rate.startsWith("-") ? "下降" + rate.substring(1) : "增长" + rate.replaceFirst("^\\+", ""));
                sb.append('%');
                said = true;
            }
            String place = number(r);
            if (place != null && !place.contains(".") && !place.startsWith("-")) {
                sb.append(said ? "，" : "").append("居").append(rankScope).append('第').append(place).append('位');
                said = true;
            }
            return said ? sb.append('。').toString() : "";
        }

        private static String cell(List<String> row, int k) {
            return k >= 0 && k < row.size() ? row.get(k).strip() : "";
        }

        private static boolean blank(String cell) {
            return cell.strip().matches("[-—－/／…\\s]+");
        }

        /** The cell as a plain number (full-width digits, ％ and a trailing unit dropped), or null. */
        private static String number(String cell) {
            StringBuilder sb = new StringBuilder();
            for (char c : cell.strip().toCharArray()) {
                if (c >= '０' && c <= '９') {
                    sb.append((char) (c - '０' + '0'));
                } else if (c == '．') {
                    sb.append('.');
                } else if (c == '－' || c == '−') {
                    sb.append('-');
                } else if (c == '％' || c == '%') {
                    continue;
                } else {
                    sb.append(c);
                }
            }
            String s = sb.toString();
            return NUMBER.matcher(s).matches() ? s : null;
        }
    }
}
