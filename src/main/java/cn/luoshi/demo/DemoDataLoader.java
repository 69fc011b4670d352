package cn.luoshi.demo;

import cn.luoshi.ingest.review.ReviewForm;
import cn.luoshi.ingest.review.ReviewRow;
import cn.luoshi.ingest.review.ReviewService;
import cn.luoshi.ingest.review.UploadForm;
import cn.luoshi.ledger.DirectiveKind;
import cn.luoshi.ledger.DirectiveLevel;
import cn.luoshi.ledger.EvidenceFile;
import cn.luoshi.ledger.ExtensionForm;
import cn.luoshi.ledger.ExtensionRequest;
import cn.luoshi.ledger.MilestoneForm;
import cn.luoshi.ledger.MilestoneService;
import cn.luoshi.ledger.ProblemForm;
import cn.luoshi.ledger.ProblemService;
import cn.luoshi.ledger.ProblemStatus;
import cn.luoshi.ledger.ProgressService;
import cn.luoshi.ledger.ReasonForm;
import cn.luoshi.ledger.ReportForm;
import cn.luoshi.ledger.Task;
import cn.luoshi.ledger.TaskForm;
import cn.luoshi.ledger.TaskService;
import cn.luoshi.ledger.TaskWorkflowService;
import cn.luoshi.org.CurrentUser;
import cn.luoshi.org.OrgDirectory;
import cn.luoshi.org.Person;
import cn.luoshi.org.Role;
import cn.luoshi.org.SystemUser;
import cn.luoshi.org.Unit;
import cn.luoshi.org.UnitType;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the demo ledger the way a 督查室 would build it: each of the five seed speeches is uploaded to 讲话转台账, the
 * engine drafts it, the review recorded in {@code demo/demo-review.json} is applied to the draft (which nodes become
 * tasks, their owners, leaders, deadlines and targets), and the draft is accepted through {@link ReviewService} — the
 * code the review page uses. Then what happened to the tasks since ({@code activity} in {@code demo/demo-ledger.json}:
 * 签收, milestones, reports, problems, tags, 延期, 办结) is attached by the node's drafted title, through the same
 * services users call, so every record carries its audit entries and obeys every rule. One transaction: either the
 * whole demo is there or none of it; never loaded into a database that already has units.
 */
