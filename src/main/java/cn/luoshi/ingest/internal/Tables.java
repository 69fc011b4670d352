package cn.luoshi.ingest.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Task tables pasted as text (任务分解表): a header line with columns such as 序号, 工作任务, 牵头单位, 责任单位, 完成时限
 * (cells separated by tabs, runs of spaces or │), then one line per task. Each row is rewritten as one line the rest
 * of the engine reads like any numbered item with label fields — {@code 1<TAB>新建5G基站300个。牵头单位：县科技和经信局。
 * 责任单位：县广电网络公司。完成时限：2025年12月底。} — so a row becomes one task with its owners and deadline. The tab
 * after the row number is kept by the normaliser; {@code StructureParser} reads it as the row's marker ("1").
 */
final class Tables {

    private static final Pattern CELL_SEPARATOR = Pattern.compile("\t+|\\s{2,}|\u3000{2,}|\\s*[|│]\\s*");
    private static final Pattern NUMBER_HEADER = Pattern.compile("^(序号|编号|序)$");
    private static final Pattern TASK_HEADER = Pattern.compile("任务|内容|事项|工作|目标|实事");
    /** A column that names each row's work (项目名称): the row's title, its content (建设内容) read after it. */
    private static final Pattern NAME_HEADER = Pattern.compile("^(?:项目|事项)?名称$");
    /** A column that groups rows (事项分类, 类别, 领域): not the work. */
    private static final Pattern CATEGORY_HEADER = Pattern.compile("分类|类别|领域|板块");
    /** A column that states the task's measure apart from its name (任务名称 地区生产总值 | 指标要求 增长5.5%). */
    private static final Pattern MEASURE_HEADER = Pattern.compile("指标|要求");
    /** A section heading inside a table (一、2025年主要预期目标): it stands between rows, the table goes on after it. */
    private static final Pattern SECTION_ROW = Pattern.compile("^[一二三四五六七八九十]{1,3}、\\S.{0,40}$");
    private static final Pattern UNIT_HEADER = Pattern.compile("牵头|责任|配合|协办|协同|协作|主办|负责");
    /** A column of how the work went: 累计完成, 累计进度, 1-9月份工作完成情况, 落实情况, 工作成效. */
    private static final Pattern PROGRESS_HEADER = Pattern.compile("累计|完成情况|进展|进度|落实情况|成效");
    private static final Pattern DEADLINE_HEADER = Pattern.compile("时限|时间|期限|节点");
    /** A deadline cell: 12月底前, 9月投入使用, 2025年6月, 长期坚持. */
    private static final Pattern DEADLINE_CELL = Pattern.compile("\\d{1,2}月|年底|年内|全年|季度|长期|持续|常态|\\d{4}年");
    private static final Pattern CLOSING_PIPE = Pattern.compile("^(?=[^|│]*[|│]\\s*$)([^|│]*?)\\s*[|│]\\s*$");
    /** A cell of units: names ending as bodies' names end, or a list of them. */
    private static final Pattern UNIT_CELL = Pattern.compile("[" + UnitMatcher.NAME_ENDS + "府镇乡道区组]$|、");
    private static final Pattern ROW_NUMBER = Pattern.compile("^\\d{1,3}[.、．]?$");

    private Tables() {}

