package cn.luoshi.demo;

import cn.luoshi.ledger.DirectiveForm;
import cn.luoshi.ledger.DirectiveKind;
import cn.luoshi.ledger.DirectiveLevel;
import cn.luoshi.ledger.DirectiveService;
import cn.luoshi.ledger.MilestoneForm;
import cn.luoshi.ledger.MilestoneService;
import cn.luoshi.ledger.ProblemForm;
import cn.luoshi.ledger.ProblemService;
import cn.luoshi.ledger.ProblemStatus;
import cn.luoshi.ledger.ProgressService;
import cn.luoshi.ledger.ReportForm;
import cn.luoshi.ledger.Task;
import cn.luoshi.ledger.TaskForm;
import cn.luoshi.ledger.TaskKind;
import cn.luoshi.ledger.TaskService;
import cn.luoshi.org.CurrentUser;
import cn.luoshi.org.OrgDirectory;
import cn.luoshi.org.Person;
import cn.luoshi.org.Role;
import cn.luoshi.org.SystemUser;
import cn.luoshi.org.Unit;
import cn.luoshi.org.UnitType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
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
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the demo ledger through the same services users call, so demo records carry audit entries and obey every
 * rule. Runs in one transaction: either the whole demo is there or none of it.
 */
@Component
@Order(10)
class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final boolean enabled;
    private final OrgDirectory org;
    private final DirectiveService directives;
    private final TaskService tasks;
    private final MilestoneService milestones;
    private final ProblemService problems;
    private final ProgressService progress;
    private final TransactionTemplate tx;
    private final Clock clock;

    DemoDataLoader(@Value("${luoshi.demo-data:true}") boolean enabled, OrgDirectory org, DirectiveService directives,
            TaskService tasks, MilestoneService milestones, ProblemService problems, ProgressService progress,
            TransactionTemplate tx, Clock clock) {
        this.enabled = enabled;
        this.org = org;
        this.directives = directives;
        this.tasks = tasks;
        this.milestones = milestones;
        this.problems = problems;
        this.progress = progress;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (!enabled) {
            return;
        }
        if (org.hasAnyUnit()) {
            log.debug("数据库已有数据，跳过演示数据");
            return;
        }
        DemoLedger demo = read();
        tx.executeWithoutResult(s -> load(demo));
        StringBuilder sb = new StringBuilder("\n================================================================\n")
                .append(" 已载入演示数据（五篇讲话 → 五个来源）。演示账号密码均为: ").append(demo.password()).append('\n');
        for (DemoLedger.DemoUser u : demo.users()) {
            sb.append(String.format("   %-10s %s（%s，%s）%n", u.username(), u.name(), Role.valueOf(u.role()).label(),
                    u.unit()));
        }
        sb.append("================================================================");
        System.out.println(sb);
    }

    static DemoLedger read() throws IOException {
        JsonMapper mapper = JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .build();
        try (InputStream in = new ClassPathResource("demo/demo-ledger.json").getInputStream()) {
            return mapper.readValue(in, DemoLedger.class);
        }
    }

    private void load(DemoLedger demo) {
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
        Map<String, CurrentUser> unitUsers = new HashMap<>();
        for (DemoLedger.DemoUser u : demo.users()) {
            Role role = Role.valueOf(u.role());
            Unit unit = units.get(u.unit());
            Person person = people.get(u.name());
            var account = org.createUser(new OrgDirectory.NewUser(u.username(), demo.password(), u.name(), role,
                    unit.id(), person == null ? null : person.id()), admin);
            if (role.isUnitRole()) {
                unitUsers.putIfAbsent(u.unit(), new CurrentUser(account.id(), account.username(), u.name(), role,
                        unit.id(), unit.shortName()));
            }
        }
        CurrentUser supervisor = demo.users().stream().filter(u -> u.role().equals("SUPERVISOR")).findFirst()
                .map(u -> new CurrentUser(0, u.username(), u.name(), Role.SUPERVISOR, units.get(u.unit()).id(),
                        u.unit()))
                .orElse(admin);
        int year = LocalDate.now(clock).getYear();
        Context ctx = new Context(units, people, unitUsers, supervisor, year, LocalDate.now(clock));
        for (DemoLedger.DemoDirective d : demo.directives()) {
            DirectiveForm f = new DirectiveForm();
            f.title = d.title();
            f.issuedOn = ctx.date(d.date());
            f.issuer = d.issuer();
            f.level = DirectiveLevel.valueOf(d.level());
            f.kind = DirectiveKind.valueOf(d.kind());
            f.body = seed(d.seed(), f.issuedOn);
            long directiveId = directives.create(f, supervisor).id();
            for (DemoLedger.DemoNode n : d.nodes()) {
                node(directiveId, null, n, ctx);
            }
        }
    }

    private record Context(Map<String, Unit> units, Map<String, Person> people, Map<String, CurrentUser> unitUsers,
            CurrentUser supervisor, int year, LocalDate today) {

        LocalDate date(String monthDay) {
            return monthDay == null ? null : MonthDay.parse("--" + monthDay).atYear(year);
        }
    }

    private void node(long directiveId, Long parentId, DemoLedger.DemoNode n, Context ctx) {
        TaskForm f = new TaskForm();
        f.kind = TaskKind.valueOf(n.kind());
        f.parentId = parentId;
        f.title = n.title();
        f.description = n.description();
        if (n.target() != null) {
            f.targetValue = n.target().value();
            f.targetUnit = n.target().unit();
            f.targetObject = n.target().object();
            f.targetPeriod = n.target().period();
        }
        f.startDate = ctx.date(n.start());
        f.deadline = ctx.date(n.deadline());
        f.leadUnitId = n.lead() == null ? null : ctx.units().get(n.lead()).id();
        f.coUnitIds = n.co() == null ? new ArrayList<>() : new ArrayList<>(n.co().stream()
                .map(s -> ctx.units().get(s).id()).toList());
        f.leadLeaderId = n.leader() == null ? null : ctx.people().get(n.leader()).id();
        f.responsiblePerson = n.person();
        f.contact = n.contact();
        f.tags = n.tags() == null ? new ArrayList<>() : new ArrayList<>(n.tags());
        Task task = tasks.create(directiveId, f, ctx.supervisor());
        if (n.milestones() != null) {
            for (DemoLedger.DemoMilestone m : n.milestones()) {
                MilestoneForm mf = new MilestoneForm();
                mf.dueDate = ctx.date(m.date());
                mf.title = m.title();
                mf.planned = m.planned();
                milestones.add(task.id(), mf, ctx.supervisor());
            }
        }
        CurrentUser unitUser = n.lead() == null ? null : ctx.unitUsers().get(n.lead());
        if (n.accepted() && unitUser != null) {
            tasks.accept(task.id(), null, unitUser);
            if (n.reports() != null) {
                for (DemoLedger.DemoReport r : n.reports()) {
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
                    progress.submit(task.id(), rf, unitUser);
                }
            }
        }
        if (n.problems() != null) {
            for (DemoLedger.DemoProblem p : n.problems()) {
                ProblemForm pf = new ProblemForm();
                pf.description = p.description();
                pf.ownerUnitId = ctx.units().get(p.owner()).id();
                pf.ownerPersonId = p.ownerPerson() == null ? null : ctx.people().get(p.ownerPerson()).id();
                pf.dueDate = ctx.date(p.due());
                pf.status = ProblemStatus.valueOf(p.status());
                pf.resolution = p.resolution();
                problems.raise(task.id(), pf, ctx.supervisor());
            }
        }
        if (n.children() != null) {
            for (DemoLedger.DemoNode c : n.children()) {
                node(directiveId, task.id(), c, ctx);
            }
        }
    }

    /** The seed as the ingest engine normalises it: Simplified, pinyin glosses gone, hard wraps joined. */
    private static String seed(String file, LocalDate date) {
        try (InputStream in = new ClassPathResource("seeds/" + file).getInputStream()) {
            return cn.luoshi.ingest.DirectiveDrafter.create().draft(file, in.readAllBytes(), date).text();
        } catch (IOException e) {
            throw new IllegalStateException("演示数据缺少讲话原文 " + file, e);
        }
    }
}