@Component
@Order(10)
class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final boolean enabled;
    private final OrgDirectory org;
    private final ReviewService review;
    private final TaskService tasks;
    private final MilestoneService milestones;
    private final ProblemService problems;
    private final ProgressService progress;
    private final TaskWorkflowService workflow;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final cn.luoshi.ledger.HistoryBackdating backdating;
    /** How much of each seed's draft the review changed, from the last load (empty when nothing was loaded). */
    private volatile List<String> reviewSummary = List.of();
    /** Per task of the last load: the lead unit the review suggested, the reviewer's, and the reason. */
    private volatile List<String> ownerLines = List.of();

    DemoDataLoader(@Value("${luoshi.demo-data:true}") boolean enabled, OrgDirectory org, ReviewService review,
            TaskService tasks, MilestoneService milestones, ProblemService problems, ProgressService progress,
            TaskWorkflowService workflow, TransactionTemplate tx, Clock clock,
            cn.luoshi.ledger.HistoryBackdating backdating) {
        this.enabled = enabled;
        this.org = org;
        this.review = review;
        this.tasks = tasks;
        this.milestones = milestones;
        this.problems = problems;
        this.progress = progress;
        this.workflow = workflow;
        this.tx = tx;
        this.clock = clock;
        this.backdating = backdating;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (!enabled) {
            retireSharedPassword();
            return;
        }
        if (org.hasAnyUnit()) {
            log.debug("数据库已有数据，跳过演示数据");
            return;
        }
        DemoLedger demo = read("demo/demo-ledger.json", DemoLedger.class);
        DemoReview plan = read("demo/demo-review.json", DemoReview.class);
        List<String> changes = tx.execute(s -> load(demo, plan));
        changes.forEach(line -> log.info("演示数据审核：{}", line));
        reviewSummary = List.copyOf(changes);
        StringBuilder sb = new StringBuilder("\n================================================================\n")
                .append(" 已载入演示数据（五篇讲话经讲话转台账审核 → 五个来源）。演示账号密码均为: ")
                .append(demo.password()).append('\n');
        for (DemoLedger.DemoUser u : demo.users()) {
            sb.append(String.format("   %-10s %s（%s，%s）%n", u.username(), u.name(), Role.valueOf(u.role()).label(),
                    u.unit()));
        }
        sb.append(" 演示账号的共用密码只在演示数据开启（luoshi.demo-data=true）时保留；关闭演示数据后再启动，\n")
                .append(" 仍在使用它的账号须在下次登录时修改密码。\n");
        sb.append("================================================================");
        System.out.println(sb);
    }

    /**
     * With the demo data off, no account may keep the demo's shared password: whoever still uses it must choose a new
     * one at the next sign-in (a database that once had the demo data and now serves real work).
     */
    private void retireSharedPassword() throws IOException {
        DemoLedger demo = read("demo/demo-ledger.json", DemoLedger.class);
        List<String> names = demo.users().stream().map(DemoLedger.DemoUser::username).toList();
        int n = tx.execute(s -> org.retireSharedPassword(names, demo.password()));
        if (n > 0) {
            System.out.println("\n演示数据已关闭：" + n + " 个账号仍使用演示共用密码，已要求其在下次登录时修改密码。");
        }
    }

    List<String> reviewSummary() {
        return reviewSummary;
    }

    List<String> ownerLines() {
        return ownerLines;
    }

    static <T> T read(String resource, Class<T> type) throws IOException {
        JsonMapper mapper = JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .build();
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            return mapper.readValue(in, type);
        }
    }

    /** Loads everything; returns one line per seed saying how much of its draft the review changed. */
    private List<String> load(DemoLedger demo, DemoReview plan) {
        // Rows written from here on are the demo's; a minute's margin for the database's clock.
        java.time.Instant since = clock.instant().minusSeconds(60);
        List<Long> allTasks = new ArrayList<>();
        CurrentUser admin = SystemUser.INSTANCE;
        Map<String, Unit> units = new HashMap<>();
        for (DemoLedger.DemoUnit u : demo.units()) {
            Long parent = u.parent() == null ? null : units.get(u.parent()).id();
            units.put(u.shortName(), org.createUnit(new OrgDirectory.NewUnit(UnitType.valueOf(u.type()), parent,
                    u.shortName(), u.full(), units.size() + 1), admin));
        }
        Map<String, Person> people = new HashMap<>();
        for (DemoLedger.DemoPerson p : demo.people()) {
            List<Long> portfolio = p.portfolioUnits() == null ? List.of()
                    : p.portfolioUnits().stream().map(s -> units.get(s).id()).toList();
            people.put(p.name(), org.createPerson(new OrgDirectory.NewPerson(units.get(p.unit()).id(), p.name(),
                    p.position(), p.phone(), p.leader(), p.portfolio(), portfolio), admin));
        }
        Map<Long, CurrentUser> unitUsers = new HashMap<>();
        for (DemoLedger.DemoUser u : demo.users()) {
            Role role = Role.valueOf(u.role());
            Unit unit = units.get(u.unit());
            Person person = people.get(u.name());
            var account = org.createUser(new OrgDirectory.NewUser(u.username(), demo.password(), u.name(), role,
                    unit.id(), person == null ? null : person.id()), admin);
            if (role.isUnitRole()) {
                unitUsers.putIfAbsent(unit.id(), new CurrentUser(account.id(), account.username(), u.name(), role,
                        unit.id(), unit.shortName()));
            }
        }
        CurrentUser supervisor = demo.users().stream().filter(u -> u.role().equals("SUPERVISOR")).findFirst()
                .map(u -> new CurrentUser(0, u.username(), u.name(), Role.SUPERVISOR, units.get(u.unit()).id(),
                        u.unit()))
                .orElse(admin);
        Context ctx = new Context(units, people, unitUsers, supervisor, LocalDate.now(clock));
        DemoReview.Lookup lookup = new DemoReview.Lookup(
                name -> required(units.get(name), "单位", name).id(),
                name -> required(people.get(name), "区领导", name).id(),
                ctx::date);
        List<String> changes = new ArrayList<>();
        List<String> owners = new ArrayList<>();
        Map<Long, String> unitNames = new HashMap<>();
        units.values().forEach(u -> unitNames.put(u.id(), u.shortName()));
        for (DemoReview.Directive d : plan.directives()) {
            UploadForm upload = new UploadForm();
            upload.title = d.title();
            upload.issuedOn = ctx.date(d.date());
            upload.issuer = d.issuer();
            upload.level = DirectiveLevel.valueOf(d.level());
            upload.kind = DirectiveKind.valueOf(d.kind());
            long draft = review.upload(upload, d.seed(), seed(d.seed()), supervisor);
            ReviewForm drafted = review.get(draft, supervisor).form();
            ReviewForm reviewed = review.get(draft, supervisor).form();
            DemoReview.apply(d, reviewed, lookup);
            changes.add(DemoReview.describe(d.seed().substring(0, 3), DemoReview.changes(drafted, reviewed)));
            owners.addAll(DemoReview.ownerLines(d.seed().substring(0, 3), drafted, reviewed, unitNames));
            ReviewService.Accepted accepted = review.accept(draft, reviewed, supervisor);
            allTasks.addAll(accepted.taskIds().values());
            Map<String, DemoLedger.DemoActivity> activity = demo.activity().getOrDefault(d.seed(), Map.of());
            for (Map.Entry<String, DemoLedger.DemoActivity> e : activity.entrySet()) {
                ReviewRow row = only(drafted, e.getKey(), d.seed());
                Long taskId = accepted.taskIds().get(row.nodeId);
                if (taskId == null) {
                    throw new IllegalStateException("演示办理数据挂在未纳入台账的节点上（" + d.seed() + "）：「" + e.getKey() + "」");
                }
                activity(taskId, e.getValue(), ctx);
            }
        }
        // Issue 12: the history spread over the months it covers (交办, 签收, reports, 延期, 办结 on their own dates), not
        // all dated at load time, so past periods' 通报 and the lights' history look like a running district.
        long started = System.nanoTime();
        backdating.spread(allTasks, since, supervisor);
        log.info("演示办理历史已按业务日期入账：{}项任务（{} ms）", allTasks.size(), (System.nanoTime() - started) / 1_000_000);
        ownerLines = List.copyOf(owners);
        return changes;
    }

    private static <T> T required(T value, String what, String name) {
        if (value == null) {
            throw new IllegalStateException("演示审核数据中的" + what + "「" + name + "」不在演示组织中");
        }
        return value;
    }

    private static ReviewRow only(ReviewForm drafted, String title, String seed) {
        List<ReviewRow> found = drafted.rows.stream().filter(r -> title.equals(r.title)).toList();
        if (found.size() != 1) {
            throw new IllegalStateException("演示办理数据与引擎草稿不符（" + seed + "）：「" + title + "」"
                    + (found.isEmpty() ? "不在草稿中" : "在草稿中出现" + found.size() + "次"));
        }
        return found.get(0);
    }

    private record Context(Map<String, Unit> units, Map<String, Person> people, Map<Long, CurrentUser> unitUsers,
            CurrentUser supervisor, LocalDate today) {

        LocalDate date(String monthDay) {
            return monthDay == null ? null : MonthDay.parse("--" + monthDay).atYear(today.getYear());
        }
    }

    /** A task's life after 交办, in the order it happens; nothing is dated after today. */
    private void activity(long taskId, DemoLedger.DemoActivity a, Context ctx) {
        Task task = tasks.get(taskId, ctx.supervisor());
        if (a.tags() != null && !a.tags().isEmpty()) {
            TaskForm f = TaskForm.of(task);
            f.tags = new ArrayList<>(a.tags());
            task = tasks.update(taskId, f, ctx.supervisor());
        }
        if (a.milestones() != null) {
            for (DemoLedger.DemoMilestone m : a.milestones()) {
                MilestoneForm mf = new MilestoneForm();
                mf.dueDate = ctx.date(m.date());
                mf.title = m.title();
                mf.planned = m.planned();
                milestones.add(taskId, mf, ctx.supervisor());
            }
        }
        CurrentUser unit = task.leadUnitId() == null ? null : ctx.unitUsers().get(task.leadUnitId());
        boolean accepted = a.accepted() && unit != null; // a unit without an account cannot 签收: it stays 待签收
        if (accepted) {
            tasks.accept(taskId, null, unit);
            // 交办 dated when the work was really given (its start date), not at load time: 序时进度 counts from 交办
            // when that is later than the start date.
            if (task.startDate() != null && task.startDate().isBefore(ctx.today())) {
                tasks.backdateAssignment(taskId, task.startDate(), ctx.supervisor());
            }
            if (a.reports() != null) {
                for (DemoLedger.DemoReport r : a.reports()) {
                    LocalDate on = ctx.date(r.date());
                    if (on.isAfter(ctx.today())) {
                        continue; // a report cannot be dated in the future
                    }
                    ReportForm rf = new ReportForm();
                    rf.reportedOn = on;
                    rf.cumulative = r.cumulative();
                    rf.narrative = r.narrative();
                    rf.difficulties = r.difficulties();
                    rf.needsCoordination = r.coordination();
                    rf.nextSteps = r.next();
                    progress.submit(taskId, rf, unit);
                }
            }
        }
        if (a.problems() != null) {
            for (DemoLedger.DemoProblem p : a.problems()) {
                ProblemForm pf = new ProblemForm();
                pf.description = p.description();
                pf.ownerUnitId = ctx.units().get(p.owner()).id();
                pf.ownerPersonId = p.ownerPerson() == null ? null : ctx.people().get(p.ownerPerson()).id();
                pf.dueDate = ctx.date(p.due());
                pf.status = ProblemStatus.valueOf(p.status());
                pf.resolution = p.resolution();
                problems.raise(taskId, pf, ctx.supervisor());
            }
        }
        task = tasks.get(taskId, ctx.supervisor());
        boolean beforeDeadline = task.deadline() != null && !ctx.today().isAfter(task.deadline());
        if (a.extension() != null && accepted && beforeDeadline) {
            ExtensionForm ef = new ExtensionForm();
            ef.proposedDeadline = ctx.date(a.extension().to());
            ef.reason = a.extension().reason();
            ef.currentProgress = a.extension().progress();
            ExtensionRequest request = workflow.requestExtension(taskId, ef, unit);
            if (a.extension().approve()) {
                workflow.approveExtension(taskId, request.id(), new ReasonForm(), ctx.supervisor());
            }
        }
        boolean done = task.progressPercent() != null && task.progressPercent().compareTo(BigDecimal.valueOf(100)) >= 0;
        if (a.completion() != null && accepted && done && beforeDeadline) {
            workflow.requestCompletion(taskId, a.completion().summary(), null,
                    List.of(new EvidenceFile(a.completion().file(), DemoEvidence.picture(a.completion().file()))),
                    unit);
            workflow.approveCompletion(taskId, new ReasonForm(), ctx.supervisor());
        }
    }

    /** The seed speech's bytes, as a clerk would upload the file. */
    private static byte[] seed(String file) {
        try (InputStream in = new ClassPathResource("seeds/" + file).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("演示数据缺少讲话原文 " + file, e);
        }
    }
}
