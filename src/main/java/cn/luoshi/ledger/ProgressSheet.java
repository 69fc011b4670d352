package cn.luoshi.ledger;

import cn.luoshi.common.InvalidInputException;
import cn.luoshi.org.CurrentUser;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 进展报送表 — the Excel round trip of progress (issue 12): a unit exports its tasks (the list's filter, its scope),
 * fills 本次累计完成, 具体进展 and the rest offline, and imports the file back; every filled row becomes a progress report
 * (报送进展, dated the day of the import), as if entered on the task page, audited the same way.
 *
 * <p>The import is all or nothing: every row is checked first — the task exists and is the importer's to report, it
 * accepts reports, the values pass the report rules — and the row must still be as exported: each row carries a
 * 数据版本 (the task's version and its latest report), and a task changed or reported in Luoshi since the export is a
 * conflict listed on its row ("请重新导出"), so offline work never overwrites what others entered. Any problem: nothing is
 * written and each problem is named by row and column, in Chinese. Status is not changed from Excel: 办结 needs its
 * evidence and the 督查室's approval, on the task page.
 */
@Service
public class ProgressSheet {

    /** Rows one sheet may hold. */
    public static final int MAX_ROWS = 5000;

    /** Upload size limit. */
    public static final long MAX_BYTES = 5L * 1024 * 1024;

    static final String[] HEADERS = {"任务ID", "数据版本", "任务来源", "任务名称", "牵头单位", "完成时限", "计量", "上次报送日期",
            "上次累计完成", "本次累计完成", "具体进展", "存在的困难或问题", "需领导协调（是/否）", "下一步打算", "状态"};
    static final int ID = 0, STAMP = 1, CUMULATIVE = 9, NARRATIVE = 10, DIFFICULTIES = 11, COORDINATION = 12,
            NEXT = 13;
    /** The header row (0-based); the title is above it. */
    static final int HEADER_ROW = 1;

    /** One problem of an import: the Excel row (1-based, as Excel shows it), the column's header, the message. */
    public record Problem(int row, String column, String message) {
    }

    /** The outcome of an import: the reports written (task ids), or the problems (then nothing was written). */
    public record Outcome(int reported, int skipped, List<Problem> problems) {

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private final TaskService tasks;
    private final TaskStore store;
    private final ProgressService progress;
    private final JdbcClient jdbc;
    private final Clock clock;

    ProgressSheet(TaskService tasks, TaskStore store, ProgressService progress, JdbcClient jdbc, Clock clock) {
        this.tasks = tasks;
        this.store = store;
        this.progress = progress;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    // ---- export --------------------------------------------------------------------------------------------------

    /** The sheet of the tasks {@code q} shows {@code me} that accept reports; the editable columns are shaded. */
    @Transactional(readOnly = true)
    public byte[] export(TaskQuery q, CurrentUser me) {
        List<TaskRow> rows = new ArrayList<>();
        tasks.forEachRow(q, me, r -> {
            if (rows.size() < MAX_ROWS && r.status().acceptsReports() && (me.seesEverything() || me.isUnitUser()
                    && java.util.Objects.equals(r.leadUnitId(), me.unitId()))) {
                rows.add(r);
            }
        });
        Map<Long, Stamp> stamps = stamps(rows.stream().map(TaskRow::id).toList());
        try (Workbook wb = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            Sheet s = wb.createSheet("进展报送");
            CellStyle head = wb.createCellStyle();
            var bold = wb.createFont();
            bold.setBold(true);
            head.setFont(bold);
            head.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            head.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            CellStyle edit = wb.createCellStyle();
            edit.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
            edit.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            edit.setWrapText(true);
            s.createRow(0).createCell(0).setCellValue("进展报送表（导出于" + LocalDate.now(clock) + "）：请在黄色列填写本次进展后导入；"
                    + "不要修改任务ID和数据版本；不填的行不报送。");
            Row h = s.createRow(HEADER_ROW);
            for (int i = 0; i < HEADERS.length; i++) {
                Cell c = h.createCell(i);
                c.setCellValue(HEADERS[i]);
                c.setCellStyle(head);
            }
            int r = HEADER_ROW + 1;
            for (TaskRow t : rows) {
                Stamp st = stamps.getOrDefault(t.id(), Stamp.NONE);
                Row row = s.createRow(r++);
                row.createCell(ID).setCellValue(t.id());
                row.createCell(STAMP).setCellValue(st.text());
                row.createCell(2).setCellValue(nz(t.directiveTitle()));
                row.createCell(3).setCellValue(t.title());
                row.createCell(4).setCellValue(nz(t.leadUnitName()));
                row.createCell(5).setCellValue(t.deadline() == null ? "" : t.deadline().toString());
                row.createCell(6).setCellValue(t.target() == null ? "%" : nz(t.target().unit()) + nz(t.target().object()));
                row.createCell(7).setCellValue(t.lastReportedOn() == null ? "" : t.lastReportedOn().toString());
                if (st.cumulative() != null) {
                    row.createCell(8).setCellValue(st.cumulative().doubleValue());
                }
                for (int c = CUMULATIVE; c <= NEXT; c++) {
                    row.createCell(c).setCellStyle(edit);
                }
                row.createCell(14).setCellValue(t.status().label());
            }
            int[] widths = {8, 12, 20, 30, 10, 11, 10, 12, 10, 12, 36, 24, 12, 24, 8};
            for (int i = 0; i < widths.length; i++) {
                s.setColumnWidth(i, widths[i] * 256 + 512);
            }
            s.createFreezePane(4, HEADER_ROW + 1);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Excel生成失败：" + e.getMessage(), e);
        }
    }

    /** 数据版本: the task's version and its latest report (id, cumulative) — what an import compares. */
    record Stamp(int version, long lastReport, BigDecimal cumulative) {
        static final Stamp NONE = new Stamp(0, 0, null);

        String text() {
            return "v" + version + "-r" + lastReport;
        }
    }

    private Map<Long, Stamp> stamps(List<Long> ids) {
        Map<Long, Stamp> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        for (int from = 0; from < ids.size(); from += 1000) {
            List<Long> part = ids.subList(from, Math.min(ids.size(), from + 1000));
            jdbc.sql("""
                    select t.id, t.version, coalesce(r.id, 0) as report, r.cumulative
                    from task t left join lateral (select pr.id, pr.cumulative from progress_report pr
                      where pr.task_id = t.id order by pr.id desc limit 1) r on true
                    where t.id in (:ids)""").param("ids", part)
                    .query(rs -> {
                        out.put(rs.getLong("id"), new Stamp(rs.getInt("version"), rs.getLong("report"),
                                rs.getBigDecimal("cumulative")));
                    });
        }
        return out;
    }

    // ---- import --------------------------------------------------------------------------------------------------

    /** Reads {@code file} and writes a report per filled row, all or nothing; see the class comment. */
    @Transactional
    public Outcome importSheet(String fileName, byte[] file, CurrentUser me) {
        if (file == null || file.length == 0) {
            throw InvalidInputException.of("file", "请选择要导入的报送表（.xlsx）");
        }
        if (file.length > MAX_BYTES) {
            throw InvalidInputException.of("file", "文件过大（" + file.length / 1024 + " KB），报送表不能超过5 MB");
        }
        if (fileName == null || !fileName.toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx") || file.length < 4
                || file[0] != 'P' || file[1] != 'K') {
            throw InvalidInputException.of("file", "请上传从“导出报送表”得到的 .xlsx 文件（Excel 2007 及以上格式）");
        }
        List<Problem> problems = new ArrayList<>();
        List<Line> lines = new ArrayList<>();
        int skipped = 0;
        LocalDate today = LocalDate.now(clock);
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet s = wb.getSheetAt(0);
            Row header = s.getRow(HEADER_ROW);
            DataFormatter fmt = new DataFormatter();
            if (header == null || !HEADERS[ID].equals(text(fmt, header.getCell(ID)))
                    || !HEADERS[STAMP].equals(text(fmt, header.getCell(STAMP)))
                    || !HEADERS[CUMULATIVE].equals(text(fmt, header.getCell(CUMULATIVE)))) {
                throw InvalidInputException.of("file", "这不是“进展报送表”：第" + (HEADER_ROW + 1) + "行应为表头（任务ID、数据版本……），"
                        + "请先导出报送表再填写");
            }
            if (s.getLastRowNum() - HEADER_ROW > MAX_ROWS) {
                throw InvalidInputException.of("file", "报送表最多" + MAX_ROWS + "行");
            }
            Map<Long, Integer> seen = new HashMap<>();
            for (int r = HEADER_ROW + 1; r <= s.getLastRowNum(); r++) {
                Row row = s.getRow(r);
                if (row == null) {
                    continue;
                }
                int excelRow = r + 1;
                String cumulative = text(fmt, row.getCell(CUMULATIVE));
                String narrative = text(fmt, row.getCell(NARRATIVE));
                String difficulties = text(fmt, row.getCell(DIFFICULTIES));
                String coordination = text(fmt, row.getCell(COORDINATION));
                String next = text(fmt, row.getCell(NEXT));
                if (cumulative.isEmpty() && narrative.isEmpty() && difficulties.isEmpty() && coordination.isEmpty()
                        && next.isEmpty()) {
                    skipped++;
                    continue;
                }
                String idText = text(fmt, row.getCell(ID));
                Long id;
                try {
                    id = Long.valueOf(idText.replace(".0", ""));
                } catch (NumberFormatException e) {
                    problems.add(new Problem(excelRow, HEADERS[ID], idText.isEmpty() ? "缺少任务ID（请勿删改导出的任务ID）"
                            : "任务ID「" + idText + "」无法识别"));
                    continue;
                }
                Integer earlier = seen.putIfAbsent(id, excelRow);
                if (earlier != null) {
                    problems.add(new Problem(excelRow, HEADERS[ID], "与第" + earlier + "行是同一任务，每项任务只能填一行"));
                    continue;
                }
                Task t;
                try {
                    t = store.visible(id, me);
                } catch (cn.luoshi.common.NotFoundException e) {
                    t = null;
                }
                if (t == null) {
                    problems.add(new Problem(excelRow, HEADERS[ID], "任务" + id + "不存在或不在您的范围内"));
                    continue;
                }
                if (!LedgerPermissions.mayReport(me, t)) {
                    problems.add(new Problem(excelRow, HEADERS[ID], "「" + t.title() + "」不是本单位牵头的任务，不能报送"));
                    continue;
                }
                if (!t.status().acceptsReports()) {
                    problems.add(new Problem(excelRow, "状态", "「" + t.title() + "」当前状态为「" + t.status().label()
                            + "」，不能报送进展" + (t.status() == TaskStatus.ASSIGNED ? "（请先签收）" : "")));
                    continue;
                }
                String exported = text(fmt, row.getCell(STAMP));
                Stamp now = stamps(List.of(id)).getOrDefault(id, Stamp.NONE);
                if (!now.text().equals(exported)) {
                    problems.add(new Problem(excelRow, HEADERS[STAMP], "冲突：「" + t.title() + "」在导出后已在系统中"
                            + (exported.isEmpty() ? "变化" : changed(exported, now)) + "（导出时" + (exported.isEmpty() ? "无"
                            : exported) + "，现为" + now.text() + "），本行未导入，请重新导出后填写"));
                    continue;
                }
                ReportForm f = new ReportForm();
                f.reportedOn = today;
                f.narrative = narrative;
                f.difficulties = difficulties;
                f.nextSteps = next;
                if (!coordination.isEmpty()) {
                    if (coordination.equals("是") || coordination.equals("否")) {
                        f.needsCoordination = coordination.equals("是");
                    } else {
                        problems.add(new Problem(excelRow, HEADERS[COORDINATION], "请填“是”或“否”，不是「" + coordination + "」"));
                    }
                }
                if (!cumulative.isEmpty()) {
                    try {
                        f.cumulative = new BigDecimal(cumulative.replace("%", "").replace(",", "").strip());
                    } catch (NumberFormatException e) {
                        problems.add(new Problem(excelRow, HEADERS[CUMULATIVE], "「" + cumulative + "」不是数字"));
                        continue;
                    }
                }
                for (var v : LedgerRules.report(f, t, today).list()) {
                    problems.add(new Problem(excelRow, column(v.field()), v.message()));
                }
                lines.add(new Line(excelRow, id, f));
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException iie) {
                throw iie;
            }
            throw InvalidInputException.of("file", "文件无法读取，请确认是未加密的 .xlsx 报送表");
        }
        if (!problems.isEmpty()) {
            return new Outcome(0, skipped, List.copyOf(problems));
        }
        for (Line l : lines) {
            progress.submit(l.taskId(), l.form(), me); // audited per report, as on the task page
        }
        return new Outcome(lines.size(), skipped, List.of());
    }

    private record Line(int row, long taskId, ReportForm form) {
    }

    private static String changed(String exported, Stamp now) {
        String v = exported.replaceAll("-r.*", "");
        return v.equals("v" + now.version()) ? "报送了新的进展" : "被修改";
    }

    private static String column(String field) {
        return switch (field) {
            case "cumulative" -> HEADERS[CUMULATIVE];
            case "narrative" -> HEADERS[NARRATIVE];
            case "difficulties" -> HEADERS[DIFFICULTIES];
            case "nextSteps" -> HEADERS[NEXT];
            default -> "报送日期";
        };
    }

    private static String text(DataFormatter fmt, Cell c) {
        if (c == null) {
            return "";
        }
        if (c.getCellType() == CellType.NUMERIC) {
            BigDecimal d = BigDecimal.valueOf(c.getNumericCellValue()).stripTrailingZeros();
            return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
        }
        return fmt.formatCellValue(c).strip();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** The columns a unit fills, with what goes in them (for the import page). */
    public static Map<String, String> editableColumns() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(HEADERS[CUMULATIVE], "必填：累计完成量或百分比");
        m.put(HEADERS[NARRATIVE], "必填：本次具体进展");
        m.put(HEADERS[DIFFICULTIES], "选填");
        m.put(HEADERS[COORDINATION], "选填：是/否");
        m.put(HEADERS[NEXT], "选填");
        return m;
    }
}
