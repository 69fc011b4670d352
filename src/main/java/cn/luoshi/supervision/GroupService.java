package cn.luoshi.supervision;

import cn.luoshi.audit.AuditAction;
import cn.luoshi.audit.AuditLog;
import cn.luoshi.common.ConflictException;
import cn.luoshi.common.ForbiddenException;
import cn.luoshi.common.InvalidInputException;
import cn.luoshi.common.NotFoundException;
import cn.luoshi.ledger.Task;
import cn.luoshi.ledger.TaskService;
import cn.luoshi.org.CurrentUser;
import cn.luoshi.org.OrgDirectory;
import cn.luoshi.org.Person;
import cn.luoshi.org.Unit;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 督查组: kept by the 督查室; everyone signed in may read them (which group covers a unit is no secret). */
@Service
public class GroupService {

    private final JdbcClient jdbc;
    private final OrgDirectory org;
    private final TaskService tasks;
    private final AuditLog audit;
    private final InspectionService inspections;

    GroupService(JdbcClient jdbc, OrgDirectory org, TaskService tasks, AuditLog audit, InspectionService inspections) {
        this.jdbc = jdbc;
        this.org = org;
        this.tasks = tasks;
        this.audit = audit;
        this.inspections = inspections;
    }

    private static final String SELECT = """
            select g.*,
              array(select m.person_id from supervision_group_member m where m.group_id = g.id order by m.person_id)
                as member_ids,
              array(select u.unit_id from supervision_group_unit u where u.group_id = g.id order by u.unit_id)
                as unit_ids,
              array(select t.task_id from supervision_group_task t where t.group_id = g.id order by t.task_id)
                as task_ids
            from supervision_group g""";

    public List<SupervisionGroup> list() {
        return jdbc.sql(SELECT + " order by g.id").query(GroupService::group).list();
    }

    public Optional<SupervisionGroup> find(long id) {
        return jdbc.sql(SELECT + " where g.id = ?").param(id).query(GroupService::group).optional();
    }

