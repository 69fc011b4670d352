package cn.luoshi.projects;

import cn.luoshi.common.InvalidInputException;
import cn.luoshi.common.Violations;
import cn.luoshi.org.CurrentUser;
import cn.luoshi.org.Person;
import cn.luoshi.org.Unit;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * xlsx in the layout a 发改局 keeps: the project list (one row per project) and the monthly investment (one row per
 * project, 1月…12月 as columns, each the month's completed investment in 万元). An import is validated whole — every
 * error by row and column in Chinese — and written in one transaction or not at all. Exports use the same layouts,
 * so an export can be edited and imported again.
 */
@Service
public class ProjectExcel {

    public static final List<String> LIST_HEADERS = List.of("项目编号", "项目名称", "层级", "行业类别", "类别", "责任单位",
            "包抓区领导", "业主单位", "建设地点", "总投资（亿元）", "年度计划投资（万元）", "计划开工", "计划竣工", "实际开工",
            "纳统入库日期");
    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final int MAX_ROWS = 10_000;

    private final ProjectService projects;
    private final ProjectStore store;

    ProjectExcel(ProjectService projects, ProjectStore store) {
        this.projects = projects;
        this.store = store;
    }

    /** Outcome of an import. */
    public record Imported(int rows, String summary) {
    }

    // ---- project list ---------------------------------------------------------------------------------------------

    @Transactional
    public Imported importList(byte[] xlsx, int year, CurrentUser me) {
        projects.requireManager(me);
        Sheet sheet = sheet(xlsx);
        Map<String, Integer> col = headers(sheet, List.of("项目名称", "层级", "行业类别", "类别", "责任单位", "总投资（亿元）",
                "年度计划投资（万元）"));
        Violations v = new Violations();
        Map<String, Unit> units = new HashMap<>();
        List<Unit> allUnits = projects.units();
        List<Person> leaders = projects.leaders();
        Map<String, Long> existing = store.idsByName(year);
        Map<String, Integer> seen = new HashMap<>();
        List<ProjectForm> forms = new ArrayList<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (blankRow(row)) {
                continue;
            }
            if (forms.size() >= MAX_ROWS) {
                v.add("file", "一次最多导入" + MAX_ROWS + "行");
                break;
            }
            int line = r + 1;
            ProjectForm f = new ProjectForm();
            f.year = year;
            f.code = text(row, col.get("项目编号"));
            f.name = text(row, col.get("项目名称"));
            String level = text(row, col.get("层级"));
            f.level = ProjectLevel.parse(level).orElse(null);
            if (level != null && f.level == null) {
                v.add("row" + line, at(line, "层级") + "“" + level + "”不是省重点、市重点或区重点");
            }
            f.category = text(row, col.get("行业类别"));
            String kind = text(row, col.get("类别"));
            f.kind = ProjectKind.parse(kind).orElse(null);
            if (kind != null && f.kind == null) {
                v.add("row" + line, at(line, "类别") + "“" + kind + "”不是新开工、续建、竣工、谋划或前期");
            }
            String unit = text(row, col.get("责任单位"));
            if (unit != null) {
                Unit u = units.computeIfAbsent(unit, n -> allUnits.stream().filter(x -> x.answersTo(n)).findFirst()
                        .orElse(null));
                if (u == null) {
                    v.add("row" + line, at(line, "责任单位") + "“" + unit + "”不在单位名单中");
                } else {
                    f.leadUnitId = u.id();
                }
            }
            String leader = text(row, col.get("包抓区领导"));
            if (leader != null) {
                f.leaderId = leaders.stream().filter(p -> p.name().equals(leader)).map(Person::id).findFirst()
                        .orElse(null);
                if (f.leaderId == null) {
                    v.add("row" + line, at(line, "包抓区领导") + "“" + leader + "”不在区领导名单中");
                }
            }
            f.owner = text(row, col.get("业主单位"));
            f.place = text(row, col.get("建设地点"));
            f.totalInvestmentYi = number(row, col.get("总投资（亿元）"), line, "总投资（亿元）", v);
            f.annualPlan = number(row, col.get("年度计划投资（万元）"), line, "年度计划投资（万元）", v);
            f.plannedStart = date(row, col.get("计划开工"), line, "计划开工", v);
            f.plannedCompletion = date(row, col.get("计划竣工"), line, "计划竣工", v);
            f.startedOn = date(row, col.get("实际开工"), line, "实际开工", v);
            f.statsOn = date(row, col.get("纳统入库日期"), line, "纳统入库日期", v);
            for (var x : ProjectRules.project(f).list()) {
                if (x.field().equals("level") && level != null || x.field().equals("kind") && kind != null
                        || x.field().equals("leadUnitId") && unit != null) {
                    continue; // already said what is wrong with the cell
                }
                v.add("row" + line, "第" + line + "行：" + x.message());
            }
            if (f.name != null) {
                if (existing.containsKey(f.name.strip())) {
                    v.add("row" + line, at(line, "项目名称") + year + "年已有项目「" + f.name.strip() + "」");
                }
                Integer first = seen.putIfAbsent(f.name.strip(), line);
                if (first != null) {
                    v.add("row" + line, at(line, "项目名称") + "与第" + first + "行重复");
                }
            }
            forms.add(f);
        }
        if (forms.isEmpty() && v.isEmpty()) {
            v.add("file", "表格中没有项目行");
        }
        v.throwIfAny();
        projects.createAll(forms, me);
        return new Imported(forms.size(), "已导入" + forms.size() + "个" + year + "年重点项目");
    }

    public byte[] exportList(ProjectQuery q, CurrentUser me) {
        List<ProjectRow> rows = projects.list(q, me);
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("重点项目清单");
            List<String> h = new ArrayList<>(LIST_HEADERS);
            h.addAll(List.of("本年累计完成（万元）", "投资完成率（%）", "亮灯", "亮灯原因"));
            header(s, h);
            int r = 1;
            for (ProjectRow p : rows) {
                Project full = store.find(p.id()).orElseThrow();
                Row row = s.createRow(r++);
                int c = 0;
                set(row, c++, p.code());
                set(row, c++, p.name());
                set(row, c++, p.level().label());
                set(row, c++, p.category());
                set(row, c++, p.kind().label());
                set(row, c++, p.leadUnit());
                set(row, c++, p.leader());
                set(row, c++, full.owner());
                set(row, c++, full.place());
                set(row, c++, full.totalInvestmentYi());
                set(row, c++, p.annualPlan());
                set(row, c++, full.plannedStart());
                set(row, c++, full.plannedCompletion());
                set(row, c++, full.startedOn());
                set(row, c++, full.statsOn());
                set(row, c++, p.cumulative());
                set(row, c++, p.completionShare());
                set(row, c++, p.lightLabel());
                set(row, c++, p.reason());
            }
            return bytes(wb);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- monthly investment ---------------------------------------------------------------------------------------

    /**
     * 月度投资完成: one row per project (found by 项目编号 or 项目名称), months as columns, each the month's completed
     * investment (万元); blank = not reported. No future month, no negative month, the cumulative never above the
     * total investment.
     */
    @Transactional
    public Imported importInvestment(byte[] xlsx, int year, CurrentUser me) {
        projects.requireManager(me);
        Sheet sheet = sheet(xlsx);
        Map<String, Integer> col = headers(sheet, List.of("项目名称"));
        Map<Integer, Integer> monthCols = new HashMap<>();
        Row head = sheet.getRow(0);
        for (Cell c : head) {
            Matcher m = Pattern.compile("^(\\d{1,2})月").matcher(cellText(c));
            if (m.find()) {
                int mo = Integer.parseInt(m.group(1));
                if (mo >= 1 && mo <= 12) {
                    monthCols.put(mo, c.getColumnIndex());
                }
            }
        }
        Violations v = new Violations();
        if (monthCols.isEmpty()) {
            v.add("file", "第1行没有“1月”…“12月”列");
            v.throwIfAny();
        }
        Map<String, Project> byName = new HashMap<>();
        Map<String, Project> byCode = new HashMap<>();
        for (Project p : store.ofYear(year)) {
            byName.put(p.name(), p);
            if (p.code() != null) {
                byCode.put(p.code(), p);
            }
        }
        YearMonth current = YearMonth.now(projects.clock());
        List<Object[]> rows = new ArrayList<>();
        int count = 0;
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (blankRow(row)) {
                continue;
            }
            int line = r + 1;
            String code = col.containsKey("项目编号") ? text(row, col.get("项目编号")) : null;
            String name = text(row, col.get("项目名称"));
            Project p = code != null && byCode.containsKey(code) ? byCode.get(code) : name == null ? null
                    : byName.get(name);
            if (p == null) {
                v.add("row" + line, at(line, "项目名称") + "“" + (name == null ? code : name) + "”不是" + year
                        + "年的重点项目");
                continue;
            }
            if (!projects.mayManage(me) && !me.belongsTo(p.leadUnitId())) {
                v.add("row" + line, "第" + line + "行：您不能填报「" + p.name() + "」");
                continue;
            }
            BigDecimal cumulative = BigDecimal.ZERO;
            for (int mo = 1; mo <= 12; mo++) {
                Integer c = monthCols.get(mo);
                if (c == null) {
                    continue;
                }
                String label = mo + "月";
                BigDecimal amount = number(row, c, line, label, v);
                if (amount == null) {
                    continue;
                }
                YearMonth ym = YearMonth.of(year, mo);
                if (ym.isAfter(current)) {
                    v.add("row" + line, at(line, label) + "不能填报未来月份（" + ProjectRules.label(ym) + "）");
                    continue;
                }
                if (amount.signum() < 0) {
                    v.add("row" + line, at(line, label) + "本月完成投资不能为负数（累计数不能减少）");
                    continue;
                }
                cumulative = cumulative.add(amount);
                if (cumulative.compareTo(p.totalInvestment()) > 0) {
                    v.add("row" + line, at(line, label) + "累计完成投资" + ProjectRules.plain(cumulative)
                            + "万元超过项目总投资" + p.totalInvestmentYi().toPlainString() + "亿元（请检查是否按万元填写）");
                    break;
                }
                rows.add(new Object[] {p.id(), Date.valueOf(ym.atDay(1)), amount, cumulative, null, null,
                        ProjectService.who(me)});
            }
            count++;
        }
        if (count == 0 && v.isEmpty()) {
            v.add("file", "表格中没有项目行");
        }
        v.throwIfAny();
        store.upsertReports(rows);
        projects.auditInvestmentImport(year, count, rows.size(), me);
        return new Imported(count, "已导入" + count + "个项目的" + rows.size() + "个月度投资数");
    }

    public byte[] exportInvestment(int year, CurrentUser me) {
        ProjectQuery q = new ProjectQuery();
        q.year = year;
        List<ProjectRow> rows = projects.list(q, me);
        Map<Long, BigDecimal[]> cum = store.cumulativesOfYear(year);
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("月度投资完成");
            List<String> h = new ArrayList<>(List.of("项目编号", "项目名称", "责任单位", "年度计划投资（万元）"));
            for (int m = 1; m <= 12; m++) {
                h.add(m + "月");
            }
            h.add("本年累计（万元）");
            header(s, h);
            int r = 1;
            for (ProjectRow p : rows) {
                Row row = s.createRow(r++);
                set(row, 0, p.code());
                set(row, 1, p.name());
                set(row, 2, p.leadUnit());
                set(row, 3, p.annualPlan());
                BigDecimal[] c = cum.get(p.id());
                BigDecimal prev = BigDecimal.ZERO;
                BigDecimal last = BigDecimal.ZERO;
                for (int m = 1; m <= 12; m++) {
                    if (c != null && c[m - 1] != null) {
                        set(row, 3 + m, c[m - 1].subtract(prev));
                        prev = c[m - 1];
                        last = prev;
                    }
                }
                set(row, 16, last);
            }
            return bytes(wb);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- cells ----------------------------------------------------------------------------------------------------

    static final DataFormatter FORMAT = new DataFormatter();

    private static Sheet sheet(byte[] xlsx) {
        if (xlsx == null || xlsx.length == 0) {
            throw InvalidInputException.of("file", "请选择要导入的xlsx文件");
        }
        if (xlsx.length > MAX_BYTES) {
            throw InvalidInputException.of("file", "文件超过5MB");
        }
        if (xlsx.length < 4 || xlsx[0] != 'P' || xlsx[1] != 'K') {
            throw InvalidInputException.of("file", "不是xlsx文件（请在Excel中另存为“Excel工作簿(*.xlsx)”）");
        }
        try {
            Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx));
            if (wb.getNumberOfSheets() == 0 || wb.getSheetAt(0).getRow(0) == null) {
                throw InvalidInputException.of("file", "表格是空的：第1行应为表头");
            }
            return wb.getSheetAt(0);
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException ie) {
                throw ie;
            }
            throw InvalidInputException.of("file", "无法读取xlsx文件：" + e.getClass().getSimpleName());
        }
    }

    /** Header name → column; the {@code required} ones must be there. */
    private static Map<String, Integer> headers(Sheet s, List<String> required) {
        Map<String, Integer> m = new HashMap<>();
        for (Cell c : s.getRow(0)) {
            String t = cellText(c).replace("(", "（").replace(")", "）").replace(" ", "");
            if (!t.isEmpty()) {
                m.putIfAbsent(t, c.getColumnIndex());
            }
        }
        Violations v = new Violations();
        for (String r : required) {
            if (!m.containsKey(r)) {
                v.add("file", "第1行缺少“" + r + "”列");
            }
        }
        v.throwIfAny();
        return m;
    }

    private static String at(int line, String column) {
        return "第" + line + "行「" + column + "」列：";
    }

    private static boolean blankRow(Row row) {
        if (row == null) {
            return true;
        }
        for (Cell c : row) {
            if (!cellText(c).isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static String cellText(Cell c) {
        return c == null ? "" : FORMAT.formatCellValue(c).strip();
    }

    private static String text(Row row, Integer col) {
        if (col == null) {
            return null;
        }
        String t = cellText(row.getCell(col));
        return t.isEmpty() ? null : t;
    }

    private static BigDecimal number(Row row, Integer col, int line, String label, Violations v) {
        if (col == null) {
            return null;
        }
        Cell c = row.getCell(col);
        if (c == null || cellText(c).isEmpty()) {
            return null;
        }
        if (c.getCellType() == CellType.NUMERIC || c.getCellType() == CellType.FORMULA
                && c.getCachedFormulaResultType() == CellType.NUMERIC) {
            return BigDecimal.valueOf(c.getNumericCellValue()).setScale(2, RoundingMode.HALF_UP);
        }
        String t = cellText(c).replace(",", "").replace("，", "");
        try {
            return new BigDecimal(t).setScale(2, RoundingMode.HALF_UP);
        } catch (NumberFormatException e) {
            v.add("row" + line, at(line, label) + "“" + t + "”不是数字" + (t.contains("亿") || t.contains("万")
                    ? "（只填数字，单位见表头）" : ""));
            return null;
        }
    }

    private static final Pattern YMD = Pattern.compile("^(\\d{4})[-/.年](\\d{1,2})(?:[-/.月](\\d{1,2})日?)?月?$");

    private static LocalDate date(Row row, Integer col, int line, String label, Violations v) {
        if (col == null) {
            return null;
        }
        Cell c = row.getCell(col);
        if (c == null || cellText(c).isEmpty()) {
            return null;
        }
        if (c.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(c)) {
            return c.getLocalDateTimeCellValue().toLocalDate();
        }
        String t = cellText(c);
        Matcher m = YMD.matcher(t);
        try {
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        m.group(3) == null ? 1 : Integer.parseInt(m.group(3)));
            }
            return LocalDate.parse(t);
        } catch (java.time.DateTimeException e) {
            v.add("row" + line, at(line, label) + "“" + t + "”不是日期（如2026-03-15）");
            return null;
        }
    }

    private static void header(Sheet s, List<String> h) {
        Row row = s.createRow(0);
        for (int i = 0; i < h.size(); i++) {
            row.createCell(i).setCellValue(h.get(i));
            s.setColumnWidth(i, Math.max(10, h.get(i).length() * 2 + 2) * 256);
        }
        s.setColumnWidth(1, 40 * 256);
    }

    private static void set(Row row, int c, Object v) {
        if (v == null) {
            return;
        }
        Cell cell = row.createCell(c);
        if (v instanceof BigDecimal b) {
            cell.setCellValue(b.doubleValue());
        } else {
            cell.setCellValue(v.toString());
        }
    }

    private static byte[] bytes(Workbook wb) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        wb.write(out);
        return out.toByteArray();
    }
}
