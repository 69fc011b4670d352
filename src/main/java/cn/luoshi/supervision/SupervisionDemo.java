package cn.luoshi.supervision;

import cn.luoshi.ledger.DirectiveService;
import cn.luoshi.ledger.DirectiveSummary;
import cn.luoshi.ledger.LightService;
import cn.luoshi.ledger.Lit;
import cn.luoshi.ledger.TaskLight;
import cn.luoshi.ledger.TaskQuery;
import cn.luoshi.ledger.TaskRow;
import cn.luoshi.ledger.TaskService;
import cn.luoshi.ledger.light.Light;
import cn.luoshi.org.CurrentUser;
import cn.luoshi.org.OrgDirectory;
import cn.luoshi.org.Person;
import cn.luoshi.org.Role;
import cn.luoshi.org.SystemUser;
import cn.luoshi.org.Unit;
import cn.luoshi.org.UnitType;
import cn.luoshi.org.UserAccount;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo supervision (演示数据): after the demo ledger is loaded, the five 区委督查组 units become five groups, each
 * with a leader and two members (people of the group's unit) and a share of the lead units of the 城市提质 speech's
 * tasks (and those tasks); one lagging task gets an inspection with a 整改事项, and one red task of another unit
 * than 住建 gets a 督办单. Found at run time by unit type, title and light; only in a demo database (the demo
 * 督查室 account and speech are there), and skipped when any group exists.
 */
@Component
@Order(20)
class SupervisionDemo implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SupervisionDemo.class);

    /** Leader first, then two members, per group in order. */
    private static final String[][] PEOPLE = {
            {"周建平", "组长", "刘洋", "陈静"},
            {"吴国华", "组长", "李娜", "王磊"},
            {"郑爱民", "组长", "孙涛", "赵敏"},
            {"黄志刚", "组长", "钱程", "马丽"},
            {"林秀英", "组长", "何斌", "冯雪"}};

    private static final String CITY_SPEECH = "在全区城市提质工作会议上的讲话";

    private final boolean enabled;
    private final JdbcClient jdbc;
    private final OrgDirectory org;
    private final DirectiveService directives;
    private final TaskService tasks;
    private final LightService lights;
    private final GroupService groups;
    private final InspectionService inspections;
    private final RectificationService rectifications;
    private final OrderService orders;
    private final TransactionTemplate tx;
    private final Clock clock;

    SupervisionDemo(@Value("${luoshi.demo-data:true}") boolean enabled, JdbcClient jdbc, OrgDirectory org,
            DirectiveService directives, TaskService tasks, LightService lights, GroupService groups,
            InspectionService inspections, RectificationService rectifications, OrderService orders,
            TransactionTemplate tx, Clock clock) {
        this.enabled = enabled;
        this.jdbc = jdbc;
        this.org = org;
        this.directives = directives;
        this.tasks = tasks;
        this.lights = lights;
        this.groups = groups;
        this.inspections = inspections;
        this.rectifications = rectifications;
        this.orders = orders;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled || jdbc.sql("select exists(select 1 from supervision_group)").query(Boolean.class).single()) {
            return;
        }
        List<Unit> groupUnits = org.units().stream().filter(u -> u.type() == UnitType.SUPERVISION_GROUP).toList();
        CurrentUser office = supervisor();
        // Only a demo database: the demo 督查室 account and the demo 城市提质 speech are there.
        if (groupUnits.isEmpty() || office == null || !office.username().equals("duchashi")
                || directives.list(CITY_SPEECH, 0, 1, SystemUser.INSTANCE).rows().isEmpty()) {
            return;
        }
        tx.executeWithoutResult(s -> load(groupUnits, office));
        log.info("已载入督查督办演示数据：{}个督查组", groupUnits.size());
    }

    private void load(List<Unit> groupUnits, CurrentUser office) {
        // The 城市提质 speech's tasks, and their lead units other than the 督查室 and the groups themselves.
        List<TaskRow> rows = new ArrayList<>();
        for (DirectiveSummary d : directives.list(CITY_SPEECH, 0, 10, SystemUser.INSTANCE).rows()) {
            rows.addAll(tasks.search(new TaskQuery(null, null, null, null, null, null, d.id(), null, 0, 200),
                    SystemUser.INSTANCE).rows());
        }
        Set<Long> leadUnits = new LinkedHashSet<>();
        Map<Long, List<Long>> tasksOfUnit = new LinkedHashMap<>();
        for (TaskRow r : rows) {
            Unit lead = r.leadUnitId() == null ? null : org.unit(r.leadUnitId()).orElse(null);
            if (lead != null && lead.type() != UnitType.SUPERVISION_GROUP && !Long.valueOf(lead.id()).equals(office.unitId())) {
                leadUnits.add(lead.id());
                tasksOfUnit.computeIfAbsent(lead.id(), k -> new ArrayList<>()).add(r.id());
            }
        }
        List<Long> units = List.copyOf(leadUnits);
        List<SupervisionGroup> created = new ArrayList<>();
        for (int g = 0; g < groupUnits.size(); g++) {
            Unit unit = groupUnits.get(g);
            List<Person> people = peopleOf(unit, PEOPLE[g % PEOPLE.length]);
            GroupForm f = new GroupForm();
            f.name = unit.shortName();
            f.unitId = unit.id();
            f.leaderPersonId = people.get(0).id();
            f.memberIds = new ArrayList<>(people.subList(1, people.size()).stream().map(Person::id).toList());
            for (int i = g; i < units.size(); i += groupUnits.size()) {
                f.unitIds.add(units.get(i));
                f.taskIds.addAll(tasksOfUnit.get(units.get(i)));
            }
            f.focus = "围绕城市提质重点任务，对联系单位开展常态化督导检查，跟踪问效，及时反馈进度，定期通报。";
            created.add(groups.create(f, office));
        }
        LocalDate today = LocalDate.now(clock);
        // One inspection of a lagging 住建 task with a 整改事项, and one 督办单 for a red task of another unit.
        for (SupervisionGroup g : created) {
            TaskRow lagging = rows.stream().filter(r -> g.taskIds().contains(r.id()))
                    .filter(r -> isLagging(r.id())).filter(r -> "住建".equals(r.leadUnitName())).findFirst()
                    .orElse(null);
            if (lagging != null) {
                InspectionForm i = new InspectionForm();
                i.groupId = g.id();
                i.taskId = lagging.id();
                i.inspectedOn = lastWorkday(today.minusDays(2));
                i.findings = "实地查看项目现场，部分点位尚未开工；进度台账与现场不一致，资金拨付滞后。";
                i.rating = ProgressRating.LAGGING;
                Inspection done = inspections.record(i, List.of(), office);
                RectificationForm r = new RectificationForm();
                r.title = "核实并更新项目进度台账，制定未开工点位倒排计划";
                r.requirement = "逐点位核实开工情况，台账与现场一致；未开工点位明确开工时间和责任人。";
                r.ownerUnitId = lagging.leadUnitId();
                r.deadline = today.plusDays(28);
                rectifications.open(done.id(), r, office);
                break;
            }
        }
        rows.stream().filter(r -> r.leadUnitId() != null && !"住建".equals(r.leadUnitName()))
                .filter(r -> lights.lightOf(r.id()).map(TaskLight::light).orElse(null) == Light.RED)
                .filter(r -> orders.draft(r.id(), office).issuable()).findFirst()
                .ifPresent(r -> orders.issue(orders.draft(r.id(), office).form(), office));
    }

    /** The day itself, or the Friday before a weekend. */
    private static LocalDate lastWorkday(LocalDate day) {
        LocalDate d = day;
        while (d.getDayOfWeek().getValue() > 5) {
            d = d.minusDays(1);
        }
        return d;
    }

    private boolean isLagging(long taskId) {
        Light l = lights.lightOf(taskId).map(TaskLight::light).orElse(null);
        return Lit.warning(l);
    }

    /** The group unit's people, created on first use: the leader (组长) and the members (组员). */
    private List<Person> peopleOf(Unit unit, String[] names) {
        List<Person> existing = org.people(unit.id());
        if (!existing.isEmpty()) {
            return existing;
        }
        List<Person> out = new ArrayList<>();
        out.add(org.createPerson(new OrgDirectory.NewPerson(unit.id(), names[0], "组长", null, false, null, List.of()),
                SystemUser.INSTANCE));
        for (int i = 2; i < names.length; i++) {
            out.add(org.createPerson(new OrgDirectory.NewPerson(unit.id(), names[i], "组员", null, false, null,
                    List.of()), SystemUser.INSTANCE));
        }
        return out;
    }

    /** The 督查室 user the demo acts as, so the records say who did them. */
    private CurrentUser supervisor() {
        for (UserAccount a : org.users()) {
            if (a.role() == Role.SUPERVISOR && a.enabled() && a.unitId() != null) {
                return new CurrentUser(a.id(), a.username(), a.displayName(), a.role(), a.unitId(), a.unitName());
            }
        }
        return null;
    }
}
