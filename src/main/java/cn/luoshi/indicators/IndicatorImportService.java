package cn.luoshi.indicators;

import cn.luoshi.audit.AuditAction;
import cn.luoshi.audit.AuditLog;
import cn.luoshi.common.InvalidInputException;
import cn.luoshi.common.Json;
import cn.luoshi.common.Violations;
import cn.luoshi.org.CurrentUser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Import of the statistics office's files (xlsx or CSV, UTF-8 or GBK), in two layouts recognised by their header:
 * <ul>
 * <li>月报表 (one month, indicator by region): 指标 | 单位 | 地区 | 本月累计 | 增速(%) | 全市平均(%) | 位次 — the month
 * from a 期间 column, the title line above the header ("2026年1-10月…"), or the form;</li>
 * <li>长表 (long format, also the CSV export): 指标 | 单位 | 地区 | 期间 | 本期累计 | 增速(%) | 状态 | 来源;</li>
 * <li>分行业 (规模以上工业 by 大类): 行业代码 | 行业名称 | 期间 | 工业总产值 | 上年同期 | 增速(%).</li>
 * </ul>
 * The file is validated whole (every row, every column) before anything is written; one error and nothing is written,
 * with the errors by row and column in Chinese. A figure that differs from the current one becomes a new vintage (the
 * old one stays); a figure equal to the current one adds nothing.
 */
@Service
public class IndicatorImportService {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(IndicatorImportService.class);

    /** Differences kept in the import record (and listed on the result page); the vintages hold all of them. */
    public static final int STORED_DIFFERENCES = 500;

    static final int MAX_BYTES = 5 * 1024 * 1024;
    private static final int MAX_ROWS = 50_000;

    private final IndicatorStore store;
    private final IndicatorService indicators;
    private final AuditLog audit;
    private final Clock clock;

    IndicatorImportService(IndicatorStore store, IndicatorService indicators, AuditLog audit, Clock clock) {
        this.store = store;
        this.indicators = indicators;
        this.audit = audit;
        this.clock = clock;
    }

    /** Options of one import: the month (for a 月报表 without 期间), the bulletin and its date. */
    public record Options(YearMonth period, String source, LocalDate sourceDate) {
        public static Options none() {
            return new Options(null, null, null);
        }
    }

    /** A parsed table: cells as text, row numbers as in the file (1-based). */
    record Table(List<String[]> rows) {
    }

    /** Reads and imports a file. */
    @Transactional
    public ImportResult importFile(String fileName, byte[] bytes, Options options, CurrentUser me) {
        indicators.requireImport(me);
        return importTable(fileName == null ? "上传文件" : fileName, read(fileName, bytes), options, me);
    }

    /** Imports rows given as JSON (the API): the long format's column names as keys. */
    @Transactional
    public ImportResult importRows(List<Map<String, String>> rows, Options options, CurrentUser me) {
        indicators.requireImport(me);
        if (rows == null || rows.isEmpty()) {
            throw InvalidInputException.of("rows", "没有要导入的数据行");
        }
        List<String> header = new ArrayList<>(rows.get(0).keySet());
        List<String[]> table = new ArrayList<>();
        table.add(header.toArray(String[]::new));
        for (Map<String, String> r : rows) {
            table.add(header.stream().map(h -> r.get(h)).toArray(String[]::new));
        }
        return importTable("API", new Table(table), options, me);
    }

    // ---- reading --------------------------------------------------------------------------------------------------