    public SupervisionGroup get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("督查组", id));
    }

    /** The group of an org unit (区委第一督查组), if one was set up. */
    public Optional<SupervisionGroup> ofUnit(long unitId) {
        return jdbc.sql(SELECT + " where g.unit_id = ?").param(unitId).query(GroupService::group).optional();
    }

    public GroupView view(long id, CurrentUser me) {
        SupervisionGroup g = get(id);
        Map<Long, Person> people = org.people().stream().collect(Collectors.toMap(Person::id, p -> p));
        Map<Long, Unit> units = org.unitsById();
        List<TaskRef> covered = new ArrayList<>();
        for (long taskId : g.taskIds()) {
            try {
                Task t = tasks.get(taskId, me);
                covered.add(new TaskRef(t.id(), t.title(), t.leadUnitId()));
            } catch (NotFoundException hidden) {
                // a task outside the viewer's scope (or deleted) is not named
            }
        }
        return new GroupView(g, people.get(g.leaderPersonId()),
                g.memberIds().stream().map(people::get).filter(Objects::nonNull).toList(),
                g.unitIds().stream().map(units::get).filter(Objects::nonNull).toList(), covered,
                inspections.ofGroup(id, me), SupervisionRules.mayManage(me));
    }

    @Transactional
    public SupervisionGroup create(GroupForm f, CurrentUser me) {
        require(me);
        validate(f, me);
        long id;
        try {
            id = jdbc.sql("""
                    insert into supervision_group (name, unit_id, leader_person_id, focus, created_by)
                    values (?, ?, ?, ?, ?) returning id""")
                    .params(f.name.trim(), f.unitId, f.leaderPersonId, SupervisionStore.blankToNull(f.focus),
                            me.auditName())
                    .query(Long.class).single();
        } catch (DuplicateKeyException e) {
            throw InvalidInputException.of("name", "已有同名督查组：" + f.name.trim());
        }
        writeLinks(id, f);
        SupervisionGroup g = get(id);
        audit.record(me.auditName(), AuditAction.CREATE, subject(id), "新建督查组「" + g.name() + "」", null,
                snapshot(g));
        return g;
    }

    @Transactional
    public SupervisionGroup update(long id, GroupForm f, CurrentUser me) {
        SupervisionGroup before = get(id);
        require(me);
        int version = SupervisionStore.version(f.version, before.version());
        validate(f, me);
        int n;
        try {
            n = jdbc.sql("""
                    update supervision_group set name = ?, unit_id = ?, leader_person_id = ?, focus = ?,
                      version = version + 1, updated_at = luoshi_now()
                    where id = ? and version = ?""")
                    .params(f.name.trim(), f.unitId, f.leaderPersonId, SupervisionStore.blankToNull(f.focus), id,
                            version)
                    .update();
        } catch (DuplicateKeyException e) {
            throw InvalidInputException.of("name", "已有同名督查组：" + f.name.trim());
        }
        if (n == 0) {
            throw ConflictException.staleEdit();
        }
        for (String table : List.of("supervision_group_member", "supervision_group_unit", "supervision_group_task")) {
            jdbc.sql("delete from " + table + " where group_id = ?").param(id).update();
        }
        writeLinks(id, f);
        SupervisionGroup after = get(id);
        audit.record(me.auditName(), AuditAction.UPDATE, subject(id), "修改督查组「" + after.name() + "」",
                snapshot(before), snapshot(after));
        return after;
    }

    private void validate(GroupForm f, CurrentUser me) {
        var v = SupervisionRules.group(f, id -> org.person(id).isPresent(), id -> org.unit(id).isPresent());
        if (f.taskIds != null) {
            for (Long taskId : f.taskIds) {
                try {
                    tasks.get(taskId, me);
                } catch (NotFoundException e) {
                    v.add("taskIds", "联系任务 " + taskId + " 不存在");
                }
            }
        }
        v.throwIfAny();
    }

    private void writeLinks(long id, GroupForm f) {
        for (Long p : distinct(f.memberIds)) {
            jdbc.sql("insert into supervision_group_member (group_id, person_id) values (?, ?)").params(id, p).update();
        }
        for (Long u : distinct(f.unitIds)) {
            jdbc.sql("insert into supervision_group_unit (group_id, unit_id) values (?, ?)").params(id, u).update();
        }
        for (Long t : distinct(f.taskIds)) {
            jdbc.sql("insert into supervision_group_task (group_id, task_id) values (?, ?)").params(id, t).update();
        }
    }

    private static List<Long> distinct(List<Long> ids) {
        return ids == null ? List.of() : List.copyOf(new LinkedHashSet<>(ids.stream().filter(Objects::nonNull).toList()));
    }

    private static void require(CurrentUser me) {
        if (!SupervisionRules.mayManage(me)) {
            throw new ForbiddenException("只有督查室可以设置督查组");
        }
    }

    private static AuditLog.Subject subject(long id) {
        return new AuditLog.Subject("督查组", id, null, null);
    }

    /** Names, not ids, so the history stays readable. */
    private Map<String, Object> snapshot(SupervisionGroup g) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("名称", g.name());
        m.put("组长", org.person(g.leaderPersonId()).map(Person::name).orElse(null));
        m.put("成员", g.memberIds().stream().map(id -> org.person(id).map(Person::name).orElse("?"))
                .collect(Collectors.joining("、")));
        m.put("联系单位", g.unitIds().stream().map(id -> org.unit(id).map(Unit::shortName).orElse("?"))
                .collect(Collectors.joining("、")));
        m.put("联系任务", g.taskIds().size() + "项");
        m.put("督查重点", g.focus());
        return m;
    }

    private static SupervisionGroup group(ResultSet rs, int row) throws SQLException {
        return new SupervisionGroup(rs.getLong("id"), rs.getString("name"), (Long) rs.getObject("unit_id"),
                rs.getLong("leader_person_id"), rs.getString("focus"), longs(rs.getArray("member_ids")),
                longs(rs.getArray("unit_ids")), longs(rs.getArray("task_ids")), rs.getInt("version"));
    }

    static List<Long> longs(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        return Arrays.stream((Long[]) array.getArray()).toList();
    }
}
