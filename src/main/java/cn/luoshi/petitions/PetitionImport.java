package cn.luoshi.petitions;

import cn.luoshi.audit.AuditAction;
import cn.luoshi.audit.AuditLog;
import cn.luoshi.calendar.WorkingCalendars;
import cn.luoshi.calendar.WorkingDayCalendar;
import cn.luoshi.common.ForbiddenException;
import cn.luoshi.common.PersonalData;
import cn.luoshi.common.Violations;
import cn.luoshi.org.CurrentUser;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 历史信访件导入 — cases kept elsewhere (the 信访信息系统's export, last year's register) brought in as a whole: the
 * same rules as registration (a visit not before its case, levels that never go down, dates in order, answers after
 * acceptance), every problem reported with its case's position, nothing written unless every case passes. Written in
 * batches (a year of a district's petitions in well under a second). Imported history is not escalated to the
 * ledger by itself: the 督查室 decides which old cases become supervised (列入积案).
 */
@Service
public class PetitionImport {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final PersonalData personal;
    private final AuditLog audit;
    private final PetitionSettings settings;
    private final PetitionCells cells;
    private final WorkingCalendars calendars;
    private final Clock clock;

    PetitionImport(JdbcClient jdbc, JdbcTemplate template, PersonalData personal, AuditLog audit,
            PetitionSettings settings, PetitionCells cells, WorkingCalendars calendars, Clock clock) {
        this.cells = cells;
        this.calendars = calendars;
        this.jdbc = jdbc;
        this.template = template;
        this.personal = personal;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
    }

    /** One petitioner (synthetic in the demo). */
    public record Petitioner(String name, String idNumber, String phone, String address) {
    }

    /** One registration of an imported case. */
    public record Visit(LocalDate on, Channel channel, Level level, boolean toBeijing, int people) {
    }

    /** One imported case; its first visit is its receipt. */
    public record Case(String title, long categoryId, Long leadUnitId, Long leaderPersonId, Petitioner petitioner,
            LocalDate transferredOn, LocalDate acceptedOn, LocalDate answeredOn, boolean resolved, List<Visit> visits) {
    }

    /** What a file import did. */
    public record FileResult(int cases, int registrations, List<Long> ids) {
    }

    /**
     * 导入信访件表 (the layout of {@link PetitionSheet}): reads and checks every row, refuses a case already registered
     * (the same petitioner, first date, form, level, category and matter — the registration form's duplicate guard)
     * or twice in the file, then imports all or nothing, the personal data sealed; audited per case and once for the
     * file.
     */
    @Transactional
    public FileResult importFile(String fileName, byte[] bytes, PetitionSheet.Lookups lookups, CurrentUser me) {
        if (!settings.access().mayRegister(me)) {
            throw new ForbiddenException("只有信访局和督查室可以导入信访件");
        }
        List<Case> cases = PetitionSheet.read(fileName, bytes, lookups, LocalDate.now(clock));
        List<String> keys = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        Violations v = new Violations();
        for (int i = 0; i < cases.size(); i++) {
            Case c = cases.get(i);
            Visit first = c.visits().get(0);
            String key = personal.blindIndex(String.join("|", c.petitioner().idNumber(), first.on().toString(),
                    first.channel().name(), first.level().name(), String.valueOf(c.categoryId()), c.title().trim()));
            Integer before = seen.putIfAbsent(key, i);
            if (before != null) {
                v.add("file", "第" + (i + 1) + "件（" + c.title() + "）与第" + (before + 1)
                        + "件重复：同一信访人同日同一事项只登记一件，续访请填相同的案件序号");
            }
            keys.add(key);
        }
        jdbc.sql("select letter_key, case_no from petition_case where letter_key = any(?)")
                .param(keys.toArray(String[]::new)).query((java.sql.ResultSet rs) -> {
                    int i = keys.indexOf(rs.getString(1));
                    v.add("file", "第" + (i + 1) + "件（" + cases.get(i).title() + "）已登记为信访件" + rs.getString(2)
                            + "，不能重复导入");
                });
        v.throwIfAny();
        List<Long> ids = importCases(cases, keys, me);
        int registrations = cases.stream().mapToInt(c -> c.visits().size()).sum();
        if (!ids.isEmpty()) {
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("文件", fileName);
            after.put("件", ids.size());
            after.put("件次", registrations);
            after.put("信访人信息", "（已加密）");
            audit.record(me.auditName(), AuditAction.CREATE, new AuditLog.Subject(PetitionService.ENTITY, ids.get(0),
                    null, null), "导入信访件表「" + fileName + "」：" + ids.size() + "件、" + registrations + "件次", null,
                    after);
        }
        return new FileResult(ids.size(), registrations, ids);
    }

    /** Imports all or nothing; returns the new case ids in order. */
    @Transactional
    public List<Long> importCases(List<Case> cases, CurrentUser me) {
        return importCases(cases, null, me);
    }

    private List<Long> importCases(List<Case> cases, List<String> letterKeys, CurrentUser me) {
        if (!settings.access().mayRegister(me)) {
            throw new ForbiddenException("只有信访局和督查室可以导入信访件");
        }
        LocalDate today = LocalDate.now(clock);
        Violations v = new Violations();
        for (int i = 0; i < cases.size(); i++) {
            Case c = cases.get(i);
            String at = "第" + (i + 1) + "件";
            if (c.title() == null || c.title().isBlank() || c.title().length() > 200) {
                v.add("cases", at + "：信访事项不能为空，且不超过200字");
            }
            if (c.visits() == null || c.visits().isEmpty()) {
                v.add("cases", at + "：没有信访记录");
                continue;
            }
            if (c.petitioner() == null || c.petitioner().name() == null || c.petitioner().name().isBlank()
                    || c.petitioner().idNumber() == null || c.petitioner().idNumber().isBlank()) {
                v.add("cases", at + "：缺少信访人姓名或身份证号（导入按身份证号识别同一信访人）");
            }
            Visit prev = null;
            for (int k = 0; k < c.visits().size(); k++) {
                Visit x = c.visits().get(k);
                if (x.on() == null || x.channel() == null || x.level() == null) {
                    v.add("cases", at + "第" + (k + 1) + "次：日期、形式、层级不能为空");
                    continue;
                }
                if (x.on().isAfter(today)) {
                    v.add("cases", at + "第" + (k + 1) + "次：日期" + x.on() + "晚于今天");
                }
                if (prev != null && x.on().isBefore(prev.on())) {
                    v.add("cases", at + "第" + (k + 1) + "次：日期" + x.on() + "早于上一次（" + prev.on() + "）");
                }
                if (prev != null && x.level().compareTo(prev.level()) < 0) {
                    v.add("cases", at + "第" + (k + 1) + "次：层级由" + prev.level().label() + "降为" + x.level().label());
                }
                if (x.people() < 1) {
                    v.add("cases", at + "第" + (k + 1) + "次：人数至少为1");
                }
                prev = x;
            }
            LocalDate received = c.visits().get(0).on();
            if (c.acceptedOn() != null && c.acceptedOn().isBefore(received)) {
                v.add("cases", at + "：受理日期早于收到日期");
            }
            if (c.answeredOn() != null && (c.acceptedOn() == null || c.answeredOn().isBefore(c.acceptedOn()))) {
                v.add("cases", at + "：答复日期须在受理之后");
            }
        }
        v.throwIfAny();
        if (cases.isEmpty()) {
            return List.of();
        }

        // petitioners: one per distinct ID number (the blind index matches those already stored)
        Map<Petitioner, String> indexes = new java.util.IdentityHashMap<>();
        for (Case c : cases) {
            indexes.computeIfAbsent(c.petitioner(), this::index);
        }
        Map<String, Long> personIds = new HashMap<>();
        List<Object[]> newPeople = new ArrayList<>();
        Map<String, Petitioner> byIndex = new LinkedHashMap<>();
        for (Case c : cases) {
            Petitioner p = c.petitioner();
            byIndex.putIfAbsent(indexes.get(p), p);
        }
        List<String> keys = new ArrayList<>(byIndex.keySet());
        jdbc.sql("select id_number_index, min(id) from petition_person where id_number_index = any(?) group by 1")
                .param(keys.toArray(String[]::new)).query((java.sql.ResultSet rs) -> {
                    personIds.put(rs.getString(1), rs.getLong(2));
                });
        for (var e : byIndex.entrySet()) {
            if (!personIds.containsKey(e.getKey())) {
                Petitioner p = e.getValue();
                newPeople.add(new Object[] {personal.seal(p.name()), personal.seal(p.idNumber()),
                    personal.seal(p.phone()), personal.seal(p.address()), personal.blindIndex(p.name()), e.getKey(),
                    personal.blindIndex(p.phone())});
            }
        }
        unnest("insert into petition_person (name_sealed, id_number_sealed, phone_sealed, address_sealed, name_index, "
                + "id_number_index, phone_index)", new String[] {"text", "text", "text", "text", "text", "text", "text"},
                newPeople);
        jdbc.sql("select id_number_index, min(id) from petition_person where id_number_index = any(?) group by 1")
                .param(keys.toArray(String[]::new)).query((java.sql.ResultSet rs) -> {
                    personIds.put(rs.getString(1), rs.getLong(2));
                });

        List<Long> seqs = jdbc.sql("select nextval('petition_case_no_seq') from generate_series(1, ?)")
                .param(cases.size()).query(Long.class).list();
        List<Object[]> caseRows = new ArrayList<>();
        List<String> numbers = new ArrayList<>();
        WorkingDayCalendar cal = calendars.current();
        for (int i = 0; i < cases.size(); i++) {
            Case c = cases.get(i);
            Visit first = c.visits().get(0);
            Visit last = c.visits().get(c.visits().size() - 1);
            int group = c.visits().stream().mapToInt(Visit::people).max().orElse(1);
            String no = "XF" + first.on().getYear() + "-" + String.format("%06d", seqs.get(i));
            numbers.add(no);
            String status = c.answeredOn() != null ? (c.resolved() ? "CLOSED" : "ANSWERED")
                    : c.acceptedOn() != null ? "ACCEPTED" : "REGISTERED";
            caseRows.add(new Object[] {no, c.title(), c.categoryId(), first.channel().name(), last.level().name(),
                c.visits().size() > 1, group, Date.valueOf(first.on()), date(c.transferredOn()), date(c.acceptedOn()),
                date(c.answeredOn()), c.resolved(), status, c.leadUnitId(), c.leaderPersonId(), me.auditName(),
                date(cells.acceptanceDue(first.on(), c.transferredOn(), cal)),
                date(cells.handlingDue(c.acceptedOn(), 0, cal)), letterKeys == null ? null : letterKeys.get(i)});
        }
        unnest("insert into petition_case (case_no, title, category_id, channel, level, repeat_petition, group_size, "
                + "received_on, transferred_on, accepted_on, answered_on, resolved, status, lead_unit_id, "
                + "leader_person_id, created_by, acceptance_due, handling_due, letter_key)", new String[] {"text",
                    "text", "int8", "text", "text", "bool", "int4", "date", "date", "date", "date", "bool", "text", "int8",
                    "int8", "text", "date", "date", "text"}, caseRows);
        Map<String, Long> ids = new HashMap<>();
        jdbc.sql("select case_no, id from petition_case where case_no = any(?)")
                .param(numbers.toArray(String[]::new)).query((java.sql.ResultSet rs) -> {
                    ids.put(rs.getString(1), rs.getLong(2));
                });
        List<Object[]> links = new ArrayList<>();
        List<Object[]> visits = new ArrayList<>();
        List<Long> out = new ArrayList<>();
        List<AuditLog.Entry> entries = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            Case c = cases.get(i);
            long id = ids.get(numbers.get(i));
            out.add(id);
            links.add(new Object[] {id, personIds.get(indexes.get(c.petitioner()))});
            boolean firstVisit = true;
            for (Visit x : c.visits()) {
                visits.add(new Object[] {id, Date.valueOf(x.on()), x.channel().name(), x.level().name(), x.toBeijing(),
                    x.people(), !firstVisit, me.auditName()});
                firstVisit = false;
            }
            entries.add(new AuditLog.Entry(AuditAction.CREATE, new AuditLog.Subject(PetitionService.ENTITY, id, null,
                    null), "导入信访件" + numbers.get(i), null, Map.of("件次", c.visits().size())));
        }
        unnest("insert into petition_case_person (case_id, person_id)", new String[] {"int8", "int8"},
                links.stream().distinct().toList());
        unnest("insert into petition_visit (case_id, visited_on, channel, level, to_beijing, people, repeat_visit, "
                + "created_by)", new String[] {"int8", "date", "text", "text", "bool", "int4", "bool", "text"}, visits);
        audit.recordAll(me.auditName(), entries);
        return out;
    }

    /** One insert of many rows: each column goes in as one array (a single statement, not one per row). */
    private void unnest(String insert, String[] types, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        Object[][] cols = new Object[types.length][rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < types.length; c++) {
                cols[c][r] = rows.get(r)[c];
            }
        }
        StringBuilder sql = new StringBuilder(insert).append(" select * from unnest(");
        for (int c = 0; c < types.length; c++) {
            sql.append(c == 0 ? "" : ", ").append("?::").append(types[c]).append("[]");
        }
        sql.append(")");
        template.execute((java.sql.Connection con) -> {
            try (var ps = con.prepareStatement(sql.toString())) {
                for (int c = 0; c < types.length; c++) {
                    ps.setArray(c + 1, con.createArrayOf(types[c], cols[c]));
                }
                ps.executeUpdate();
            }
            return null;
        });
    }

    private String index(Petitioner p) {
        return personal.blindIndex(p.idNumber());
    }

    private static Date date(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }
}
