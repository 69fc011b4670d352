package cn.luoshi.ledger.excel;

import cn.luoshi.common.ForbiddenException;
import cn.luoshi.common.InvalidInputException;
import cn.luoshi.common.Violations;
import cn.luoshi.ledger.DirectiveForm;
import cn.luoshi.ledger.DirectiveKind;
import cn.luoshi.ledger.DirectiveLevel;
import cn.luoshi.ledger.DirectiveService;
import cn.luoshi.ledger.LedgerPermissions;
import cn.luoshi.ledger.LedgerRules;
import cn.luoshi.ledger.Target;
import cn.luoshi.ledger.TaskForm;
import cn.luoshi.ledger.TaskKind;
import cn.luoshi.ledger.TaskService;
import cn.luoshi.org.CurrentUser;
import cn.luoshi.org.OrgDirectory;
import cn.luoshi.org.Person;
import cn.luoshi.org.Unit;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.DateUtil;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 导入台账: reads the whole file and checks every row first (units, leaders, dates, content, the ledger's own rules);
 * any problem and nothing is written. A clean file is imported in one transaction, each task through
 * {@link TaskService#create} so rules and the audit trail apply. Rows whose 任务来源 and task name are already in the
 * ledger (or earlier in the same file) are skipped, so importing a file twice adds nothing.
 */
@Service
public class LedgerImporter {

    /** Issuer recorded on directives an import creates (the sheet has no column for it). */
    static final String IMPORT_ISSUER = "台账导入";
    private static final int TITLE_MAX = 200;
    private static final Pattern UNIT_SEPARATORS = Pattern.compile("[、，,；;/\\s\\u3000]+");
    private static final Pattern LEADER_SEPARATORS = Pattern.compile("[、，,；;/]+");
    private static final Pattern BRACKETED = Pattern.compile("[（(][^）)]*[）)]");

    private final TaskService tasks;
    private final DirectiveService directives;
    private final OrgDirectory org;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    LedgerImporter(TaskService tasks, DirectiveService directives, OrgDirectory org, JdbcClient jdbc,
            PlatformTransactionManager transactions, Clock clock) {
        this.tasks = tasks;
        this.directives = directives;
        this.org = org;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** A row checked and ready to be written. */
    record Planned(int row, String source, TaskForm form) {
    }

    public ImportResult importFile(String fileName, byte[] bytes, CurrentUser me) {
        return importFile(fileName, bytes, me, new ImportProgress());
    }

    /** As {@link #importFile(String, byte[], CurrentUser)}, telling {@code progress} how far it is. */
    public ImportResult importFile(String fileName, byte[] bytes, CurrentUser me, ImportProgress progress) {
        if (!LedgerPermissions.mayManage(me)) {
            throw new ForbiddenException("只有督查室可以导入台账");
        }
        progress.start(ImportProgress.Step.READING, 0);
        LedgerReader.Parsed parsed = LedgerReader.read(bytes);
        if (!parsed.readable()) {
            return ImportResult.failed(fileName, 0, 0, parsed.problems());
        }
        List<ImportProblem> problems = new ArrayList<>(parsed.problems()); // merged cells; rows are checked anyway
        if (parsed.rows().isEmpty() && problems.isEmpty()) {
            problems.add(ImportProblem.ofFile("表头下没有任何数据行"));
        }
        List<Planned> plan = new ArrayList<>();
        Names names = new Names(org);
        int year = LocalDate.now(clock).getYear();
        progress.start(ImportProgress.Step.CHECKING, parsed.rows().size());
        int checked = 0;
        for (SheetRow row : parsed.rows()) {
            check(row, names, year, problems).ifPresent(plan::add);
            progress.advance(++checked);
        }
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparingInt(ImportProblem::row)); // stable: a row's problems keep column order
            return ImportResult.failed(fileName, parsed.rows().size(), parsed.blankRows(), problems);
        }
        return transaction.execute(status -> {
            try {
                return write(fileName, parsed, plan, me, progress);
            } catch (RowFailed e) {
                status.setRollbackOnly();
                return ImportResult.failed(fileName, parsed.rows().size(), parsed.blankRows(), List.of(e.problem));
            }
        });
    }

    ImportResult write(String fileName, LedgerReader.Parsed parsed, List<Planned> plan, CurrentUser me,
            ImportProgress progress) {
        progress.start(ImportProgress.Step.WRITING, plan.size());
        Map<String, Long> directiveIds = new HashMap<>();
        Map<Long, Map<String, Integer>> existing = new HashMap<>(); // directive → task name → first row of the file
        List<String> created = new ArrayList<>();
        List<ImportResult.RowOutcome> outcomes = new ArrayList<>();
        int imported = 0;
        int skipped = 0;
        Map<Long, List<Planned>> toCreate = new java.util.LinkedHashMap<>();
        for (Planned p : plan) {
            long directiveId = directiveIds.computeIfAbsent(p.source(), s -> findDirective(s).orElseGet(() -> {
                created.add(s);
                return createDirective(s, p.row(), me);
            }));
            Map<String, Integer> names = existing.computeIfAbsent(directiveId, this::taskNames);
            String key = key(p.form().title);
            Integer earlier = names.get(key);
            if (earlier != null) {
                skipped++;
                progress.advance(imported + skipped);
                outcomes.add(new ImportResult.RowOutcome(p.row(), p.source(), p.form().title,
                        earlier > 0 ? "与第" + earlier + "行相同，跳过" : "已存在，跳过"));
                continue;
            }
            try {
                tasks.validateNew(p.form());
            } catch (InvalidInputException e) {
                throw new RowFailed(new ImportProblem(p.row(), LedgerColumn.CONTENT.header(), e.getMessage()));
            }
            toCreate.computeIfAbsent(directiveId, k -> new ArrayList<>()).add(p);
            names.put(key, p.row());
            imported++;
            progress.advance(imported + skipped);
            outcomes.add(new ImportResult.RowOutcome(p.row(), p.source(), p.form().title, "已导入"));
        }
        // Every row passed: write each directive's tasks in one set-based call (rules and audit as for one task).
        for (Map.Entry<Long, List<Planned>> e : toCreate.entrySet()) {
            try {
                tasks.createAll(e.getKey(), e.getValue().stream().map(Planned::form).toList(), me);
            } catch (InvalidInputException ex) {
                throw new RowFailed(new ImportProblem(e.getValue().get(0).row(), LedgerColumn.CONTENT.header(),
                        ex.getMessage()));
            } catch (RuntimeException ex) {
                throw new RowFailed(new ImportProblem(e.getValue().get(0).row(), "", "无法导入：" + ex.getMessage()));
            }
        }
        return new ImportResult(fileName, parsed.rows().size(), parsed.blankRows(), imported, skipped,
                List.copyOf(created), outcomes, List.of());
    }

    /** A write failed on a row the check let through (a rule changed meanwhile); the transaction is rolled back. */
    static final class RowFailed extends RuntimeException {
        final ImportProblem problem;

        RowFailed(ImportProblem problem) {
            super(problem.reason(), null, false, false);
            this.problem = problem;
        }
    }

    // ---- checking one row ----------------------------------------------------------------------------------------

    Optional<Planned> check(SheetRow row, Names names, int year, List<ImportProblem> problems) {
        int before = problems.size();
        int n = row.number();
        String source = row.text(LedgerColumn.SOURCE).replaceAll("\\s+", " ");
        if (source.isEmpty()) {
            problems.add(problem(n, LedgerColumn.SOURCE, "任务来源不能为空"));
        } else if (source.length() > TITLE_MAX) {
            problems.add(problem(n, LedgerColumn.SOURCE, "任务来源不能超过" + TITLE_MAX + "个字符（当前" + source.length() + "个）"));
        }
        TaskForm f = new TaskForm();
        f.kind = TaskKind.TASK;
        String content = row.cell(LedgerColumn.CONTENT).text().strip();
        if (content.isEmpty()) {
            problems.add(problem(n, LedgerColumn.CONTENT, "任务内容不能为空"));
        } else {
            splitContent(content, f);
        }
        String leader = row.text(LedgerColumn.LEADER);
        if (!leader.isEmpty()) {
            if (LEADER_SEPARATORS.split(leader).length > 1) {
                problems.add(problem(n, LedgerColumn.LEADER, "牵头领导只能填写一位（当前为「" + leader + "」）"));
            } else {
                names.leader(leader).ifPresentOrElse(p -> f.leadLeaderId = p.id(), () -> problems.add(problem(n,
                        LedgerColumn.LEADER, "区领导名单中没有「" + leader + "」")));
            }
        }
        String lead = row.text(LedgerColumn.LEAD_UNIT);
        if (!lead.isEmpty()) {
            names.unit(lead).ifPresentOrElse(u -> f.leadUnitId = u.id(), () -> problems.add(problem(n,
                    LedgerColumn.LEAD_UNIT, "找不到单位「" + lead + "」；请填写单位全称或简称")));
        }
        Set<Long> co = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        for (String name : UNIT_SEPARATORS.split(row.text(LedgerColumn.CO_UNITS))) {
            if (!name.isBlank()) {
                names.unit(name).ifPresentOrElse(u -> co.add(u.id()), () -> unknown.add(name));
            }
        }
        if (!unknown.isEmpty()) {
            problems.add(problem(n, LedgerColumn.CO_UNITS, "找不到单位「" + String.join("」「", unknown)
                    + "」；请填写单位全称或简称"));
        }
        co.remove(f.leadUnitId); // listing the lead unit again among co-units means nothing more
        f.coUnitIds = new ArrayList<>(co);
        deadline(row.cell(LedgerColumn.DEADLINE), year, n, problems).ifPresent(d -> f.deadline = d);
        if (problems.size() > before) {
            return Optional.empty();
        }
        Violations rules = LedgerRules.task(f, new LedgerRules.TaskContext(null, null, null, names::unitExists,
                names::isLeader, List.of()));
        for (Violations.Violation v : rules.list()) {
            problems.add(problem(n, columnOf(v.field()), v.message()));
        }
        return problems.size() > before ? Optional.empty() : Optional.of(new Planned(n, source, f));
    }

    /**
     * First line is the task name (任务名称); what follows is the description, except a line of targets as the export
     * writes it ("目标：115个老旧小区改造（今年）；22个社区健身中心建设"), which becomes the task's targets. An over-long
     * name is shortened.
     */
    static void splitContent(String content, TaskForm f) {
        String normalized = content.replace("\r\n", "\n").replace('\r', '\n');
        int nl = normalized.indexOf('\n');
        String first = (nl < 0 ? normalized : normalized.substring(0, nl)).strip();
        String rest = nl < 0 ? null : normalized.substring(nl + 1).strip();
        if (rest != null && rest.startsWith(LedgerExporter.TARGET_LINE)) {
            int end = rest.indexOf('\n');
            Optional<List<Target>> targets = targets(end < 0 ? rest : rest.substring(0, end));
            if (targets.isPresent()) {
                f.useTargets(targets.get());
                rest = end < 0 ? null : rest.substring(end + 1).strip();
            }
        }
        if (first.length() > TITLE_MAX) {
            f.title = first.substring(0, 60) + "…";
            f.description = normalized;
        } else {
            f.title = first;
            f.description = rest == null || rest.isEmpty() ? null : rest;
        }
    }

    private static final Pattern TARGET = Pattern.compile(
            "(\\d+(?:\\.\\d+)?)([^（(]+?)(?:[（(]([^）)]*)[）)])?");
    /** Units a target's number is followed by, longest first; any other unit is taken to be one character. */
    private static final List<String> TARGET_UNITS = java.util.stream.Stream.of("万平方米", "平方公里", "平方米",
                    "万人次", "个百分点", "亿美元", "万美元", "万千瓦", "亿元", "万元", "万人", "万户", "万亩", "万吨",
                    "人次", "公里", "千米", "百分点", "千瓦", "兆瓦", "万个", "万家")
            .sorted(Comparator.comparingInt(String::length).reversed()).toList();

    /**
     * The targets of a line "目标：A；B" — each a number, a unit, what it counts and an optional （period） — or empty when
     * any part is not of that form (the line is then kept as description).
     */
    static Optional<List<Target>> targets(String line) {
        String body = line.substring(LedgerExporter.TARGET_LINE.length()).strip();
        List<Target> out = new ArrayList<>();
        for (String part : body.split("[；;]")) {
            if (part.isBlank()) {
                continue;
            }
            var m = TARGET.matcher(part.strip());
            if (!m.matches()) {
                return Optional.empty();
            }
            String words = m.group(2).strip();
            String unit = TARGET_UNITS.stream().filter(words::startsWith).findFirst()
                    .orElse(words.substring(0, words.offsetByCodePoints(0, 1)));
            String object = words.substring(unit.length()).strip();
            String period = m.group(3) == null ? null : m.group(3).strip();
            if (object.length() > 100 || period != null && period.length() > 20) {
                return Optional.empty();
            }
            out.add(new Target(new java.math.BigDecimal(m.group(1)), unit, object.isEmpty() ? null : object,
                    period == null || period.isEmpty() ? null : period));
        }
        return out.isEmpty() || out.size() > Target.MAX_PER_TASK ? Optional.empty() : Optional.of(out);
    }

    private static Optional<LocalDate> deadline(SheetCell cell, int year, int row, List<ImportProblem> problems) {
        LocalDate d = null;
        if (cell.isBlank()) {
            problems.add(problem(row, LedgerColumn.DEADLINE, "完成时限不能为空"));
            return Optional.empty();
        }
        if (cell.date() != null) {
            d = cell.date();
        } else if (cell.number() != null) {
            double v = cell.number();
            if (v >= 19000101 && v <= 21001231 && v == Math.rint(v)) { // 20260630 typed as a number
                d = ImportDates.parse(String.valueOf((long) v), year).orElse(null);
            } else if (v >= 1 && v < 2958466) { // an Excel serial day number that lost its date format
                d = DateUtil.getLocalDateTime(v).toLocalDate();
            }
        } else {
            d = ImportDates.parse(cell.text(), year).orElse(null);
        }
        if (d == null) {
            problems.add(problem(row, LedgerColumn.DEADLINE, "无法识别的日期「" + cell.text().strip()
                    + "」；请写成 2026-06-30、2026年6月30日、2026/6/30 或 6月底"));
            return Optional.empty();
        }
        if (!ImportDates.plausible(d)) {
            problems.add(problem(row, LedgerColumn.DEADLINE, "日期 " + d + " 不在 2000—2100 年之间，请检查"));
            return Optional.empty();
        }
        return Optional.of(d);
    }

    private static LedgerColumn columnOf(String field) {
        return switch (field) {
            case "deadline" -> LedgerColumn.DEADLINE;
            case "leadUnitId" -> LedgerColumn.LEAD_UNIT;
            case "coUnitIds" -> LedgerColumn.CO_UNITS;
            case "leadLeaderId" -> LedgerColumn.LEADER;
            default -> LedgerColumn.CONTENT;
        };
    }

    private static ImportProblem problem(int row, LedgerColumn column, String reason) {
        return new ImportProblem(row, column.header(), reason);
    }

    // ---- directives and existing tasks ---------------------------------------------------------------------------

    private Optional<Long> findDirective(String title) {
        return jdbc.sql("select id from directive where btrim(title) = :t order by id limit 1").param("t", title)
                .query(Long.class).optional();
    }

    /** A new 讲话 of the district, dated by a date in its title if there is one, else today. */
    private long createDirective(String title, int row, CurrentUser me) {
        DirectiveForm f = new DirectiveForm();
        f.title = title;
        f.issuedOn = ImportDates.findIn(title).filter(ImportDates::plausible).orElse(LocalDate.now(clock));
        f.issuer = IMPORT_ISSUER;
        f.level = DirectiveLevel.DISTRICT;
        f.kind = DirectiveKind.SPEECH;
        try {
            return directives.create(f, me).id();
        } catch (InvalidInputException e) {
            throw new RowFailed(new ImportProblem(row, LedgerColumn.SOURCE.header(), e.getMessage()));
        }
    }

    /** Names of the directive's tasks already in the ledger, mapped to 0 (not a row of this file). */
    private Map<String, Integer> taskNames(long directiveId) {
        Map<String, Integer> names = new HashMap<>();
        jdbc.sql("select title from task where directive_id = :d").param("d", directiveId).query(String.class)
                .list().forEach(t -> names.put(key(t), 0));
        return names;
    }

    /** Task names compare without surrounding or repeated white space. */
    static String key(String title) {
        return title.strip().replaceAll("\\s+", " ");
    }

    /** Units and leaders by name, each name looked up once per import. */
    static final class Names {
        private final OrgDirectory org;
        private final Map<String, Optional<Unit>> units = new HashMap<>();
        private final Map<String, Optional<Person>> leaders = new HashMap<>();
        private final Set<Long> unitIds;
        private final Set<Long> leaderIds;

        Names(OrgDirectory org) {
            this.org = org;
            this.unitIds = new HashSet<>(org.unitsById().keySet());
            this.leaderIds = org.leaders().stream().map(Person::id).collect(Collectors.toSet());
        }

        Optional<Unit> unit(String name) {
            return units.computeIfAbsent(name.strip(), org::findUnitByName);
        }

        /** 张卫东, 张卫东（副区长）, 张卫东副区长 all name the same leader. */
        Optional<Person> leader(String name) {
            return leaders.computeIfAbsent(name.strip(), n -> {
                String bare = BRACKETED.matcher(n).replaceAll("").strip();
                return org.findLeaderByName(bare).or(() -> org.leaders().stream()
                        .filter(p -> bare.startsWith(p.name())).findFirst());
            });
        }

        boolean unitExists(long id) {
            return unitIds.contains(id);
        }

        boolean isLeader(long id) {
            return leaderIds.contains(id);
        }
    }
}
