package cn.luoshi.ledger.excel;

import cn.luoshi.common.ConflictException;
import cn.luoshi.common.ForbiddenException;
import cn.luoshi.common.InvalidInputException;
import cn.luoshi.common.NotFoundException;
import cn.luoshi.ledger.LedgerPermissions;
import cn.luoshi.ledger.Target;
import cn.luoshi.ledger.Task;
import cn.luoshi.ledger.TaskForm;
import cn.luoshi.ledger.TaskService;
import cn.luoshi.org.CurrentUser;
import cn.luoshi.org.OrgDirectory;
import cn.luoshi.org.Person;
import cn.luoshi.org.Unit;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 台账导入更新 (issue 12): an exported 台账 carries each task's 任务编号 and 数据版本, so the same file, edited, updates
 * those tasks. Upload → a <b>preview</b> lists per task each field that will change (old → new), the rows with errors
 * and the rows whose task changed since the export (conflicts); nothing is written. 确认写入 then writes every change
 * (and creates the rows without 任务编号 as a plain import would) in one transaction — all or nothing — each task
 * through {@link TaskService#importUpdate} (the form's rules, the version seen in the file, one audit line, the lead
 * unit told). A file with any error or conflict cannot be confirmed. Previews are kept in memory for an hour and
 * belong to the user who uploaded the file.
 */
@Service
public class LedgerUpdates {

    static final Duration KEEP = Duration.ofHours(1);
    private static final int MAX_PREVIEWS = 50;

    /** One field that changes: its name, the value now and the value from the file, in words. */
    public record FieldChange(String field, String before, String after) {
    }

    /** A task of the file: the fields that change (empty: 无变化) and the edit to write. */
    public record TaskChange(int row, long taskId, String title, int version, List<FieldChange> changes,
            TaskForm form) {

        public boolean changed() {
            return !changes.isEmpty();
        }

        /** "完成时限：2026-12-31 → 2027-03-31；牵头领导：张卫东 → 李明华". */
        public String describe() {
            return changes.stream().map(c -> c.field() + "：" + c.before() + " → " + c.after())
                    .collect(Collectors.joining("；"));
        }
    }

    /** A row whose task changed after the export: not overwritten. */
    public record Conflict(int row, long taskId, String title, String reason) {
    }

    /** A row without 任务编号: a new task, as a plain import creates it. */
    public record NewRow(int row, String source, String title) {
    }

    /** What the file would do. {@code confirmable} when it has no errors and no conflicts and changes something. */
    public record Preview(String token, String fileName, long userId, Instant createdAt, int rowsRead,
            List<TaskChange> tasks, List<Conflict> conflicts, List<NewRow> newRows, List<ImportProblem> problems,
            LedgerReader.Parsed parsed, List<LedgerImporter.Planned> plan) {

        public List<TaskChange> changed() {
            return tasks.stream().filter(TaskChange::changed).toList();
        }

        public long unchanged() {
            return tasks.stream().filter(t -> !t.changed()).count();
        }

        public int fieldChanges() {
            return tasks.stream().mapToInt(t -> t.changes().size()).sum();
        }

        public boolean confirmable() {
            return problems.isEmpty() && conflicts.isEmpty() && (!changed().isEmpty() || !newRows.isEmpty());
        }
    }

    /** What 确认写入 did. */
    public record Written(int updated, int fieldChanges, int created, int skipped) {

        public String summary() {
            return "已写入：更新" + updated + "项任务（" + fieldChanges + "处修改）" + (created > 0 ? "，新增" + created + "项任务" : "")
                    + (skipped > 0 ? "，" + skipped + "行已存在跳过" : "") + "。";
        }
    }

    private final TaskService tasks;
    private final LedgerImporter importer;
    private final OrgDirectory org;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Map<String, Preview> previews = new ConcurrentHashMap<>();