    /** The text with every task table's rows rewritten; text without a table comes back unchanged (same object). */
    static String rewrite(String text) {
        text = DataTables.unstacked(unstacked(pipeCells(text)));
        if (text.indexOf('\t') < 0 && text.indexOf('│') < 0 && text.indexOf('|') < 0 && !text.contains("  ")) {
            return text;
        }
        String[] lines = text.split("\n", -1);
        StringBuilder out = new StringBuilder(text.length() + 64);
        boolean changed = false;
        int i = 0;
        while (i < lines.length) {
            int after = DataTables.rewrite(lines, i, out);
            if (after == i) {
                after = headerless(lines, i, out);
            }
            if (after > i) {
                changed = true;
                i = after;
                continue;
            }
            List<String> header = cells(lines[i]);
            Columns columns = header.size() >= 2 ? Columns.of(header) : null;
            if (columns == null) {
                out.append(lines[i]);
                if (i < lines.length - 1) {
                    out.append('\n');
                }
                i++;
                continue;
            }
            changed = true;
            int j = i + 1;
            int counter = 0;
            List<String> previous = null; // the row read last, written when the next starts (it may go on)
            while (j < lines.length) {
                List<String> row = cells(lines[j]);
                List<String> next = cells(nextNonBlank(lines, j + 1));
                if (row.isEmpty() && continuesTable(next, header.size(), columns)) {
                    j++; // a blank line between rows
                    continue;
                }
                if (row.size() == 1 && SECTION_ROW.matcher(row.get(0)).matches()
                        && continuesTable(next, header.size(), columns)) {
                    if (previous != null) { // the row above is whole: a heading ends it
                        out.append(columns.line(previous, counter)).append('\n');
                        previous = null;
                    }
                    out.append(lines[j]).append('\n');
                    j++;
                    continue;
                }
                if (previous != null && columns.number >= 0 && !row.isEmpty() && row.size() < header.size()
                        && (lines[j].indexOf('|') >= 0 || lines[j].indexOf('│') >= 0)
                        && !ROW_NUMBER.matcher(row.get(0).strip()).matches()) {
                    // 1 | 促进就业 | 城镇新增就业2450人 | 县人社局 ⏎ “三公里”充分就业社区6个 | 6 | 100%: a merged row's
                    // second line, its first cell one more item of the row's work
                    previous.set(columns.task, Columns.clean(previous.get(columns.task)) + "；" + row.get(0));
                    j++;
                    continue;
                }
                if (row.size() < 2 || row.size() > header.size()
                        || columns.number >= 0 && !ROW_NUMBER.matcher(row.get(0).strip()).matches()) {
                    break;
                }
                if (previous != null) {
                    out.append(columns.line(previous, counter)).append('\n');
                }
                counter++;
                previous = columns.task < row.size() ? new ArrayList<>(row) : null;
                if (previous == null) {
                    out.append(columns.line(row, counter)).append('\n');
                }
                j++;
            }
            if (previous != null) {
                out.append(columns.line(previous, counter)).append('\n');
            }
            if (j == i + 1) { // a header without rows: leave the line as it was
                out.append(lines[i]).append('\n');
            }
            i = j;
        }
        if (!changed) {
            return text;
        }
        while (out.length() > 0 && out.charAt(out.length() - 1) == '\n' && !text.endsWith("\n")) {
            out.setLength(out.length() - 1);
        }
        return out.toString();
    }