    static Table read(String fileName, byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw InvalidInputException.of("file", "文件为空，请选择统计局发来的 xlsx 或 CSV 文件");
        }
        if (bytes.length > MAX_BYTES) {
            throw InvalidInputException.of("file", "文件超过 5 MB 的上限");
        }
        String name = fileName == null ? "" : fileName.toLowerCase(java.util.Locale.ROOT);
        boolean zip = bytes.length > 4 && bytes[0] == 'P' && bytes[1] == 'K';
        if (name.endsWith(".xlsx") || zip) {
            if (!zip) {
                throw InvalidInputException.of("file", "文件不是有效的 Excel（.xlsx）工作簿");
            }
            return readXlsx(bytes);
        }
        if (name.endsWith(".xls")) {
            throw InvalidInputException.of("file", "不支持旧版 .xls 文件，请另存为 .xlsx 或 CSV 后导入");
        }
        if (!name.endsWith(".csv") && !name.endsWith(".txt") && !name.isEmpty()) {
            throw InvalidInputException.of("file", "只能导入 .xlsx 或 .csv 文件");
        }
        return readCsv(decode(bytes));
    }

    private static Table readXlsx(byte[] bytes) {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = wb.getSheetAt(0);
            DataFormatter f = new DataFormatter();
            List<String[]> rows = new ArrayList<>();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    rows.add(new String[0]);
                    continue;
                }
                String[] cells = new String[Math.max(row.getLastCellNum(), 0)];
                for (int c = 0; c < cells.length; c++) {
                    cells[c] = row.getCell(c) == null ? "" : f.formatCellValue(row.getCell(c)).strip();
                }
                rows.add(cells);
            }
            return new Table(rows);
        } catch (IOException | RuntimeException e) {
            throw InvalidInputException.of("file", "无法读取该文件：它不是有效的 Excel（.xlsx）工作簿，或已损坏、加密");
        }
    }

    private static String decode(byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
                && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("GBK"));
        }
    }

    /** RFC 4180 CSV (quotes, doubled quotes, commas and newlines inside quotes). */
    static Table readCsv(String text) {
        List<String[]> rows = new ArrayList<>();
        List<String> cur = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                cur.add(cell.toString().strip());
                cell.setLength(0);
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                cur.add(cell.toString().strip());
                cell.setLength(0);
                rows.add(cur.toArray(String[]::new));
                cur = new ArrayList<>();
            } else {
                cell.append(ch);
            }
        }
        if (cell.length() > 0 || !cur.isEmpty()) {
            cur.add(cell.toString().strip());
            rows.add(cur.toArray(String[]::new));
        }
        return new Table(rows);
    }

    // ---- validating and writing -----------------------------------------------------------------------------------

    private enum Col {
        INDICATOR("指标"), UNIT("单位"), REGION("地区"), PERIOD("期间"), VALUE("本期累计"), GROWTH("增速(%)"),
        CITY("全市平均(%)"), RANK("位次"), STATUS("状态"), SOURCE("来源"), CLASS("行业代码"), CLASS_NAME("行业名称"),
        BEFORE("上年同期");

        final String label;

        Col(String label) {
            this.label = label;
        }
    }

    private static Col column(String header) {
        String h = header.replace(" ", "").replace("（", "(").replace("）", ")");
        if (h.isEmpty()) {
            return null;
        }
        if (h.startsWith("行业代码")) {
            return Col.CLASS;
        }
        if (h.startsWith("行业名称") || h.equals("行业")) {
            return Col.CLASS_NAME;
        }
        if (h.startsWith("指标")) {
            return Col.INDICATOR;
        }
        if (h.startsWith("计量单位") || h.equals("单位")) {
            return Col.UNIT;
        }
        if (h.startsWith("地区") || h.startsWith("县市区") || h.startsWith("县(市、区)")) {
            return Col.REGION;
        }
        if (h.startsWith("期间") || h.startsWith("时间") || h.startsWith("月份")) {
            return Col.PERIOD;
        }
        if (h.startsWith("全市平均")) {
            return Col.CITY;
        }
        if (h.startsWith("上年同期")) {
            return Col.BEFORE;
        }
        if (h.startsWith("增速") || h.startsWith("同比增长") || h.startsWith("增长")) {
            return Col.GROWTH;
        }
        if (h.startsWith("本月累计") || h.startsWith("本期累计") || h.startsWith("累计") || h.startsWith("数值")
                || h.startsWith("工业总产值") || h.startsWith("绝对额")) {
            return Col.VALUE;
        }
        if (h.startsWith("位次") || h.startsWith("排名") || h.startsWith("排位")) {
            return Col.RANK;
        }
        if (h.startsWith("状态") || h.startsWith("数据状态")) {
            return Col.STATUS;
        }
        if (h.startsWith("来源")) {
            return Col.SOURCE;
        }
        return null;
    }

    /** A cell's text; {@code where} ("第3行「单位」列（B列）") is only spelled out for an error message. */
    private record Cell(int row, String text, java.util.function.Supplier<String> place) {
        Cell(int row, String text, String where) {
            this(row, text, () -> where);
        }

        String where() {
            return place.get();
        }
    }

    private record Parsed(int row, Indicator indicator, Region region, YearMonth period, BigDecimal value,
            BigDecimal growth, String status, String source, Integer rank) {
    }

    ImportResult importTable(String fileName, Table table, Options options, CurrentUser me) {
        long tStart = System.nanoTime();
        int headerAt = -1;
        Map<Col, Integer> header = new java.util.EnumMap<>(Col.class);
        for (int r = 0; r < Math.min(table.rows().size(), 10); r++) {
            Map<Col, Integer> found = new java.util.EnumMap<>(Col.class);
            String[] row = table.rows().get(r);
            for (int c = 0; c < row.length; c++) {
                Col col = row[c] == null ? null : column(row[c]);
                if (col != null && !found.containsKey(col)) {
                    found.put(col, c);
                }
            }
            if (found.containsKey(Col.CLASS) || (found.containsKey(Col.INDICATOR) && found.containsKey(Col.REGION))) {
                headerAt = r;
                header = found;
                break;
            }
        }
        final Map<Col, Integer> cols = header;
        if (headerAt < 0) {
            throw InvalidInputException.of("file", "前10行中找不到表头：须有「指标」和「地区」两列（长表、月报表），或「行业代码」列（分行业）");
        }
        YearMonth titlePeriod = options.period();
        for (int r = 0; r < headerAt && titlePeriod == null; r++) {
            for (String s : table.rows().get(r)) {
                YearMonth p = findPeriod(s);
                if (p != null) {
                    titlePeriod = p;
                    break;
                }
            }
        }
        if (table.rows().size() - headerAt - 1 > MAX_ROWS) {
            throw InvalidInputException.of("file", "数据超过" + MAX_ROWS + "行，请分成几个文件导入");
        }
        if (cols.containsKey(Col.CLASS)) {
            return importIndustry(fileName, table, headerAt, cols, titlePeriod, options, me);
        }
        String layout = cols.containsKey(Col.PERIOD) ? "长表" : "月报表";
        Violations errors = new Violations();
        for (Col required : List.of(Col.INDICATOR, Col.REGION)) {
            if (!cols.containsKey(required)) {
                errors.add("第" + (headerAt + 1) + "行", "缺少「" + required.label + "」列");
            }
        }
        if (!cols.containsKey(Col.VALUE) && !cols.containsKey(Col.GROWTH)) {
            errors.add("第" + (headerAt + 1) + "行", "缺少「本期累计」或「增速(%)」列");
        }
        if (!cols.containsKey(Col.PERIOD) && titlePeriod == null) {
            errors.add("期间", "月报表没有「期间」列，标题中也找不到期间（如“2026年1-10月”）；请在导入页面选择月份");
        }
        errors.throwIfAny();

        Map<String, Indicator> byName = new HashMap<>();
        for (Indicator i : store.indicators()) {
            byName.put(i.name(), i);
            byName.put(i.code(), i);
        }
        Map<String, Region> regions = store.regions().stream().collect(Collectors.toMap(Region::name, Function.identity()));
        Region city = store.regions().stream().filter(r -> r.level().equals("CITY")).findFirst().orElse(null);
        YearMonth thisMonth = YearMonth.now(clock);
        List<Parsed> parsed = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        Map<String, BigDecimal> cityFromColumn = new LinkedHashMap<>();
        for (int r = headerAt + 1; r < table.rows().size(); r++) {
            String[] row = table.rows().get(r);
            int line = r + 1;
            Function<Col, Cell> cell = c -> {
                Integer i = cols.get(c);
                String t = i == null || i >= row.length || row[i] == null ? "" : row[i].strip();
                return new Cell(line, t, () -> "第" + line + "行「" + c.label + "」列（"
                        + (i == null ? "" : CellReference.convertNumToColString(i)) + "列）");
            };
            if (java.util.Arrays.stream(row).allMatch(s -> s == null || s.isBlank())) {
                continue;
            }
            Cell ic = cell.apply(Col.INDICATOR);
            Indicator ind = byName.get(ic.text());
            if (ic.text().isEmpty()) {
                errors.add(ic.where(), "指标名称为空");
            } else if (ind == null) {
                errors.add(ic.where(), "未知指标「" + ic.text() + "」（指标目录中没有，请先由管理员添加，或检查名称）");
            }
            Cell uc = cell.apply(Col.UNIT);
            if (ind != null && !uc.text().isEmpty() && !uc.text().equals(ind.unit())) {
                errors.add(uc.where(), "单位「" + uc.text() + "」与指标目录中「" + ind.name() + "」的单位「" + ind.unit()
                        + "」不一致（请换算后导入，例如万元 ÷ 10000 = 亿元）");
            }
            Cell rc = cell.apply(Col.REGION);
            Region region = regions.get(rc.text());
            if (rc.text().isEmpty()) {
                errors.add(rc.where(), "地区为空");
            } else if (region == null) {
                errors.add(rc.where(), "地区「" + rc.text() + "」不在比较范围内（全国、全省、全市、本区及各县（市、区）），请先由管理员添加该地区或检查名称");
            }
            YearMonth period = titlePeriod;
            if (cols.containsKey(Col.PERIOD)) {
                Cell pc = cell.apply(Col.PERIOD);
                period = Periods.parse(pc.text());
                if (period == null) {
                    errors.add(pc.where(), "期间「" + pc.text() + "」无法识别（请写作 2026-10 或 2026年1-10月）");
                }
            }
            if (period != null && period.isAfter(thisMonth)) {
                errors.add("第" + line + "行「期间」", "期间" + Periods.label(period) + "在未来（今天是"
                        + LocalDate.now(clock) + "）");
                period = null;
            }
            Cell vc = cell.apply(Col.VALUE);
            Cell gc = cell.apply(Col.GROWTH);
            BigDecimal value = number(vc, errors, false);
            BigDecimal growth = number(gc, errors, true);
            if (value == null && growth == null && errors.isEmpty()) {
                errors.add("第" + line + "行", "本期累计和增速都为空（未公布的请写“—”，但二者至少有一个）");
            }
            if (ind != null && !ind.hasLevel() && value != null) {
                errors.add(vc.where(), "「" + ind.name() + "」只公布增速，本期累计列应为空或“—”");
            }
            if (value != null && value.signum() < 0) {
                errors.add(vc.where(), "本期累计不能为负数");
            }
            String status = cell.apply(Col.STATUS).text();
            if (!status.isEmpty() && !List.of("初步", "修订", "最终").contains(status)) {
                errors.add(cell.apply(Col.STATUS).where(), "状态「" + status + "」无效（初步、修订或最终）");
            }
            Integer rank = null;
            Cell rk = cell.apply(Col.RANK);
            if (!rk.text().isEmpty() && !rk.text().equals("—") && !rk.text().equals("-")) {
                try {
                    rank = Integer.parseInt(rk.text().replace("第", "").replace("位", ""));
                } catch (NumberFormatException e) {
                    errors.add(rk.where(), "位次「" + rk.text() + "」不是整数");
                }
            }
            if (ind == null || region == null || period == null) {
                continue;
            }
            String key = IndicatorStore.key(ind.id(), region.id(), period);
            Integer first = seen.putIfAbsent(key, line);
            if (first != null) {
                errors.add("第" + line + "行", "与第" + first + "行重复（同一指标、地区、期间）");
                continue;
            }
            parsed.add(new Parsed(line, ind, region, period, value, growth, status.isEmpty() ? null : status,
                    blankToNull(cell.apply(Col.SOURCE).text()), rank));
            Cell cc = cell.apply(Col.CITY);
            if (city != null && cols.containsKey(Col.CITY) && !cc.text().isEmpty()) {
                BigDecimal cg = number(cc, errors, true);
                String ck = IndicatorStore.key(ind.id(), city.id(), period);
                BigDecimal prev = cityFromColumn.putIfAbsent(ck, cg);
                if (prev != null && cg != null && prev.compareTo(cg) != 0) {
                    errors.add(cc.where(), "同一指标、期间的全市平均前后不一致（" + IndicatorMath.plain(prev) + " 与 "
                            + IndicatorMath.plain(cg) + "）");
                }
            }
        }
        // the 全市平均 column stands for a 全市 row where the file has none
        for (var e : cityFromColumn.entrySet()) {
            if (e.getValue() != null && !seen.containsKey(e.getKey())) {
                String[] k = e.getKey().split("/");
                Indicator ind = byName.values().stream().filter(i -> i.id() == Long.parseLong(k[0])).findFirst().orElseThrow();
                parsed.add(new Parsed(0, ind, city, YearMonth.parse(k[2]), null, e.getValue(), null, null, null));
                seen.put(e.getKey(), 0);
            }
        }
        if (parsed.isEmpty() && errors.isEmpty()) {
            errors.add("file", "文件中没有数据行");
        }
        errors.throwIfAny();

        long tParsed = System.nanoTime();
        // cumulative values never fall within a year: check against the previous month (file or database)
        List<YearMonth> months = parsed.stream().flatMap(p -> java.util.stream.Stream.of(p.period(), p.period().minusMonths(1)))
                .distinct().toList();
        Map<String, IndicatorValue> current = store.currentByKey(months);
        Map<String, BigDecimal> incoming = new HashMap<>();
        for (Parsed p : parsed) {
            if (p.value() != null) {
                incoming.put(IndicatorStore.key(p.indicator().id(), p.region().id(), p.period()), p.value());
            }
        }
        for (Parsed p : parsed) {
            if (p.value() == null || p.period().getMonthValue() == 1 || !"MONTHLY".equals(p.indicator().frequency())) {
                continue;
            }
            String prevKey = IndicatorStore.key(p.indicator().id(), p.region().id(), p.period().minusMonths(1));
            BigDecimal prev = incoming.containsKey(prevKey) ? incoming.get(prevKey)
                    : current.containsKey(prevKey) ? current.get(prevKey).value() : null;
            if (prev != null && p.value().compareTo(prev) < 0) {
                errors.add("第" + p.row() + "行「本期累计」", p.region().name() + p.indicator().name() + Periods.label(p.period())
                        + "累计" + IndicatorMath.plain(p.value()) + p.indicator().unit() + "低于上月累计"
                        + IndicatorMath.plain(prev) + p.indicator().unit() + "（累计值不应减少，请核对）");
            }
        }
        errors.throwIfAny();

        long tChecked = System.nanoTime();
        // write: new figures and revisions (new vintages), unchanged rows skipped
        List<IndicatorValue> writes = new ArrayList<>();
        List<Long> superseded = new ArrayList<>();
        List<ImportResult.Difference> diffs = new ArrayList<>();
        int added = 0;
        int unchanged = 0;
        for (Parsed p : parsed) {
            IndicatorValue before = current.get(IndicatorStore.key(p.indicator().id(), p.region().id(), p.period()));
            if (before == null) {
                added++;
                writes.add(new IndicatorValue(0, p.indicator().id(), p.region().id(), p.period(), 1, true, p.value(),
                        p.growth(), p.status() == null ? "初步" : p.status(), source(p, options), options.sourceDate(), null));
            } else if (same(before.value(), p.value()) && same(before.growth(), p.growth())
                    && (p.status() == null || p.status().equals(before.status()))) {
                unchanged++;
            } else {
                int vintage = before.vintage() + 1; // the current vintage is always the latest
                superseded.add(before.id());
                writes.add(new IndicatorValue(0, p.indicator().id(), p.region().id(), p.period(), vintage, true,
                        p.value(), p.growth(), p.status() == null ? "修订" : p.status(), source(p, options),
                        options.sourceDate(), null));
                diffs.add(new ImportResult.Difference(p.indicator().name(), p.region().name(), Periods.label(p.period()),
                        IndicatorMath.plain(before.value()), IndicatorMath.plain(p.value()),
                        IndicatorMath.plain(before.growth()), IndicatorMath.plain(p.growth()), vintage));
            }
        }
        int total = (int) parsed.stream().filter(p -> p.row() > 0).count();
        if (writes.isEmpty()) {
            return new ImportResult(null, layout, total, 0, 0, unchanged, List.of(), List.of());
        }
        // the import record keeps the first STORED_DIFFERENCES differences; every revision is traced in full by its
        // vintage (ind_value.import_id and the vintage before it), which the value page lists
        String diffsJson = Json.write(diffs.size() > STORED_DIFFERENCES ? diffs.subList(0, STORED_DIFFERENCES) : diffs);
        long tJson = System.nanoTime();
        long importId = store.createImport(fileName, layout, byName(me), options.source(), total, added,
                diffs.size(), unchanged, diffsJson);
        long tRecord = System.nanoTime();
        indicators.changed();
        store.insertVintages(superseded, writes.stream().map(v -> new IndicatorValue(0, v.indicatorId(), v.regionId(), v.period(),
                v.vintage(), true, v.value(), v.growth(), v.status(), v.source(), v.sourceDate(), importId)).toList());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("文件", fileName);
        after.put("格式", layout);
        after.put("新增", added);
        after.put("修订", diffs.size());
        after.put("未变", unchanged);
        long tVintages = System.nanoTime();
        audit.record(me.auditName(), AuditAction.CREATE, new AuditLog.Subject("经济指标导入", importId, null, null),
                "导入经济指标「" + fileName + "」：新增" + added + "个，修订" + diffs.size() + "个", null, after);
        long tWritten = System.nanoTime();
        if (log.isDebugEnabled()) {
            log.debug("write: diffs json {} ms, import record {} ms, vintages {} ms, audit {} ms",
                    (tJson - tChecked) / 1_000_000, (tRecord - tJson) / 1_000_000, (tVintages - tRecord) / 1_000_000,
                    (tWritten - tVintages) / 1_000_000);
        }
        indicators.refreshFindings();
        List<String> notes = rankNotes(parsed);
        if (log.isDebugEnabled()) {
            long tDone = System.nanoTime();
            log.debug("import {}: {} rows; parse+validate {} ms, cumulative check+current read {} ms, write {} ms, "
                    + "findings+notes {} ms", fileName, total, (tParsed - tStart) / 1_000_000,
                    (tChecked - tParsed) / 1_000_000, (tWritten - tChecked) / 1_000_000, (tDone - tWritten) / 1_000_000);
        }
        return new ImportResult(importId, layout, total, added, diffs.size(), unchanged, diffs, notes);
    }

    /** The file's 位次 for the home district against the one computed from the figures now held. */
    private List<String> rankNotes(List<Parsed> parsed) {
        List<String> notes = new ArrayList<>();
        Map<YearMonth, Dashboard> boards = new HashMap<>();
        for (Parsed p : parsed) {
            if (p.rank() == null || !p.region().home()) {
                continue;
            }
            Dashboard d = boards.computeIfAbsent(p.period(), m -> indicators.compute(m, List.of()));
            Dashboard.Row row = d.row(p.indicator().code());
            if (row != null && row.rank() != null && row.rank().position() != p.rank()) {
                notes.add("第" + p.row() + "行：文件中的位次为第" + p.rank() + "位，按各县（市、区）增速计算为第"
                        + row.rank().position() + "位（以计算为准，请向统计局核实）");
            }
        }
        return notes;
    }

    /** People are shown by name and unit, never by login. */
    private static String byName(CurrentUser me) {
        return me.displayName() + (me.unitName() == null ? "" : "（" + me.unitName() + "）");
    }

    private static String source(Parsed p, Options o) {
        return p.source() != null ? p.source() : o.source();
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    static YearMonth findPeriod(String s) {
        if (s == null) {
            return null;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{4})年(?:1[-—–－~])?(\\d{1,2})月").matcher(s);
        if (m.find()) {
            int month = Integer.parseInt(m.group(2));
            return month >= 1 && month <= 12 ? YearMonth.of(Integer.parseInt(m.group(1)), month) : null;
        }
        return null;
    }

    /** "1,234.5", "-1.7%", "−1.7" → numbers; "—", "-", "…", "" → null (未公布). */
    private static BigDecimal number(Cell c, Violations errors, boolean percent) {
        String t = c.text().replace(",", "").replace("，", "").replace("−", "-").replace("－", "-").strip();
        if (t.isEmpty() || t.equals("—") || t.equals("-") || t.equals("--") || t.equals("——") || t.equals("…")) {
            return null;
        }
        if (t.endsWith("%")) {
            if (!percent) {
                errors.add(c.where(), "「" + c.text() + "」带百分号，但该列是累计值（绝对数）");
                return null;
            }
            t = t.substring(0, t.length() - 1).strip();
        }
        try {
            BigDecimal n = new BigDecimal(t);
            if (percent && n.abs().compareTo(BigDecimal.valueOf(10000)) > 0) {
                errors.add(c.where(), "增速「" + c.text() + "」超出合理范围");
                return null;
            }
            return n;
        } catch (NumberFormatException e) {
            errors.add(c.where(), "「" + c.text() + "」不是数字" + (percent ? "（增速写作 -1.7 或 -1.7%，未公布写“—”）" : ""));
            return null;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    // ---- industry classes -----------------------------------------------------------------------------------------

    private ImportResult importIndustry(String fileName, Table table, int headerAt, Map<Col, Integer> cols,
            YearMonth titlePeriod, Options options, CurrentUser me) {
        Violations errors = new Violations();
        Map<String, String> classes = store.industryClasses();
        YearMonth thisMonth = YearMonth.now(clock);
        Map<YearMonth, List<IndustryFigure>> byPeriod = new LinkedHashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        int total = 0;
        for (int r = headerAt + 1; r < table.rows().size(); r++) {
            String[] row = table.rows().get(r);
            int line = r + 1;
            if (java.util.Arrays.stream(row).allMatch(s -> s == null || s.isBlank())) {
                continue;
            }
            Function<Col, Cell> cell = c -> {
                Integer i = cols.get(c);
                String t = i == null || i >= row.length || row[i] == null ? "" : row[i].strip();
                return new Cell(line, t, "第" + line + "行「" + c.label + "」列");
            };
            total++;
            String code = cell.apply(Col.CLASS).text();
            if (code.length() == 1) {
                code = "0" + code;
            }
            if (!classes.containsKey(code)) {
                errors.add(cell.apply(Col.CLASS).where(), "行业代码「" + code + "」不是规模以上工业的行业大类（GB/T 4754-2017，06–46）");
            }
            YearMonth period = titlePeriod;
            if (cols.containsKey(Col.PERIOD)) {
                period = Periods.parse(cell.apply(Col.PERIOD).text());
                if (period == null) {
                    errors.add(cell.apply(Col.PERIOD).where(), "期间无法识别");
                }
            }
            if (period == null && !cols.containsKey(Col.PERIOD)) {
                errors.add("期间", "找不到期间：请加「期间」列或在导入页面选择月份");
                break;
            }
            if (period != null && period.isAfter(thisMonth)) {
                errors.add("第" + line + "行「期间」", "期间" + Periods.label(period) + "在未来");
                period = null;
            }
            BigDecimal output = number(cell.apply(Col.VALUE), errors, false);
            BigDecimal before = number(cell.apply(Col.BEFORE), errors, false);
            BigDecimal growth = number(cell.apply(Col.GROWTH), errors, true);
            if (period == null || !classes.containsKey(code)) {
                continue;
            }
            Integer first = seen.putIfAbsent(code + "/" + period, line);
            if (first != null) {
                errors.add("第" + line + "行", "与第" + first + "行重复（同一行业、期间）");
                continue;
            }
            byPeriod.computeIfAbsent(period, k -> new ArrayList<>())
                    .add(new IndustryFigure(code, classes.get(code), output, before, growth));
        }
        if (byPeriod.isEmpty() && errors.isEmpty()) {
            errors.add("file", "文件中没有数据行");
        }
        errors.throwIfAny();
        long importId = store.createImport(fileName, "分行业", byName(me), options.source(), total, total, 0, 0, "[]");
        indicators.changed();
        byPeriod.forEach((p, rows) -> store.insertIndustry(p, rows, importId));
        audit.record(me.auditName(), AuditAction.CREATE, new AuditLog.Subject("经济指标导入", importId, null, null),
                "导入规模以上工业分行业数据「" + fileName + "」" + total + "行", null, Map.of("文件", fileName, "行数", total));
        indicators.refreshFindings();
        return new ImportResult(importId, "分行业", total, total, 0, 0, List.of(), List.of());
    }

    static String csvCell(Object o) {
        String s = o == null ? "" : Objects.toString(o);
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