    LedgerUpdates(TaskService tasks, LedgerImporter importer, OrgDirectory org, PlatformTransactionManager transactions,
            Clock clock) {
        this.tasks = tasks;
        this.importer = importer;
        this.org = org;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** Whether the file's rows carry 任务编号 (then it goes through the preview). */
    static boolean carriesIds(LedgerReader.Parsed parsed) {
        return parsed.readable() && parsed.rows().stream().anyMatch(r -> !r.cell(LedgerColumn.ID).isBlank());
    }

    /** Checks the whole file and keeps the outcome as a preview; writes nothing. */
    public Preview preview(String fileName, LedgerReader.Parsed parsed, CurrentUser me) {
        requireManage(me);
        List<ImportProblem> problems = new ArrayList<>(parsed.problems());
        List<TaskChange> changes = new ArrayList<>();
        List<Conflict> conflicts = new ArrayList<>();
        List<NewRow> newRows = new ArrayList<>();
        List<LedgerImporter.Planned> plan = new ArrayList<>();
        LedgerImporter.Names names = new LedgerImporter.Names(org);
        int year = LocalDate.now(clock).getYear();
        Map<Long, Integer> seen = new HashMap<>();
        for (SheetRow row : parsed.rows()) {
            int before = problems.size();
            Optional<LedgerImporter.Planned> planned = importer.check(row, names, year, problems);
            if (row.cell(LedgerColumn.ID).isBlank()) {
                planned.ifPresent(p -> {
                    plan.add(p);
                    newRows.add(new NewRow(p.row(), p.source(), p.form().title));
                });
                continue;
            }
            Long id = number(row.cell(LedgerColumn.ID));
            Long version = number(row.cell(LedgerColumn.VERSION));
            if (id == null) {
                problems.add(new ImportProblem(row.number(), LedgerColumn.ID.header(), "任务编号「"
                        + row.text(LedgerColumn.ID) + "」不是编号；新任务请留空，已有任务请勿修改"));
                continue;
            }
            if (version == null) {
                problems.add(new ImportProblem(row.number(), LedgerColumn.VERSION.header(),
                        "缺少数据版本，无法判断导出后任务是否被修改；请用本系统导出的台账修改后上传"));
                continue;
            }
            Integer earlier = seen.putIfAbsent(id, row.number());
            if (earlier != null) {
                problems.add(new ImportProblem(row.number(), LedgerColumn.ID.header(), "任务编号" + id + "与第" + earlier
                        + "行重复；一项任务只能有一行"));
                continue;
            }
            Task t;
            try {
                t = tasks.get(id, me);
            } catch (NotFoundException e) {
                problems.add(new ImportProblem(row.number(), LedgerColumn.ID.header(), "任务编号" + id
                        + "不存在或不在您的范围内"));
                continue;
            }
            if (t.version() != version) {
                conflicts.add(new Conflict(row.number(), id, t.title(), "导出后该任务已被修改（导出时版本" + version
                        + "，现为" + t.version() + "），本行不会覆盖；请重新导出后再修改"));
                continue;
            }
            if (problems.size() > before || planned.isEmpty()) {
                continue;
            }
            TaskForm f = merged(t, planned.get().form());
            f.version = version.intValue();
            try {
                tasks.validateUpdate(id, f, me);
            } catch (InvalidInputException e) {
                problems.add(new ImportProblem(row.number(), LedgerColumn.CONTENT.header(), e.getMessage()));
                continue;
            }
            changes.add(new TaskChange(row.number(), id, t.title(), version.intValue(), diff(t, f), f));
        }
        problems.sort(Comparator.comparingInt(ImportProblem::row));
        expire();
        if (previews.size() >= MAX_PREVIEWS) {
            throw new ConflictException("待确认的导入预览过多，请稍后再试");
        }
        Preview p = new Preview(UUID.randomUUID().toString(), fileName, me.id(), clock.instant(),
                parsed.rows().size(), List.copyOf(changes), List.copyOf(conflicts), List.copyOf(newRows),
                List.copyOf(problems), parsed, List.copyOf(plan));
        previews.put(p.token(), p);
        return p;
    }

    /** A preview of {@code me}'s (404 for anyone else's, or once written, cancelled or expired). */
    public Preview get(String token, CurrentUser me) {
        requireManage(me);
        expire();
        Preview p = previews.get(token);
        if (p == null || p.userId() != me.id()) {
            throw new NotFoundException("导入预览", token);
        }
        return p;
    }

    public void cancel(String token, CurrentUser me) {
        previews.remove(get(token, me).token());
    }

    /**
     * 确认写入: every change of the preview and every new row, in one transaction. A task changed since the preview
     * (409 from its version) or a rule that no longer holds rolls everything back; the message names the row.
     */
    public Written confirm(String token, CurrentUser me) {
        Preview p = get(token, me);
        if (!p.confirmable()) {
            throw new ConflictException(p.problems().isEmpty() && p.conflicts().isEmpty() ? "文件没有任何修改，无需写入"
                    : "文件有错误或冲突，不能写入；请修改后重新上传");
        }
        Written w = transaction.execute(status -> {
            int updated = 0;
            int fields = 0;
            for (TaskChange c : p.changed()) {
                try {
                    tasks.importUpdate(c.taskId(), c.form(), c.describe(), me);
                } catch (ConflictException e) {
                    status.setRollbackOnly();
                    throw new ConflictException("第" + c.row() + "行「" + c.title() + "」在预览后已被他人修改，全部未写入；"
                            + "请重新导出后再修改");
                } catch (InvalidInputException | ForbiddenException | NotFoundException e) {
                    status.setRollbackOnly();
                    throw new ConflictException("第" + c.row() + "行「" + c.title() + "」不能写入（" + e.getMessage()
                            + "），全部未写入");
                }
                updated++;
                fields += c.changes().size();
            }
            int created = 0;
            int skipped = 0;
            if (!p.plan().isEmpty()) {
                ImportResult r;
                try {
                    r = importer.write(p.fileName(), p.parsed(), p.plan(), me, new ImportProgress());
                } catch (LedgerImporter.RowFailed e) {
                    status.setRollbackOnly();
                    throw new ConflictException("第" + e.problem.row() + "行不能写入（" + e.problem.reason() + "），全部未写入");
                }
                created = r.imported();
                skipped = r.skipped();
            }
            return new Written(updated, fields, created, skipped);
        });
        previews.remove(token);
        return w;
    }

    // ---- comparing -----------------------------------------------------------------------------------------------

    /** The task as it is, with what the file's row says of the fields the 台账 carries. */
    static TaskForm merged(Task t, TaskForm row) {
        TaskForm f = TaskForm.of(t);
        f.title = row.title;
        f.description = blankToNull(row.description);
        f.targetValue = row.targetValue;
        f.targetUnit = row.targetUnit;
        f.targetObject = row.targetObject;
        f.targetPeriod = row.targetPeriod;
        f.moreTargets = new ArrayList<>(row.moreTargets);
        f.leadLeaderId = row.leadLeaderId;
        f.leadUnitId = row.leadUnitId;
        f.coUnitIds = new ArrayList<>(row.coUnitIds);
        f.deadline = row.deadline;
        return f;
    }

    /** The fields of {@code f} that differ from the task, in words (names, not ids). */
    List<FieldChange> diff(Task t, TaskForm f) {
        List<FieldChange> out = new ArrayList<>();
        add(out, "任务名称", t.title(), f.title);
        add(out, "任务说明", blankToNull(t.description()), blankToNull(f.description));
        add(out, "目标", Target.describeAll(t.targets()), Target.describeAll(targets(f)));
        add(out, "牵头领导", leader(t.leadLeaderId()), leader(f.leadLeaderId));
        add(out, "牵头单位", unit(t.leadUnitId()), unit(f.leadUnitId));
        if (!new HashSet<>(t.coUnitIds()).equals(new HashSet<>(f.coUnitIds))) {
            out.add(new FieldChange("协办单位", units(t.coUnitIds()), units(f.coUnitIds)));
        }
        add(out, "完成时限", t.deadline() == null ? null : t.deadline().toString(),
                f.deadline == null ? null : f.deadline.toString());
        return out;
    }

    static List<Target> targets(TaskForm f) {
        List<Target> out = new ArrayList<>();
        if (f.targetValue != null || f.targetUnit != null || f.targetObject != null) {
            out.add(Target.of(f.targetValue, f.targetUnit, f.targetObject, f.targetPeriod));
        }
        for (TaskForm.TargetLine l : f.moreTargets) {
            if (l != null && !l.isBlank()) {
                out.add(Target.of(l.value, l.unit, l.object, l.period));
            }
        }
        return out;
    }

    private static void add(List<FieldChange> out, String field, String before, String after) {
        String b = before == null || before.isBlank() ? null : before.strip();
        String a = after == null || after.isBlank() ? null : after.strip();
        if (!Objects.equals(b, a)) {
            out.add(new FieldChange(field, b == null ? "（空）" : b, a == null ? "（空）" : a));
        }
    }

    private String leader(Long id) {
        return id == null ? null : org.person(id).map(Person::name).orElse("#" + id);
    }

    private String unit(Long id) {
        return id == null ? null : org.unit(id).map(Unit::shortName).orElse("#" + id);
    }

    private String units(List<Long> ids) {
        String s = ids.stream().map(this::unit).collect(Collectors.joining("、"));
        return s.isEmpty() ? "（空）" : s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** A whole number from a numeric cell or its text ("123", "123.0"); null otherwise. */
    static Long number(SheetCell cell) {
        if (cell.number() != null) {
            double v = cell.number();
            return v == Math.rint(v) && v >= 0 && v < 1e15 ? (long) v : null;
        }
        String s = cell.text().strip();
        return s.matches("\\d{1,15}") ? Long.valueOf(s) : null;
    }

    private void expire() {
        Instant cutoff = clock.instant().minus(KEEP);
        previews.values().removeIf(p -> p.createdAt().isBefore(cutoff));
    }

    private static void requireManage(CurrentUser me) {
        if (!LedgerPermissions.mayManage(me)) {
            throw new ForbiddenException("只有督查室可以导入台账");
        }
    }
}