    /**
     * A table saved one cell per line (a web page's table copied as text: 序号 ⏎ 目标任务 ⏎ 牵头单位 ⏎ 配合单位 ⏎ 1 ⏎
     * 一般公共预算收入增速与经济增长同步 ⏎ 区财政局 ⏎ 区税务局 ⏎ 2 ⏎ …, blank lines between) is put back on rows, cells
     * separated by tabs, as long as each row is its number and as many cells as the header has; a section heading
     * (一、…) may stand between rows.
     */
    static String unstacked(String text) {
        if (!text.contains("序号") && !text.contains("编号")) {
            return text;
        }
        // 序号 | ⏎ 重点工作 | ⏎ …: a cell per line, each closed by the pipe of a table drawn in text
        List<String> lines = java.util.Arrays.stream(text.split("\n", -1))
                .map(l -> CLOSING_PIPE.matcher(l).replaceFirst("$1")).toList();
        List<Integer> filled = new ArrayList<>();
        for (int k = 0; k < lines.size(); k++) {
            if (!lines.get(k).isBlank()) {
                filled.add(k);
            }
        }
        StringBuilder out = null;
        int copied = 0;
        for (int f = 0; f < filled.size(); f++) {
            if (!NUMBER_HEADER.matcher(lines.get(filled.get(f)).strip()).matches()) {
                continue;
            }
            List<String> header = new ArrayList<>(List.of(lines.get(filled.get(f)).strip()));
            int g = f + 1;
            while (g < filled.size() && header.size() < HEADER_MAX) {
                String cell = lines.get(filled.get(g)).strip();
                if (unbracketed(cell).length() > 12 || ROW_NUMBER.matcher(cell).matches() || cells(cell).size() != 1
                        || SECTION_ROW.matcher(cell).matches()) {
                    break;
                }
                header.add(cell);
                g++;
            }
            boolean grouped = header.stream().anyMatch(h -> CATEGORY_HEADER.matcher(h).find());
            if (header.size() > HEADER_PLAIN_MAX && !grouped) {
                continue; // 实事名称 指标任务 责任单位 实施点位 完成时限 进展情况 下步计划: a progress sheet, read as lines
            }
            Columns columns = header.size() < 3 ? null : Columns.of(header);
            if (columns == null) {
                continue;
            }
            int width = header.size();
            // a header with a category column: the category may be merged above, so a row of the header's width is read
            // by its units at the end too
            boolean merged = header.stream().anyMatch(h -> CATEGORY_HEADER.matcher(h).find());
            List<String> rows = new ArrayList<>();
            List<String> above = null; // the row read last: a unit cell merged over several rows is its
            int expected = 1;
            int at = g;
            while (at < filled.size()) {
                String first = lines.get(filled.get(at)).strip();
                if (SECTION_ROW.matcher(first).matches()) {
                    rows.add(first);
                    at++;
                    continue;
                }
                if (!ROW_NUMBER.matcher(first).matches()) {
                    break;
                }
                int number = rowNumber(first);
                if (number != expected && expected > 1) {
                    break;
                }
                List<String> row = new ArrayList<>();
                for (int c = 0; c < width && at + c < filled.size(); c++) {
                    row.add(lines.get(filled.get(at + c)).strip());
                }
                int taken = width;
                List<String> toNext = rowCells(lines, filled, at, number + 1);
                List<String> upToNext = new ArrayList<>();
                for (String cell : toNext) {
                    if (SECTION_ROW.matcher(cell).matches() || NUMBER_HEADER.matcher(cell).matches()) {
                        break; // 二、常务副区长…牵头重点工作 ⏎ 序号 …: the next part of the table, not this row
                    }
                    upToNext.add(cell);
                }
                List<String> unitsLast = upToNext.size() != width || merged ? columns.unitsAtEnd(upToNext) : null;
                if (unitsLast != null) {
                    row = unitsLast; // 牵头单位 ⏎ 协同单位 …: as many units as the row has, its category merged above
                    taken = upToNext.size();
                } else if (row.size() < width || row.subList(1, width).stream().anyMatch(c -> ROW_NUMBER.matcher(c).matches())
                        || !columns.fits(row)) {
                    // a row whose units stand one per line (县水务局 ⏎ 县住建局 ⏎ 12月底前): up to the next number
                    List<String> cells = toNext;
                    row = columns.spread(cells);
                    if (row == null) {
                        row = columns.trailingLost(cells);
                    }
                    if (row == null) {
                        row = columns.unitsAtEnd(cells);
                    }
                    if (row == null) {
                        row = columns.byKind(cells, above);
                    }
                    if (row == null) {
                        break; // an empty cell was dropped: the next row's number comes too early
                    }
                    taken = cells.size();
                }
                // a second item under one number (开工建设老年大学。⏎12月底前) before the next row: its task goes with the row's
                List<String> rest = rowCells(lines, filled, at + taken - 1, number + 1);
                if (rest.size() > 1 && rest.size() <= 4 && at + taken - 1 + rest.size() < filled.size()) {
                    for (String extra : rest.subList(1, rest.size())) {
                        if (!DEADLINE_CELL.matcher(extra).find() && extra.endsWith("。")) {
                            row.set(1, row.get(1) + extra);
                        }
                    }
                    taken += rest.size() - 1;
                }
                // 城镇新增就业1100人 ⏎ … ⏎ “三公里”充分就业社区4个 ⏎ 4 ⏎ 4 ⏎ 100%: a second item of work under the row's
                // number, in a column the row is not read for
                for (int k = columns.task() + 1; k < row.size(); k++) {
                    if (!columns.reads(k) && secondItem(row.get(k))) {
                        row.set(columns.task(), Columns.clean(row.get(columns.task())) + "；" + row.get(k));
                        row.set(k, "");
                    }
                }
                // 1 ⏎ 一、就业促进(3项) ⏎ …: the group a row opens heads it and the rows after it
                if (merged && row.size() > 1 && SECTION_ROW.matcher(row.get(1)).matches()) {
                    rows.add(row.get(1));
                } else if (merged && toNext.size() > 1 && SECTION_ROW.matcher(toNext.get(1)).matches()) {
                    rows.add(toNext.get(1));
                }
                rows.add(String.join("\t", row));
                above = row;
                expected = number + 1;
                at += taken;
            }
            if (rows.stream().filter(r -> r.indexOf('\t') > 0).count() < 2) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length());
            }
            for (int k = copied; k < filled.get(f); k++) {
                out.append(lines.get(k)).append('\n');
            }
            out.append(String.join("\t", header)).append('\n');
            for (String r : rows) {
                out.append(r).append('\n');
            }
            copied = at < filled.size() ? filled.get(at) : lines.size();
            f = at - 1;
        }
        if (out == null) {
            return text;
        }
        for (int k = copied; k < lines.size(); k++) {
            out.append(lines.get(k));
            if (k < lines.size() - 1) {
                out.append('\n');
            }
        }
        return out.toString();
    }

    /** A cell that names more work with its number (新增家政服务人员275人, “三公里”充分就业社区4个), not a value or progress. */
    private static final Pattern SECOND_ITEM = Pattern.compile(
            "(?![已目正截])[^。；\\d]{2,30}?\\d+(?:\\.\\d+)?(?:万|亿)?(?:" + Quantities.UNITS + "|个|家|条|所|座|项|户|名|人|套|处|台|辆|亩|公里|平方米)");

    private static boolean secondItem(String cell) {
        return SECOND_ITEM.matcher(cell).matches();
    }

    /** A cell that may be a unit column's: short names, no sentence (目前…，已组织…。 holds 、 but names no one). */
    private static boolean unitCell(String cell) {
        return !cell.endsWith("。") && UNIT_CELL.matcher(cell.replaceFirst("[（(][^）)]*[）)]$", "")).find()
                && java.util.Arrays.stream(cell.split("[、，,]")).allMatch(part -> part.strip().length() <= UNIT_NAME_MAX);
    }

    private static final int UNIT_NAME_MAX = 16;

    /** A line of nothing but a pipe: the border between two cells of a table saved a cell at a time. */
    private static final Pattern PIPE_LINE = Pattern.compile("^\\s*[|│]\\s*$");
    /** A cell line naming a body, a 科 or 股 of a bureau among them (法规科, 就业股, 市农技中心). */
    private static final Pattern UNIT_LINE = Pattern.compile("^\\S{2,20}[" + UnitMatcher.NAME_ENDS + "科股府镇乡道区组]$");
    private static final int CELL_LINES_MAX = 8;

    /**
     * A table whose header was not copied, saved a cell at a time with a pipe line between cells (1 ⏎ | ⏎ 一、主要预期目标
     * ⏎ | ⏎ 粮食产量100亿斤以上。 ⏎ | ⏎ 市农技中心 ⏎ | ⏎ 卢伯瑛 ⏎ | ⏎ 2024年底前 ⏎ | ⏎ 5555097 ⏎ | ⏎ 2 ⏎ …; a cell may hold
     * several lines, one unit each): put back on rows under a header of 序号, 工作任务, 责任单位, 完成时限. Each row is its
     * number, a section heading it may open with (written before it), its work (the first long cell), the first cell
     * of nothing but units, and a deadline; the rest (责任人, 电话) is not read. Text without such a table comes back
     * unchanged (same object).
     */
    static String pipeCells(String text) {
        if (text.indexOf('|') < 0 && text.indexOf('│') < 0) {
            return text;
        }
        String[] lines = text.split("\n", -1);
        // cells: runs of lines between pipe lines, each with the line it starts on
        List<List<String>> cells = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        List<String> cell = new ArrayList<>();
        int cellStart = 0;
        int pipes = 0;
        for (int k = 0; k <= lines.length; k++) {
            if (k == lines.length || PIPE_LINE.matcher(lines[k]).matches()) {
                cells.add(cell);
                starts.add(cellStart);
                cell = new ArrayList<>();
                cellStart = k + 1;
                pipes += k < lines.length ? 1 : 0;
            } else if (!lines[k].isBlank()) {
                cell.add(lines[k].strip());
            }
        }
        if (pipes < 8) {
            return text;
        }
        int first = -1;
        for (int c = 0; c < cells.size() && first < 0; c++) {
            List<String> x = cells.get(c);
            if (x.size() == 1 && x.get(0).equals("1") || x.size() > 1 && x.get(x.size() - 1).equals("1")) {
                first = c;
            }
        }
        if (first < 0) {
            return text;
        }
        List<String> out = new ArrayList<>();
        int expected = 1;
        int c = first;
        int read = 0;
        // the cell holding row 1 may begin with the text before the table (a title): those lines stay as they were
        List<String> opening = cells.get(first);
        StringBuilder result = new StringBuilder();
        for (int k = 0; k < starts.get(first); k++) {
            result.append(lines[k]).append('\n');
        }
        for (String l : opening.subList(0, opening.size() - 1)) {
            result.append(l).append('\n');
        }
        int end = cells.size();
        while (c < cells.size()) {
            List<String> row = new ArrayList<>();
            int d = c + 1;
            while (d < cells.size() && !(cells.get(d).size() == 1 && cells.get(d).get(0).equals(String.valueOf(expected + 1)))) {
                if (cells.get(d).size() > CELL_LINES_MAX) {
                    break;
                }
                row.add(String.join("\n", cells.get(d)));
                d++;
            }
            String heading = null;
            String work = null;
            String units = null;
            String due = null;
            for (String x : row) {
                if (x.isEmpty()) {
                    continue;
                }
                if (work == null && heading == null && SECTION_ROW.matcher(x).matches()) {
                    heading = x;
                } else if (work == null && (x.length() > 12 || x.endsWith("。"))) {
                    work = x.replace("\n", "");
                } else if (work != null && units == null
                        && x.lines().allMatch(l -> UNIT_LINE.matcher(l).matches())) {
                    units = String.join("、", x.lines().toList());
                } else if (work != null && due == null && x.length() <= 15 && DEADLINE_CELL.matcher(x).find()) {
                    due = x;
                }
            }
            if (work == null) {
                end = c;
                break;
            }
            if (heading != null) {
                out.add(heading);
            }
            out.add(expected + "\t" + work + "\t" + (units == null ? "" : units) + "\t" + (due == null ? "" : due));
            read += units != null ? 1 : 0;
            expected++;
            c = d;
            if (d < cells.size() && cells.get(d).size() > CELL_LINES_MAX) {
                end = d;
                break;
            }
        }
        if (read < 2) {
            return text;
        }
        result.append("序号\t工作任务\t责任单位\t完成时限\n");
        for (String o : out) {
            result.append(o).append('\n');
        }
        for (int k = end < cells.size() ? starts.get(end) : lines.length; k < lines.length; k++) {
            result.append(lines[k]);
            if (k < lines.length - 1) {
                result.append('\n');
            }
        }
        return result.toString();
    }

    /** The most columns a header saved one cell per line is read for (序号 类别 项目名称 目标任务 牵头单位 … 备注). */
    private static final int HEADER_MAX = 10;
    /** The most columns of such a header without a category column (类别, 领域) that groups its rows. */
    private static final int HEADER_PLAIN_MAX = 7;

    /** A line of a table drawn with pipes, or a line of nothing but a pipe between its rows. */
    static final Pattern PIPE_ONLY = Pattern.compile("^\\s*[|│]?\\s*$");
    private static final int PIPE_ROWS_MIN = 2;
    private static final int UNIT_CELL_MAX = 30;

    /**
     * A table drawn with pipes whose header was not copied (1 | 完成27所学校…改造提升 | 县教育局 | 已经安装…970台空调 |
     * 按时序推进 |): each row its number, its work, the unit whose column holds units in most rows, and the rest as the
     * row's progress (进展情况：…), which reports. Written to {@code out} as rows; returns the line after the table, or
     * {@code at} when no such table starts there.
     */
    private static int headerless(String[] lines, int at, StringBuilder out) {
        List<List<String>> rows = new ArrayList<>();
        int j = at;
        int end = at;
        while (j < lines.length) {
            String line = lines[j];
            if (PIPE_ONLY.matcher(line).matches() && !rows.isEmpty()) {
                j++;
                continue;
            }
            List<String> row = cells(line);
            if (line.indexOf('|') < 0 && line.indexOf('│') < 0 || row.size() < 3
                    || !ROW_NUMBER.matcher(row.get(0)).matches()) {
                break;
            }
            rows.add(row);
            j++;
            end = j;
        }
        if (rows.size() < PIPE_ROWS_MIN) {
            return at;
        }
        int width = rows.stream().mapToInt(List::size).max().orElse(0);
        int unit = -1;
        for (int k = 2; k < width && unit < 0; k++) {
            int column = k;
            long units = rows.stream().filter(r -> column < r.size() && r.get(column).length() <= UNIT_CELL_MAX
                    && UNIT_CELL.matcher(r.get(column)).find()).count();
            if (units * 2 > rows.size()) {
                unit = k;
            }
        }
        if (unit < 0) {
            return at;
        }
        // the columns the header would have named: number, work, the unit's, and every other one the row's progress
        List<String> header = new ArrayList<>(java.util.Collections.nCopies(width, ""));
        header.set(unit, "责任单位");
        List<Integer> progress = new ArrayList<>();
        for (int k = 2; k < width; k++) {
            if (k != unit) {
                progress.add(k);
            }
        }
        Columns columns = new Columns(header, 0, -1, 1, -1, List.of(unit), -1, progress);
        for (List<String> row : rows) {
            out.append(columns.line(row, 0)).append('\n');
        }
        return end;
    }

    /** A header cell spread out to its column's width read as one word: 任 务 名 称 → 任务名称. */
    static String oneWord(String cell) {
        return SPREAD.matcher(cell).replaceAll("");
    }

    private static final Pattern SPREAD = Pattern.compile("(?<=\\p{IsHan})\\s+(?=\\p{IsHan})");

    /** A header cell without its bracketed note: 重点工作任务(民生实事项目) → 重点工作任务. */
    private static String unbracketed(String cell) {
        return cell.replaceAll("[（(][^）)]*[）)]", "").strip();
    }

    private static String nextNonBlank(String[] lines, int from) {
        for (int k = from; k < lines.length; k++) {
            if (!lines[k].isBlank()) {
                return lines[k];
            }
        }
        return "";
    }

    /** Whether a line after a heading inside a table is another row of it (or another heading). */
    private static boolean continuesTable(List<String> row, int width, Columns columns) {
        return row.size() == 1 && SECTION_ROW.matcher(row.get(0)).matches()
                || row.size() >= 2 && row.size() <= width
                && (columns.number < 0 || ROW_NUMBER.matcher(row.get(0).strip()).matches());
    }

    static List<String> cells(String line) {
        String s = line.strip();
        if (s.isEmpty()) {
            return List.of();
        }
        if (s.indexOf('\t') > 0 && s.split("\t", -1).length >= 3) {
            // cells separated by single tabs keep their places: an empty cell (1⇥⇥地区生产总值…⇥发改委) is a column
            return java.util.Arrays.stream(s.split("\t", -1)).map(String::strip).toList();
        }
        List<String> out = new ArrayList<>();
        for (String c : CELL_SEPARATOR.split(s)) {
            if (!c.isBlank()) {
                out.add(c.strip());
            }
        }
        return out;
    }

    /** A cell of nothing but a value: 1063, 96.64%, -. */
    private static final Pattern VALUE_CELL = Pattern.compile("[-—]|\\d+(?:\\.\\d+)?%?");

    /** A row's number as its cell writes it (3, 3., 3、), or -1 when the cell is no row number. */
    private static int rowNumber(String cell) {
        return ROW_NUMBER.matcher(cell).matches() ? Integer.parseInt(cell.replaceAll("[.、．]$", "")) : -1;
    }

    /** The cells of a row saved one per line, from its number up to the next row's number (or the text's end). */
    private static List<String> rowCells(List<String> lines, List<Integer> filled, int at, int next) {
        List<String> cells = new ArrayList<>();
        for (int k = at; k < filled.size(); k++) {
            String cell = lines.get(filled.get(k)).strip();
            // 县民政局 ⏎ 7 ⏎ 7 ⏎ 100%: a value equal to the next row's number is a value when a value follows it
            if (k > at && rowNumber(cell) == next && !(k + 1 < filled.size()
                    && VALUE_CELL.matcher(lines.get(filled.get(k + 1)).strip()).matches())) {
                break;
            }
            cells.add(cell);
        }
        return cells;
    }

    private record Columns(List<String> header, int number, int name, int task, int measure, List<Integer> units,
                           int deadline, List<Integer> progress) {

        static Columns of(List<String> cells) {
            int number = -1;
            int task = -1;
            int measure = -1;
            int deadline = -1;
            int name = -1;
            List<Integer> units = new ArrayList<>();
            List<Integer> progress = new ArrayList<>();
            // 任 务 名 称: a header spread out to the column's width is one word
            // 責任單位: a header in traditional characters is read in simplified ones
            // 重点工作任务(民生实事项目): what a column holds is named before the bracket
            List<String> header = cells.stream().map(c -> unbracketed(Simplifier.simplify(
                    oneWord(c)).text())).toList();
            long long_ = header.stream().filter(h -> h.length() > 12).count();
            if (long_ * 3 > header.size() || header.stream().anyMatch(String::isEmpty) && header.size() < 4) {
                return null; // header cells are short names (2022年预期目标); a line of long cells is a row
            }
            for (int k = 0; k < header.size(); k++) {
                String h = header.get(k);
                if (h.length() > 12 || h.isEmpty()) {
                    continue; // 2024年1-3月份进度安排: a column the rows are not read for
                }
                if (number < 0 && NUMBER_HEADER.matcher(h).matches()) {
                    number = k;
                } else if (name < 0 && task < 0 && NAME_HEADER.matcher(h).matches()) {
                    name = k;
                } else if (task < 0 && CATEGORY_HEADER.matcher(h).find()) {
                    continue; // 事项分类: the group a row stands in, often merged over several rows
                } else if (UNIT_HEADER.matcher(h).find() && !h.contains("领导") && !h.endsWith("人") && !h.contains("科室")
                        && (h.contains("单位") || h.contains("部门") || h.length() <= 4)) {
                    units.add(k);
                } else if (deadline < 0 && DEADLINE_HEADER.matcher(h).find()) {
                    deadline = k;
                } else if (task >= 0 && PROGRESS_HEADER.matcher(h).find()) {
                    progress.add(k); // 累计完成, 1-9月份工作完成情况: how the row's work went, which reports
                } else if (task < 0 && TASK_HEADER.matcher(h).find()) {
                    task = k;
                } else if (task >= 0 && measure < 0 && MEASURE_HEADER.matcher(h).find()) {
                    measure = k;
                }
            }
            // 序号 | 项目名称: a numbered list drawn as a table, its rows the items (no owners to read)
            if (task < 0) {
                task = name; // 序号 | 项目名称 | 责任单位: the name is all the row says of its work
                name = -1;
            }
            boolean numberedList = header.size() == 2 && number == 0 && task == 1;
            return task >= 0 && (!units.isEmpty() || numberedList) && (header.size() >= 3 || numberedList)
                    ? new Columns(header, number, name, task, measure, units, deadline, progress) : null;
        }

        /** Whether the rows are read for a column (its number, name, work, measure, units, deadline or progress). */
        boolean reads(int k) {
            return k == number || k == name || k == task || k == measure || k == deadline || units.contains(k)
                    || progress.contains(k);
        }

        /** Whether a row read at the header's width ends with its deadline where the header has one. */
        boolean fits(List<String> row) {
            // 最低生活保障 ⏎ 农村标准(元/月) ⏎ 县民政局: a cell that is no unit in the unit's column shifted the row
            boolean unitsFit = units.stream().allMatch(k -> k >= row.size() || row.get(k).isEmpty() || unitCell(row.get(k)));
            return unitsFit && (deadline != row.size() - 1 || DEADLINE_CELL.matcher(row.get(deadline)).find());
        }

        /**
         * A row of a number, its task, any number of unit cells and a deadline put back at the header's width: the unit
         * cells joined into the unit column right before the deadline; null when the row is no such row.
         */
        List<String> spread(List<String> cells) {
            int width = header.size();
            int unit = width - 2;
            if (deadline != width - 1 || !units.contains(unit) || task != 1 || cells.size() < width - 1
                    || !DEADLINE_CELL.matcher(cells.get(cells.size() - 1)).find()) {
                return null;
            }
            List<String> row = new ArrayList<>(cells.subList(0, unit));
            row.add(String.join("、", cells.subList(unit, cells.size() - 1)));
            row.add(cells.get(cells.size() - 1));
            return row;
        }

        /**
         * A row whose units stand one per line at its end, as many as there are, under a header whose last columns are
         * units (牵头单位, 协同单位), and whose category cell may be missing, merged with the row above (1 ⏎ 打造区域教育
         * 高地 ⏎ 新建一批中小学校 ⏎ 实施…5家。 ⏎ 区教体局 ⏎ 东孝街道 ⏎ 孝顺镇 … ⏎ 2 ⏎ 中小学校清廉阳光厨房建设 ⏎ 对28所…。 ⏎
         * 区教体局 ⏎ /): the first unit is the first unit column's, the rest the next's; the cell before them is the
         * work, the one before that its name. Null when the header is not so or no unit ends the row.
         */
        List<String> unitsAtEnd(List<String> cells) {
            int width = header.size();
            if (units.size() < 1 || units.get(units.size() - 1) != width - 1 || deadline >= 0 || task != units.get(0) - 1) {
                return null;
            }
            int first = cells.size();
            while (first > 1 && (UNIT_CELL.matcher(cells.get(first - 1)).find() && !cells.get(first - 1).endsWith("。")
                    || cells.get(first - 1).equals("/") || cells.get(first - 1).matches(".*[（(]街道[）)]"))) {
                first--;
            }
            if (first == cells.size() || first < 2) {
                return null;
            }
            List<String> row = new ArrayList<>(java.util.Collections.nCopies(width, ""));
            row.set(number < 0 ? 0 : number, cells.get(0));
            row.set(task, cells.get(first - 1));
            if (name >= 0 && first - 2 >= 1) {
                row.set(name, cells.get(first - 2));
            }
            List<String> found = cells.subList(first, cells.size()).stream().filter(c -> !c.equals("/")).toList();
            for (int k = 0; k < units.size() && k < found.size(); k++) {
                boolean last = k == units.size() - 1;
                row.set(units.get(k), last ? String.join("、", found.subList(k, found.size())) : found.get(k));
            }
            return row;
        }

        /**
         * A row of a table whose cells were merged over several rows (1 ⏎ 新增老年食堂15个 ⏎ 区民政局 ⏎ … ⏎ 11月底前 ⏎
         * 其中…已完成建设。 ⏎ 2 ⏎ 新增…床位100张 ⏎ 10月底前 ⏎ 目前已完成选址…): each cell after the work put in the column
         * its content fits — a deadline, units, a sentence of progress — and the unit of the row above kept where the
         * row has none (the cell merged down); a name column (项目名称) before the work, and the category a row opens, are read
         * first; unit cells fill the unit columns in turn. Null when the header has no progress column to take what is
         * left and fewer than two unit columns.
         */
        List<String> byKind(List<String> cells, List<String> above) {
            boolean named = name >= 0 && task > name;
            if (task != 1 && !named || number != 0 || progress.isEmpty() && units.size() < 2 || cells.size() < (named ? 3 : 2)) {
                return null;
            }
            List<String> row = new ArrayList<>(java.util.Collections.nCopies(header.size(), ""));
            row.set(0, cells.get(0));
            int c = 1;
            if (named) {
                // 4 ⏎ 二、社会保障(5项) ⏎ 项目名称 ⏎ 目标任务: the group the row opens (merged over the rows after it), its
                // name, then its work
                if (SECTION_ROW.matcher(cells.get(c)).matches() && cells.size() > c + 2) {
                    c++;
                }
                row.set(name, cells.get(c++));
            }
            row.set(task, cells.get(c++));
            List<String> went = new ArrayList<>();
            boolean unitSeen = false;
            int unit = 0; // 牵头单位 ⏎ 协同单位: unit cells fill the unit columns in turn, the last takes the rest
            for (String cell : cells.subList(c, cells.size())) {
                if (deadline >= 0 && row.get(deadline).isEmpty() && cell.length() <= 12 && DEADLINE_CELL.matcher(cell).find()) {
                    row.set(deadline, cell);
                } else if (!units.isEmpty() && unitCell(cell)) {
                    int k = units.get(Math.min(unit, units.size() - 1));
                    row.set(k, row.get(k).isEmpty() ? cell : row.get(k) + "、" + cell);
                    unitSeen = true;
                    unit++;
                } else if (secondItem(cell)) {
                    row.set(task, Columns.clean(row.get(task)) + "；" + cell); // 新增家政服务人员275人: more of its work
                } else if (cell.length() > 12 || cell.endsWith("。") || cell.matches(".*\\d.*")) {
                    went.add(cell); // (a short cell of no number — 何滢, the person in charge — is not progress)
                }
            }
            if (!unitSeen && above != null && !units.isEmpty() && units.get(0) < above.size()) {
                row.set(units.get(0), above.get(units.get(0)));
            }
            if (!progress.isEmpty()) {
                row.set(progress.get(0), String.join("；", went));
            }
            return row;
        }

        /**
         * A row whose last cells were empty and so not saved (1 ⏎ task ⏎ 区农业农村局 ⏎ 区发改局、区工信局 ⏎ 2, its
         * 责任领导 empty): the cells it has, when the last of them is what its column holds; null otherwise.
         */
        List<String> trailingLost(List<String> cells) {
            int last = cells.size() - 1;
            if (cells.size() < 3 || last >= header.size() - 1 || last < task) {
                return null;
            }
            for (int k = task + 1; k <= last; k++) {
                String cell = cells.get(k);
                boolean fitsColumn = units.contains(k) ? unitCell(cell)
                        : k != deadline || DEADLINE_CELL.matcher(cell).find();
                if (!fitsColumn) {
                    return null;
                }
            }
            return cells;
        }

        String line(List<String> row, int counter) {
            // a row with fewer cells than the header has lost its trailing cells (an empty 责任单位, say)
            String n = number >= 0 ? row.get(number).replaceAll("[.、．]$", "") : String.valueOf(counter);
            StringBuilder sb = new StringBuilder();
            String named = clean(cell(row, name));
            sb.append(n).append('\t').append(named.isEmpty() ? "" : named + "：").append(clean(cell(row, task))).append(clean(cell(row, measure))).append('。');
            for (int u : units) {
                String v = cell(row, u);
                if (!v.isEmpty()) {
                    sb.append(label(header.get(u))).append('：').append(clean(v)).append('。');
                }
            }
            String due = cell(row, deadline);
            if (!due.isEmpty()) {
                sb.append("完成时限：").append(clean(due)).append('。');
            }
            List<String> went = progress.stream().map(k -> clean(cell(row, k))).filter(c -> !c.isEmpty()).toList();
            if (!went.isEmpty()) {
                sb.append("进展情况：").append(String.join("；", went)).append('。');
            }
            return sb.toString();
        }

        private static String label(String h) {
            return h.endsWith("单位") || h.endsWith("部门") ? h : h + "单位";
        }

        private static String cell(List<String> row, int k) {
            return k >= 0 && k < row.size() ? row.get(k) : "";
        }

        private static String clean(String s) {
            return s.replaceAll("[。；;，,\\s]+$", "");
        }
    }
}
