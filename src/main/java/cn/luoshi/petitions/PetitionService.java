package cn.luoshi.petitions;

import cn.luoshi.audit.AuditAction;
import cn.luoshi.audit.AuditLog;
import cn.luoshi.calendar.WorkingCalendars;
import cn.luoshi.calendar.WorkingDayCalendar;
import cn.luoshi.common.ConflictException;
import cn.luoshi.common.ForbiddenException;
import cn.luoshi.common.InvalidInputException;
import cn.luoshi.common.NotFoundException;
import cn.luoshi.common.PersonalData;
import cn.luoshi.common.Violations;
import cn.luoshi.org.CurrentUser;
import cn.luoshi.org.OrgDirectory;
import cn.luoshi.org.Person;
import cn.luoshi.org.Unit;
import cn.luoshi.petitions.PetitionLimits.Kind;
import cn.luoshi.petitions.internal.PetitionLedger;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 信访件 — registration, visits, the procedure of the 信访工作条例 (转送, 受理告知, 办理 with extension, 答复, 复查,
 * 复核), 接访, 包案 and the 积案 register, with the privacy rules of {@link PetitionAccess}. Every change is audited;
 * every read of personal data in clear is audited with {@link AuditAction#READ}. A case that reaches the province or
 * the nation, or is entered in the 积案 register, becomes a ledger task with its 包案领导 as leader.
 */
@Service
public class PetitionService {

    static final String ENTITY = "petition_case";

    private final JdbcClient jdbc;
    private final PersonalData personal;
    private final AuditLog audit;
    private final OrgDirectory org;
    private final WorkingCalendars calendars;
    private final PetitionSettings settings;
    private final PetitionLedger ledger;
    private final PetitionCells cells;
    private final Clock clock;

    PetitionService(JdbcClient jdbc, PersonalData personal, AuditLog audit, OrgDirectory org,
            WorkingCalendars calendars, PetitionSettings settings, PetitionLedger ledger, PetitionCells cells,
            Clock clock) {
        this.cells = cells;
        this.jdbc = jdbc;
        this.personal = personal;
        this.audit = audit;
        this.org = org;
        this.calendars = calendars;
        this.settings = settings;
        this.ledger = ledger;
        this.clock = clock;
    }

    /** An issue category (征迁, 保交楼 …). */
    public record Category(long id, String name) {
    }

    /** A row of a case list (no personal data). */
    public record CaseRow(long id, String caseNo, String title, String category, Channel channel, Level level,
            LocalDate receivedOn, String status, String leadUnitName, String leaderName, boolean backlog, Long taskId,
            LocalDate handlingDue, ClockLight light, int visits) {

        public String statusLabel() {
            return PetitionCase.statusLabel(status);
        }
    }

    public List<Category> categories() {
        return jdbc.sql("select id, name from petition_category order by sort_order, id")
                .query((rs, n) -> new Category(rs.getLong(1), rs.getString(2))).list();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private WorkingDayCalendar calendar() {
        return calendars.current();
    }

    // ---- registration ---------------------------------------------------------------------------------------------

    /**
     * 信访登记: checks everything first (400 with field messages; a duplicate letter is a 409 naming the case it
     * duplicates), then writes the case, its petitioner(s) (sealed), its first visit and the audit entry in one
     * transaction; escalates to the ledger when it arrived at the province or the nation.
     */
    @Transactional
    public long register(PetitionForm f, CurrentUser me) {
        PetitionAccess access = settings.access();
        if (!access.mayRegister(me)) {
            throw new ForbiddenException("只有信访局和督查室可以登记信访件");
        }
        Violations v = new Violations();
        v.requireText(f.title, "title", "信访事项", 200);
        v.optionalText(f.summary, "summary", "诉求摘要", 4000);
        v.check(f.categoryId != null && categories().stream().anyMatch(c -> c.id() == f.categoryId), "categoryId",
                "请选择问题类别");
        v.check(f.channel != null, "channel", "请选择信访形式");
        v.check(f.level != null, "level", "请选择信访层级");
        v.check(f.receivedOn != null, "receivedOn", "请填写收到日期");
        if (f.receivedOn != null && f.receivedOn.isAfter(today())) {
            v.add("receivedOn", "收到日期（" + f.receivedOn + "）不能晚于今天（" + today() + "）");
        }
        int people = f.people == null ? 1 : f.people;
        v.check(people >= 1 && people <= 10000, "people", "人数应在1到10000之间");
        v.check(!f.toBeijing || f.level == Level.NATION && f.channel == Channel.VISIT, "toBeijing",
                "进京指到国家信访局的来访：层级须为国家信访局、形式须为来访");
        v.requireText(f.name, "name", "信访人姓名", 40);
        if (f.idNumber != null && !f.idNumber.isBlank() && !f.idNumber.trim().matches("\\d{17}[\\dXx]")) {
            v.add("idNumber", "身份证号应为18位（最后一位可以是X）");
        }
        if (f.phone != null && !f.phone.isBlank() && !f.phone.trim().matches("[\\d\\-+ ]{7,20}")) {
            v.add("phone", "电话号码格式不正确");
        }
        v.optionalText(f.address, "address", "住址", 200);
        List<String[]> reps = representatives(f.representatives, v);
        if (people > 1 && f.channel == Channel.VISIT && reps.size() > 5) {
            v.add("representatives", "集体访推选代表不得超过5人（信访工作条例第二十条）");
        }
        if (f.leadUnitId != null && org.unit(f.leadUnitId).isEmpty()) {
            v.add("leadUnitId", "责任单位不存在");
        }
        if (f.leaderPersonId != null && org.person(f.leaderPersonId).filter(Person::leader).isEmpty()) {
            v.add("leaderPersonId", "包案领导须从区领导名单中选择");
        }
        if (f.accusation) {
            v.check(f.accusedUnitId == null || org.unit(f.accusedUnitId).isPresent(), "accusedUnitId",
                    "被举报单位不存在");
            v.check(f.accusedUnitId == null || !f.accusedUnitId.equals(f.leadUnitId), "leadUnitId",
                    "被举报单位不能作为责任单位办理对自己的举报（信访工作条例第三十条）");
        } else if (f.accusedUnitId != null || f.accusationText != null && !f.accusationText.isBlank()) {
            v.add("accusation", "填写了被举报单位或举报材料，请勾选“检举控告类”");
        }
        v.throwIfAny();

        String idNumber = blankToNull(f.idNumber) == null ? null : f.idNumber.trim().toUpperCase();
        String phone = blankToNull(f.phone);
        String name = f.name.trim();
        String letterKey = personal.blindIndex(String.join("|", idNumber != null ? idNumber : name + "/" + phone,
                f.receivedOn.toString(), f.channel.name(), f.level.name(), String.valueOf(f.categoryId),
                f.title.trim()));
        Optional<String> dup = jdbc.sql("select case_no from petition_case where letter_key = ?").param(letterKey)
                .query(String.class).optional();
        if (dup.isPresent()) {
            throw new ConflictException("重复登记：同一信访人同日同一事项已登记为信访件" + dup.get() + "，请在该件上登记");
        }
        String externalNo = blankToNull(f.externalNo);
        if (externalNo != null) {
            Optional<String> sameLetter = jdbc.sql("""
                    select c.case_no from petition_visit v join petition_case c on c.id = v.case_id
                    where v.level = ? and v.external_no = ?""").params(f.level.name(), externalNo)
                    .query(String.class).optional();
            if (sameLetter.isPresent()) {
                throw new ConflictException("重复登记：" + f.level.label() + "编号" + externalNo + "的来信（来访）已登记在信访件"
                        + sameLetter.get() + "上");
            }
        }

        long personId = person(name, idNumber, phone, blankToNull(f.address));
        boolean repeat = f.repeatPetition || jdbc.sql("""
                select exists (select 1 from petition_case_person cp join petition_case c on c.id = cp.case_id
                               where cp.person_id = ? and c.category_id = ?)""").params(personId, f.categoryId)
                .query(Boolean.class).single();
        long seq = jdbc.sql("select nextval('petition_case_no_seq')").query(Long.class).single();
        String caseNo = "XF" + f.receivedOn.getYear() + "-" + String.format("%06d", seq);
        long id = jdbc.sql("""
                insert into petition_case (case_no, title, summary, category_id, channel, level, repeat_petition,
                  group_size, received_on, lead_unit_id, leader_person_id, accusation, accused_unit_id,
                  accusation_text, letter_key, created_by, acceptance_due)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(caseNo, f.title.trim(), blankToNull(f.summary), f.categoryId, f.channel.name(),
                        f.level.name(), repeat, people, f.receivedOn, f.leadUnitId, f.leaderPersonId, f.accusation,
                        f.accusation ? f.accusedUnitId : null,
                        f.accusation ? personal.seal(blankToNull(f.accusationText)) : null, letterKey, me.auditName(),
                        cells.acceptanceDue(f.receivedOn, null, calendar()))
                .query(Long.class).single();
        jdbc.sql("insert into petition_case_person (case_id, person_id, representative) values (?, ?, ?)")
                .params(id, personId, people > 1).update();
        for (String[] r : reps) {
            long rep = person(r[0], r[1], null, null);
            jdbc.sql("""
                    insert into petition_case_person (case_id, person_id, representative) values (?, ?, true)
                    on conflict do nothing""").params(id, rep).update();
        }
        jdbc.sql("""
                insert into petition_visit (case_id, visited_on, channel, level, to_beijing, people, repeat_visit,
                  external_no, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, f.receivedOn, f.channel.name(), f.level.name(), f.toBeijing, people, repeat, externalNo,
                        me.auditName())
                .update();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("编号", caseNo);
        after.put("信访事项", f.title.trim());
        after.put("形式", f.channel.label());
        after.put("层级", f.level.label() + (f.toBeijing ? "（进京）" : ""));
        after.put("人数", people);
        after.put("收到日期", f.receivedOn);
        after.put("信访人", "（已加密）");
        audit.record(me.auditName(), AuditAction.CREATE, subject(id, null), "登记信访件" + caseNo, null, after);
        if (f.level.escalated()) {
            escalate(id, me);
        }
        return id;
    }

    /** One person: found by the blind index of the ID number (or name + phone), else created sealed. */
    private long person(String name, String idNumber, String phone, String address) {
        String idIndex = idNumber == null ? null : personal.blindIndex(idNumber);
        String phoneIndex = phone == null ? null : personal.blindIndex(phone);
        String nameIndex = personal.blindIndex(name);
        Optional<Long> found = idIndex != null
                ? jdbc.sql("select id from petition_person where id_number_index = ? order by id limit 1")
                        .param(idIndex).query(Long.class).optional()
                : phoneIndex != null ? jdbc.sql("""
                        select id from petition_person where phone_index = ? and name_index = ? order by id limit 1""")
                        .params(phoneIndex, nameIndex).query(Long.class).optional()
                        : Optional.empty();
        if (found.isPresent()) {
            return found.get();
        }
        return jdbc.sql("""
                insert into petition_person (name_sealed, id_number_sealed, phone_sealed, address_sealed, name_index,
                  id_number_index, phone_index)
                values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(personal.seal(name), personal.seal(idNumber), personal.seal(phone), personal.seal(address),
                        nameIndex, idIndex, phoneIndex)
                .query(Long.class).single();
    }

    private static List<String[]> representatives(String text, Violations v) {
        List<String[]> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        int line = 0;
        for (String raw : text.split("\\R")) {
            line++;
            String s = raw.trim();
            if (s.isEmpty()) {
                continue;
            }
            String[] parts = s.split("[\\s,，]+");
            String id = parts.length > 1 ? parts[1].toUpperCase() : null;
            if (id != null && !id.matches("\\d{17}[\\dX]")) {
                v.add("representatives", "代表第" + line + "行：身份证号应为18位");
            }
            out.add(new String[] {parts[0], id});
        }
        return out;
    }

    // ---- visits ---------------------------------------------------------------------------------------------------

    /**
     * A further registration on a case (重复信访): not dated before the case, not in the future, at a level not below
     * the case's (a case's level never goes down), the same letter not twice. Raises the case's level and group size,
     * and escalates when it reached the province or the nation.
     */
    @Transactional
    public void addVisit(long caseId, VisitForm f, CurrentUser me) {
        requireRegistrar(me);
        Row c = row(caseId);
        Violations v = new Violations();
        v.check(f.visitedOn != null, "visitedOn", "请填写日期");
        v.check(f.channel != null, "channel", "请选择信访形式");
        v.check(f.level != null, "level", "请选择信访层级");
        if (f.visitedOn != null && f.visitedOn.isBefore(c.receivedOn)) {
            v.add("visitedOn", "日期（" + f.visitedOn + "）早于该件的收到日期（" + c.receivedOn + "），请核对");
        }
        if (f.visitedOn != null && f.visitedOn.isAfter(today())) {
            v.add("visitedOn", "日期（" + f.visitedOn + "）不能晚于今天（" + today() + "）");
        }
        if (f.level != null && f.level.compareTo(c.level) < 0) {
            v.add("level", "层级不能下降：该件已到" + c.level.label() + "，本次登记为" + f.level.label()
                    + "；如为新的诉求，请另行登记");
        }
        int people = f.people == null ? 1 : f.people;
        v.check(people >= 1 && people <= 10000, "people", "人数应在1到10000之间");
        v.check(!f.toBeijing || f.level == Level.NATION && f.channel == Channel.VISIT, "toBeijing",
                "进京指到国家信访局的来访：层级须为国家信访局、形式须为来访");
        v.optionalText(f.note, "note", "说明", 1000);
        v.throwIfAny();
        String externalNo = blankToNull(f.externalNo);
        if (externalNo != null && jdbc.sql("select exists (select 1 from petition_visit where level = ? and external_no = ?)")
                .params(f.level.name(), externalNo).query(Boolean.class).single()) {
            throw new ConflictException("重复登记：" + f.level.label() + "编号" + externalNo + "已登记过");
        }
        jdbc.sql("""
                insert into petition_visit (case_id, visited_on, channel, level, to_beijing, people, repeat_visit,
                  external_no, note, created_by)
                values (?, ?, ?, ?, ?, ?, true, ?, ?, ?)""")
                .params(caseId, f.visitedOn, f.channel.name(), f.level.name(), f.toBeijing, people, externalNo,
                        blankToNull(f.note), me.auditName())
                .update();
        jdbc.sql("""
                update petition_case set level = ?, group_size = greatest(group_size, ?), repeat_petition = true,
                  version = version + 1, updated_at = luoshi_now() where id = ?""")
                .params(f.level.name(), people, caseId).update();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("日期", f.visitedOn);
        after.put("形式", f.channel.label());
        after.put("层级", f.level.label() + (f.toBeijing ? "（进京）" : ""));
        after.put("人数", people);
        audit.record(me.auditName(), AuditAction.CREATE, subject(caseId, c.taskId),
                "信访件" + c.caseNo + "重复信访登记（" + f.channel.label() + "，" + f.level.label() + "）", null, after);
        if (f.level.escalated()) {
            escalate(caseId, me);
        }
    }

    // ---- procedure ------------------------------------------------------------------------------------------------

    /** A procedural step: 转送, 受理, 延期, 答复, 办结. */
    public enum Step {
        TRANSFER("登记转送"), ACCEPT("受理告知"), EXTEND("延期"), ANSWER("出具处理意见"), CLOSE("办结");

        private final String label;

        Step(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * One step of the procedure on its date, guarded by the version the user saw (409 when someone changed the case
     * since). 延期 needs days (≤ 30, 第三十四条) and the reason told to the petitioner.
     */
    @Transactional
    public void step(long caseId, Step step, LocalDate on, Integer days, String reason, Boolean resolved,
            Integer version, CurrentUser me) {
        requireRegistrar(me);
        Row c = row(caseId);
        if (version == null || version != c.version) {
            throw ConflictException.staleEdit();
        }
        if (on == null) {
            throw InvalidInputException.of("on", "请填写日期");
        }
        if (on.isAfter(today())) {
            throw InvalidInputException.of("on", "日期（" + on + "）不能晚于今天（" + today() + "）");
        }
        if (on.isBefore(c.receivedOn)) {
            throw InvalidInputException.of("on", "日期（" + on + "）早于该件的收到日期（" + c.receivedOn + "）");
        }
        String sql;
        Object[] params;
        String summary;
        switch (step) {
            case TRANSFER -> {
                sql = "transferred_on = ?";
                params = new Object[] {on};
                summary = "登记转送";
            }
            case ACCEPT -> {
                if (c.acceptedOn != null) {
                    throw new ConflictException("该件已于" + c.acceptedOn + "受理");
                }
                sql = "accepted_on = ?, status = 'ACCEPTED', transferred_on = coalesce(transferred_on, ?)";
                params = new Object[] {on, on};
                summary = "受理告知";
            }
            case EXTEND -> {
                if (c.acceptedOn == null || c.answeredOn != null) {
                    throw new ConflictException("只有已受理、未答复的信访件可以延期");
                }
                int max = settings.limits().limit(Kind.EXTENSION).days();
                if (days == null || days < 1 || days > max) {
                    throw InvalidInputException.of("days", "延期天数应在1到" + max + "日之间（信访工作条例"
                            + settings.limits().limit(Kind.EXTENSION).article() + "）");
                }
                if (c.extensionDays > 0) {
                    throw new ConflictException("该件已延期" + c.extensionDays + "日，不能再次延期");
                }
                if (reason == null || reason.isBlank()) {
                    throw InvalidInputException.of("reason", "请填写延期理由（须告知信访人，信访工作条例第三十四条）");
                }
                LocalDate due = settings.limits().handlingDue(c.acceptedOn, 0, calendar());
                if (on.isAfter(due)) {
                    throw InvalidInputException.of("on", "办理期限已于" + due + "届满，不能再延期");
                }
                sql = "extension_days = ?, extension_reason = ?";
                params = new Object[] {days, reason.trim()};
                summary = "延期" + days + "日";
            }
            case ANSWER -> {
                if (c.acceptedOn == null) {
                    throw new ConflictException("该件尚未受理，不能出具处理意见");
                }
                if (on.isBefore(c.acceptedOn)) {
                    throw InvalidInputException.of("on", "答复日期早于受理日期（" + c.acceptedOn + "）");
                }
                sql = "answered_on = ?, status = 'ANSWERED', resolved = ?";
                params = new Object[] {on, Boolean.TRUE.equals(resolved)};
                summary = "出具处理意见" + (Boolean.TRUE.equals(resolved) ? "（已化解）" : "");
            }
            default -> {
                if (c.answeredOn == null) {
                    throw new ConflictException("该件尚未答复，不能办结");
                }
                sql = "status = 'CLOSED', resolved = ?";
                params = new Object[] {Boolean.TRUE.equals(resolved)};
                summary = "办结";
            }
        }
        List<Object> all = new ArrayList<>(List.of(params));
        all.add(caseId);
        all.add(c.version);
        int n = jdbc.sql("update petition_case set " + sql + ", version = version + 1, updated_at = luoshi_now() "
                + "where id = ? and version = ?").params(all).update();
        if (n == 0) {
            throw ConflictException.staleEdit();
        }
        cells.refreshDues(caseId);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("步骤", step.label());
        after.put("日期", on);
        if (days != null && step == Step.EXTEND) {
            after.put("延期天数", days);
            after.put("延期理由", reason);
        }
        audit.record(me.auditName(), AuditAction.TRANSITION, subject(caseId, c.taskId),
                "信访件" + c.caseNo + summary, null, after);
    }

    /**
     * 复查 (第三十五条) or 复核 (第三十六条) requested on {@code on}: within 30 days of the answer it contests (the
     * case's answer for 复查, the 复查 answer for 复核); a late request is refused with the day it was due.
     */
    @Transactional
    public void requestReview(long caseId, boolean recheck, LocalDate on, CurrentUser me) {
        requireRegistrar(me);
        Row c = row(caseId);
        if (on == null) {
            throw InvalidInputException.of("on", "请填写申请日期");
        }
        if (on.isAfter(today())) {
            throw InvalidInputException.of("on", "申请日期不能晚于今天（" + today() + "）");
        }
        LocalDate answered;
        Kind kind = recheck ? Kind.RECHECK_REQUEST : Kind.REVIEW_REQUEST;
        if (recheck) {
            answered = jdbc.sql("select answered_on from petition_review where case_id = ? and kind = 'REVIEW'")
                    .param(caseId).query(LocalDate.class).optional().orElse(null);
            if (answered == null) {
                throw new ConflictException("复核须在复查意见答复之后申请");
            }
        } else {
            answered = c.answeredOn;
            if (answered == null) {
                throw new ConflictException("该件尚未出具处理意见，不能申请复查");
            }
        }
        if (on.isBefore(answered)) {
            throw InvalidInputException.of("on", "申请日期早于所针对的答复日期（" + answered + "）");
        }
        LocalDate due = settings.limits().due(kind, answered, calendar());
        if (on.isAfter(due)) {
            throw InvalidInputException.of("on", (recheck ? "复核" : "复查") + "申请已超过期限：答复日期" + answered
                    + "，应在" + due + "前申请（信访工作条例" + settings.limits().limit(kind).article() + "）");
        }
        String k = recheck ? "RECHECK" : "REVIEW";
        if (jdbc.sql("select exists (select 1 from petition_review where case_id = ? and kind = ?)").params(caseId, k)
                .query(Boolean.class).single()) {
            throw new ConflictException("该件已申请" + (recheck ? "复核" : "复查"));
        }
        jdbc.sql("insert into petition_review (case_id, kind, requested_on, created_by) values (?, ?, ?, ?)")
                .params(caseId, k, on, me.auditName()).update();
        jdbc.sql("update petition_case set status = ?, version = version + 1, updated_at = luoshi_now() where id = ?")
                .params(k, caseId).update();
        audit.record(me.auditName(), AuditAction.CREATE, subject(caseId, c.taskId),
                "信访件" + c.caseNo + "申请" + (recheck ? "复核" : "复查"), null, Map.of("申请日期", on));
    }

    /** The 复查 or 复核 answer. */
    @Transactional
    public void answerReview(long caseId, boolean recheck, LocalDate on, String result, CurrentUser me) {
        requireRegistrar(me);
        Row c = row(caseId);
        String k = recheck ? "RECHECK" : "REVIEW";
        LocalDate requested = jdbc.sql("select requested_on from petition_review where case_id = ? and kind = ?")
                .params(caseId, k).query(LocalDate.class).optional()
                .orElseThrow(() -> new ConflictException("该件没有" + (recheck ? "复核" : "复查") + "申请"));
        if (on == null || on.isBefore(requested) || on.isAfter(today())) {
            throw InvalidInputException.of("on", "答复日期应在申请日期（" + requested + "）与今天之间");
        }
        jdbc.sql("update petition_review set answered_on = ?, result = ? where case_id = ? and kind = ?")
                .params(on, blankToNull(result), caseId, k).update();
        jdbc.sql("update petition_case set version = version + 1, updated_at = luoshi_now() where id = ?")
                .param(caseId).update();
        audit.record(me.auditName(), AuditAction.UPDATE, subject(caseId, c.taskId),
                "信访件" + c.caseNo + (recheck ? "复核" : "复查") + "答复", null, Map.of("答复日期", on));
    }

    /**
     * 听证 on a 复核 (第三十六条): its first day, and its last day once it ended. The days are not counted in the 复核
     * limit; while the hearing goes on the clock stands still. Only before the 复核 answer, not before the request,
     * not in the future.
     */
    @Transactional
    public void recordHearing(long caseId, LocalDate from, LocalDate to, CurrentUser me) {
        requireRegistrar(me);
        Row c = row(caseId);
        Map<String, Object> review = jdbc.sql("""
                select requested_on, answered_on from petition_review where case_id = ? and kind = 'RECHECK'""")
                .param(caseId).query().listOfRows().stream().findFirst()
                .orElseThrow(() -> new ConflictException("该件没有复核申请：听证用于复核（信访工作条例第三十六条）"));
        LocalDate requested = ((java.sql.Date) review.get("requested_on")).toLocalDate();
        if (review.get("answered_on") != null) {
            throw new ConflictException("复核已于" + review.get("answered_on") + "答复，不能再登记听证");
        }
        Violations v = new Violations();
        v.check(from != null, "from", "请填写听证开始日期");
        if (from != null && from.isBefore(requested)) {
            v.add("from", "听证开始日期（" + from + "）早于复核申请日期（" + requested + "）");
        }
        if (from != null && from.isAfter(today())) {
            v.add("from", "听证开始日期（" + from + "）不能晚于今天（" + today() + "）");
        }
        if (to != null && from != null && to.isBefore(from)) {
            v.add("to", "听证结束日期（" + to + "）早于开始日期（" + from + "）");
        }
        if (to != null && to.isAfter(today())) {
            v.add("to", "听证结束日期（" + to + "）不能晚于今天（" + today() + "）；听证未结束时请只填开始日期");
        }
        v.throwIfAny();
        int days = to == null ? 0 : new PetitionLimits.Hearing(from, to).days(to);
        jdbc.sql("""
                update petition_review set hearing_from = ?, hearing_to = ?, hearing_days = ?
                where case_id = ? and kind = 'RECHECK'""").params(from, to, days, caseId).update();
        jdbc.sql("update petition_case set version = version + 1, updated_at = luoshi_now() where id = ?")
                .param(caseId).update();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("听证开始", from);
        after.put("听证结束", to == null ? "（进行中）" : to);
        audit.record(me.auditName(), AuditAction.UPDATE, subject(caseId, c.taskId), "信访件" + c.caseNo + "复核听证",
                null, after);
    }

    /** 接访: a leader (or the unit) received the petitioner. */
    @Transactional
    public void addReception(long caseId, LocalDate on, Long leaderId, String place, String note, CurrentUser me) {
        Row c = row(caseId);
        boolean leaderOfCase = isLeaderOf(c, me);
        if (!settings.access().mayRegister(me) && !leaderOfCase) {
            throw new ForbiddenException("只有信访局、督查室和包案领导可以登记接访");
        }
        if (on == null || on.isAfter(today()) || on.isBefore(c.receivedOn)) {
            throw InvalidInputException.of("on", "接访日期应在收到日期（" + c.receivedOn + "）与今天之间");
        }
        if (leaderId != null && org.person(leaderId).filter(Person::leader).isEmpty()) {
            throw InvalidInputException.of("leaderId", "接访领导须从区领导名单中选择");
        }
        jdbc.sql("""
                insert into petition_reception (case_id, received_on, leader_person_id, place, note, created_by)
                values (?, ?, ?, ?, ?, ?)""").params(caseId, on, leaderId, blankToNull(place), blankToNull(note),
                me.auditName()).update();
        audit.record(me.auditName(), AuditAction.CREATE, subject(caseId, c.taskId), "信访件" + c.caseNo + "接访记录",
                null, Map.of("日期", on));
    }

    /** 包案: assigns the district leader and the responsible unit (督查室 or 信访局). */
    @Transactional
    public void assign(long caseId, Long leaderId, Long unitId, Integer version, CurrentUser me) {
        requireRegistrar(me);
        Row c = row(caseId);
        if (version == null || version != c.version) {
            throw ConflictException.staleEdit();
        }
        if (leaderId != null && org.person(leaderId).filter(Person::leader).isEmpty()) {
            throw InvalidInputException.of("leaderPersonId", "包案领导须从区领导名单中选择");
        }
        if (unitId != null && org.unit(unitId).isEmpty()) {
            throw InvalidInputException.of("leadUnitId", "责任单位不存在");
        }
        if (unitId != null && unitId.equals(c.accusedUnitId)) {
            throw InvalidInputException.of("leadUnitId", "被举报单位不能作为责任单位（信访工作条例第三十条）");
        }
        jdbc.sql("""
                update petition_case set leader_person_id = ?, lead_unit_id = ?, version = version + 1,
                  updated_at = luoshi_now() where id = ?""").params(leaderId, unitId, caseId).update();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("包案领导", leaderId == null ? null : org.person(leaderId).map(Person::label).orElse(null));
        after.put("责任单位", unitId == null ? null : org.unit(unitId).map(Unit::fullName).orElse(null));
        audit.record(me.auditName(), AuditAction.UPDATE, subject(caseId, c.taskId), "信访件" + c.caseNo + "包案", null,
                after);
    }

    /** Enters the case in the 积案 register and makes it a supervised ledger task. */
    @Transactional
    public void markBacklog(long caseId, CurrentUser me) {
        requireRegistrar(me);
        Row c = row(caseId);
        if (c.backlog) {
            throw new ConflictException("该件已列入积案");
        }
        jdbc.sql("""
                update petition_case set backlog = true, backlog_since = ?, version = version + 1,
                  updated_at = luoshi_now() where id = ?""").params(today(), caseId).update();
        audit.record(me.auditName(), AuditAction.TRANSITION, subject(caseId, c.taskId),
                "信访件" + c.caseNo + "列入积案", null, Map.of("列入日期", today()));
        escalate(caseId, me);
    }

    /** 积案化解 on {@code on}. */
    @Transactional
    public void resolveBacklog(long caseId, LocalDate on, CurrentUser me) {
        requireRegistrar(me);
        Row c = row(caseId);
        if (!c.backlog || c.backlogResolvedOn != null) {
            throw new ConflictException("该件不是未化解的积案");
        }
        if (on == null || on.isAfter(today())) {
            throw InvalidInputException.of("on", "化解日期不能为空，也不能晚于今天");
        }
        jdbc.sql("""
                update petition_case set backlog_resolved_on = ?, resolved = true, version = version + 1,
                  updated_at = luoshi_now() where id = ?""").params(on, caseId).update();
        audit.record(me.auditName(), AuditAction.TRANSITION, subject(caseId, c.taskId), "积案" + c.caseNo + "化解",
                null, Map.of("化解日期", on));
    }

    /** Makes the case a ledger task once (the 包案领导 leads it); a case that already has one keeps it. */
    private void escalate(long caseId, CurrentUser me) {
        Row c = row(caseId);
        if (c.taskId != null) {
            return;
        }
        LocalDate due = c.acceptedOn != null ? settings.limits().handlingDue(c.acceptedOn, c.extensionDays, calendar())
                : settings.limits().handlingDue(c.receivedOn, 0, calendar());
        if (due.isBefore(today().plusDays(30))) {
            due = today().plusDays(30);
        }
        String why = c.backlog ? "积案" : "到" + c.level.label() + "信访";
        long taskId = ledger.createTask(today().getYear(), "信访件" + c.caseNo + "化解（" + why + "）：" + c.title,
                "信访件" + c.caseNo + "，类别：" + c.category + "，" + why + "。详情见 /petitions/" + caseId
                        + "（信访人信息仅信访局、督查室和包案领导可见）。",
                c.leadUnitId, c.leaderPersonId, today(), due);
        jdbc.sql("update petition_case set task_id = ? where id = ?").params(taskId, caseId).update();
        audit.record(me.auditName(), AuditAction.UPDATE, subject(caseId, taskId),
                "信访件" + c.caseNo + "转为督办任务（" + why + "）", null, Map.of("任务", "/tasks/" + taskId));
    }

    // ---- reading --------------------------------------------------------------------------------------------------

    /**
     * The case page: 404 for who may not see it; personal data opened only for {@link PetitionAccess} and then the
     * read is audited ("查看来信人信息"); the accusation material never for the accused unit.
     */
    @Transactional
    public PetitionCase view(long id, CurrentUser me) {
        Row c = row(id);
        PetitionAccess access = settings.access();
        List<Long> coUnits = jdbc.sql("select unit_id from petition_case_unit where case_id = ?").param(id)
                .query(Long.class).list();
        if (!access.maySee(me, c.leadUnitId, coUnits) && !isLeaderOf(c, me)) {
            throw new NotFoundException("信访件", id);
        }
        boolean leaderOfCase = isLeaderOf(c, me);
        boolean clear = access.seesPersonalData(me, leaderOfCase, c.accusedUnitId);
        List<PetitionCase.Petitioner> people = jdbc.sql("""
                select p.id, p.name_sealed, p.id_number_sealed, p.phone_sealed, p.address_sealed, cp.representative
                from petition_case_person cp join petition_person p on p.id = cp.person_id
                where cp.case_id = ? order by cp.representative, p.id""").param(id).query((rs, n) -> {
                    String name = personal.open(rs.getString(2));
                    String idNo = personal.open(rs.getString(3));
                    String phone = personal.open(rs.getString(4));
                    String addr = personal.open(rs.getString(5));
                    return clear ? new PetitionCase.Petitioner(rs.getLong(1), name, idNo, phone, addr, rs.getBoolean(6))
                            : new PetitionCase.Petitioner(rs.getLong(1), PersonalData.maskName(name),
                                    PersonalData.maskIdNumber(idNo), PersonalData.maskPhone(phone),
                                    PersonalData.maskAddress(addr), rs.getBoolean(6));
                }).list();
        boolean accusedUnit = c.accusedUnitId != null && me.belongsTo(c.accusedUnitId);
        if (accusedUnit) {
            people = List.of(); // who wrote about them is itself 有关情况 (第三十条)
        }
        String accusationText = c.accusation && access.seesAccusation(me, leaderOfCase, c.accusedUnitId)
                ? personal.open(c.accusationSealed) : null;
        if (clear && !people.isEmpty()) {
            audit.record(me.auditName(), AuditAction.READ, new AuditLog.Subject(ENTITY, id, null, null),
                    "查看来信人信息", null, null);
        }
        List<PetitionCase.Visit> visits = jdbc.sql("""
                select id, visited_on, channel, level, to_beijing, people, repeat_visit, external_no, note
                from petition_visit where case_id = ? order by visited_on, id""").param(id)
                .query((rs, n) -> new PetitionCase.Visit(rs.getLong(1), rs.getObject(2, LocalDate.class),
                        Channel.valueOf(rs.getString(3)), Level.valueOf(rs.getString(4)), rs.getBoolean(5),
                        rs.getInt(6), rs.getBoolean(7), rs.getString(8), rs.getString(9)))
                .list();
        List<PetitionCase.Reception> receptions = jdbc.sql("""
                select r.id, r.received_on, p.name, r.place, r.note from petition_reception r
                left join person p on p.id = r.leader_person_id where r.case_id = ? order by r.received_on, r.id""")
                .param(id).query((rs, n) -> new PetitionCase.Reception(rs.getLong(1),
                        rs.getObject(2, LocalDate.class), rs.getString(3), rs.getString(4), rs.getString(5)))
                .list();
        WorkingDayCalendar cal = calendar();
        PetitionLimits limits = settings.limits();
        LocalDate today = today();
        List<PetitionCase.Review> reviews = jdbc.sql("""
                select kind, requested_on, answered_on, result, hearing_from, hearing_to from petition_review
                where case_id = ? order by kind desc""")
                .param(id).query((rs, n) -> {
                    boolean re = "RECHECK".equals(rs.getString(1));
                    LocalDate req = rs.getObject(2, LocalDate.class);
                    LocalDate answered = rs.getObject(3, LocalDate.class);
                    LocalDate hFrom = rs.getObject(5, LocalDate.class);
                    PetitionLimits.Hearing hearing = hFrom == null ? null
                            : new PetitionLimits.Hearing(hFrom, rs.getObject(6, LocalDate.class));
                    // a hearing still open when the answer came ends with the answer
                    LocalDate asOf = answered != null ? answered : today;
                    LocalDate due = re ? limits.recheckAnswerDue(req, hearing, asOf, cal)
                            : limits.due(Kind.REVIEW_ANSWER, req, cal);
                    return new PetitionCase.Review(re ? "复核" : "复查", req, due, answered, rs.getString(4), hFrom,
                            rs.getObject(6, LocalDate.class), hearing == null ? 0 : hearing.days(asOf));
                }).list();
        List<PetitionCase.Clock> clocks = clocks(c, reviews, cal);
        return new PetitionCase(c.id, c.caseNo, c.title, c.summary, c.category, c.channel, c.level, c.repeat,
                c.groupSize, c.receivedOn, c.transferredOn, c.acceptedOn, c.extensionDays, c.extensionReason,
                c.answeredOn, c.resolved, c.status, c.leadUnitId, c.leadUnitName, c.leaderPersonId, c.leaderName,
                c.accusation && !accusedUnit, accusationText, c.backlog, c.backlogSince, c.backlogResolvedOn,
                c.taskId, c.version, clear, people, visits, receptions, reviews, clocks);
    }

    private List<PetitionCase.Clock> clocks(Row c, List<PetitionCase.Review> reviews, WorkingDayCalendar cal) {
        PetitionLimits l = settings.limits();
        LocalDate today = today();
        int warn = settings.warnWorkingDays();
        List<PetitionCase.Clock> out = new ArrayList<>();
        LocalDate regDue = l.due(Kind.REGISTRATION, c.receivedOn, cal);
        LocalDate transferred = c.transferredOn != null ? c.transferredOn : c.acceptedOn;
        out.add(clock(Kind.REGISTRATION, c.receivedOn, regDue, transferred, today, warn, cal));
        LocalDate accFrom = c.transferredOn != null ? c.transferredOn : c.receivedOn;
        out.add(clock(Kind.ACCEPTANCE, accFrom, l.due(Kind.ACCEPTANCE, accFrom, cal), c.acceptedOn, today, warn, cal));
        if (c.acceptedOn != null) {
            LocalDate due = l.handlingDue(c.acceptedOn, c.extensionDays, cal);
            PetitionCase.Clock h = clock(Kind.HANDLING, c.acceptedOn, due, c.answeredOn, today, warn, cal);
            out.add(new PetitionCase.Clock(h.label() + (c.extensionDays > 0 ? "（含延期" + c.extensionDays + "日）" : ""),
                    h.article(), l.limit(Kind.HANDLING).days() + c.extensionDays + "日", h.from(), h.due(),
                    h.stoppedOn(), h.light()));
        }
        if (c.answeredOn != null && reviews.stream().noneMatch(r -> r.kind().equals("复查"))) {
            LocalDate due = l.due(Kind.REVIEW_REQUEST, c.answeredOn, cal);
            if (!today.isAfter(due)) {
                out.add(new PetitionCase.Clock("可申请复查至", l.limit(Kind.REVIEW_REQUEST).article(),
                        l.limit(Kind.REVIEW_REQUEST).text(), c.answeredOn, due, null, ClockLight.GREEN));
            }
        }
        for (PetitionCase.Review r : reviews) {
            Kind k = r.kind().equals("复核") ? Kind.RECHECK_ANSWER : Kind.REVIEW_ANSWER;
            PetitionCase.Clock x = clock(k, r.requestedOn(), r.dueOn(), r.answeredOn(), today, warn, cal);
            if (r.hearingFrom() != null) {
                x = new PetitionCase.Clock(x.label() + "（不含听证" + r.hearingDays() + "日"
                        + (r.hearingTo() == null && r.answeredOn() == null ? "，听证中暂停计时" : "") + "）", x.article(),
                        x.limit(), x.from(), x.due(), x.stoppedOn(), x.light());
            }
            out.add(x);
        }
        return out;
    }

    private PetitionCase.Clock clock(Kind k, LocalDate from, LocalDate due, LocalDate stopped, LocalDate today,
            int warn, WorkingDayCalendar cal) {
        PetitionLimits.Limit limit = settings.limits().limit(k);
        return new PetitionCase.Clock(k.label(), limit.article(), limit.text(), from, due, stopped,
                ClockLight.of(due, stopped, today, warn, cal));
    }

    /**
     * Case list (no personal data) for who may see it, newest first; {@code leaderOnly}: the user's open 包案 cases
     * (not yet answered, or 积案 not yet resolved).
     */
    @Transactional(readOnly = true)
    public List<CaseRow> list(String text, boolean leaderOnly, boolean backlogOnly, int limit, CurrentUser me) {
        PetitionAccess access = settings.access();
        StringBuilder where = new StringBuilder(" where true");
        Map<String, Object> p = new LinkedHashMap<>();
        if (leaderOnly) {
            Long personId = org.personIdOf(me.id()).orElse(-1L);
            // the leader's open work: cases not yet answered and 积案 not yet resolved
            where.append(" and c.leader_person_id = :leader and (c.answered_on is null"
                    + " or (c.backlog and c.backlog_resolved_on is null))");
            p.put("leader", personId);
        } else if (!me.seesEverything() && !access.atOffice(me)) {
            where.append(" and (c.lead_unit_id = :unit or exists (select 1 from petition_case_unit u "
                    + "where u.case_id = c.id and u.unit_id = :unit))");
            p.put("unit", me.unitId());
        }
        if (backlogOnly) {
            where.append(" and c.backlog");
        }
        if (text != null && !text.isBlank()) {
            where.append(" and (c.title ilike :text or c.case_no ilike :text)");
            p.put("text", "%" + text.trim().replace("%", "\\%") + "%");
        }
        p.put("limit", Math.max(1, Math.min(limit, 500)));
        WorkingDayCalendar cal = calendar();
        PetitionLimits l = settings.limits();
        LocalDate today = today();
        return jdbc.sql("""
                select c.id, c.case_no, c.title, k.name category, c.channel, c.level, c.received_on, c.status,
                  u.full_name unit_name, pe.name leader_name, c.backlog, c.task_id, c.accepted_on, c.extension_days,
                  c.answered_on, c.transferred_on,
                  (select count(*) from petition_visit v where v.case_id = c.id) visits
                from petition_case c join petition_category k on k.id = c.category_id
                left join unit u on u.id = c.lead_unit_id left join person pe on pe.id = c.leader_person_id
                """ + where + " order by c.received_on desc, c.id desc limit :limit").params(p)
                .query((rs, n) -> {
                    LocalDate received = rs.getObject("received_on", LocalDate.class);
                    LocalDate accepted = rs.getObject("accepted_on", LocalDate.class);
                    LocalDate answered = rs.getObject("answered_on", LocalDate.class);
                    LocalDate due;
                    ClockLight light;
                    if (accepted == null) {
                        LocalDate from = rs.getObject("transferred_on", LocalDate.class);
                        due = l.due(Kind.ACCEPTANCE, from == null ? received : from, cal);
                        light = ClockLight.of(due, null, today, settings.warnWorkingDays(), cal);
                    } else {
                        due = l.handlingDue(accepted, rs.getInt("extension_days"), cal);
                        light = ClockLight.of(due, answered, today, settings.warnWorkingDays(), cal);
                    }
                    return new CaseRow(rs.getLong("id"), rs.getString("case_no"), rs.getString("title"),
                            rs.getString("category"), Channel.valueOf(rs.getString("channel")),
                            Level.valueOf(rs.getString("level")), received, rs.getString("status"),
                            rs.getString("unit_name"), rs.getString("leader_name"), rs.getBoolean("backlog"),
                            (Long) rs.getObject("task_id"), due, light, rs.getInt("visits"));
                }).list();
    }

    /** The user as a 包案领导: their person, if they are a district leader. */
    public Optional<Person> leaderOf(CurrentUser me) {
        return org.personIdOf(me.id()).flatMap(org::person).filter(Person::leader);
    }

    // ---- clock pass and warnings ----------------------------------------------------------------------------------

    /** What one clock pass found. */
    public record PassResult(int open, int yellow, int red, int findings) {
    }

    /**
     * 时限巡检: the lights of all open cases; a supervised case (with a ledger task) whose clock is red or yellow puts
     * a finding on its task (source "petitions"), and a green one clears it.
     */
    @Transactional
    public PassResult clockPass() {
        WorkingDayCalendar cal = calendar();
        PetitionLimits l = settings.limits();
        LocalDate today = today();
        int warn = settings.warnWorkingDays();
        int[] counts = new int[4];
        List<PetitionLedger.Light> lights = new ArrayList<>();
        jdbc.sql("""
                select id, case_no, received_on, transferred_on, accepted_on, extension_days, task_id
                from petition_case where answered_on is null""").query((ResultSet rs) -> {
                    counts[0]++;
                    LocalDate received = rs.getObject(3, LocalDate.class);
                    LocalDate transferred = rs.getObject(4, LocalDate.class);
                    LocalDate accepted = rs.getObject(5, LocalDate.class);
                    LocalDate due = accepted == null
                            ? l.due(Kind.ACCEPTANCE, transferred == null ? received : transferred, cal)
                            : l.handlingDue(accepted, rs.getInt(6), cal);
                    ClockLight light = ClockLight.of(due, null, today, warn, cal);
                    if (light == ClockLight.YELLOW) {
                        counts[1]++;
                    } else if (light == ClockLight.RED) {
                        counts[2]++;
                    }
                    long taskId = rs.getLong(7);
                    if (!rs.wasNull()) {
                        lights.add(new PetitionLedger.Light(taskId, rs.getLong(1), rs.getString(2), light, due));
                    }
                });
        counts[3] = ledger.findings(lights);
        return new PassResult(counts[0], counts[1], counts[2], counts[3]);
    }

    /** An early warning on a case or a person (no personal data: the case number stands for the person). */
    public record WarningRow(String subject, long caseId, String caseNo, EarlyWarning.Warning warning) {
    }

    /** 信访预警: the cases and the petitioners (by blind index) rising toward the province or the nation. */
    @Transactional(readOnly = true)
    public List<WarningRow> warnings(CurrentUser me) {
        if (!settings.access().seesStatistics(me)) {
            throw new ForbiddenException("无权查看信访预警");
        }
        EarlyWarning rule = settings.warning();
        LocalDate today = today();
        LocalDate from = today.minusDays(rule.windowDays());
        Map<Long, List<EarlyWarning.Visit>> byCase = new LinkedHashMap<>();
        Map<String, List<EarlyWarning.Visit>> byPerson = new LinkedHashMap<>();
        Map<String, Long> personCase = new LinkedHashMap<>();
        jdbc.sql("""
                select v.case_id, v.visited_on, v.level, v.people, coalesce(p.id_number_index, p.phone_index, p.id::text)
                from petition_visit v join petition_case_person cp on cp.case_id = v.case_id and not cp.representative
                join petition_person p on p.id = cp.person_id
                where v.visited_on between ? and ? order by v.visited_on""").params(from, today)
                .query((ResultSet rs) -> {
                    EarlyWarning.Visit x = new EarlyWarning.Visit(rs.getObject(2, LocalDate.class),
                            Level.valueOf(rs.getString(3)), rs.getInt(4));
                    long caseId = rs.getLong(1);
                    byCase.computeIfAbsent(caseId, k -> new ArrayList<>()).add(x);
                    String key = rs.getString(5);
                    byPerson.computeIfAbsent(key, k -> new ArrayList<>()).add(x);
                    personCase.put(key, caseId);
                });
        Map<Long, String> numbers = new LinkedHashMap<>();
        List<WarningRow> out = new ArrayList<>();
        for (var e : byCase.entrySet()) {
            rule.assess(e.getValue(), today).ifPresent(w -> out.add(new WarningRow("同一事项", e.getKey(),
                    numbers.computeIfAbsent(e.getKey(), this::caseNo), w)));
        }
        for (var e : byPerson.entrySet()) {
            long caseId = personCase.get(e.getKey());
            List<EarlyWarning.Visit> own = byCase.getOrDefault(caseId, List.of());
            if (e.getValue().size() > own.size()) { // only when the person spans several cases
                rule.assess(e.getValue(), today).ifPresent(w -> out.add(new WarningRow("同一信访人（跨件）", caseId,
                        numbers.computeIfAbsent(caseId, this::caseNo), w)));
            }
        }
        out.sort((a, b) -> a.warning().severity() == b.warning().severity() ? a.caseNo().compareTo(b.caseNo())
                : b.warning().severity().compareTo(a.warning().severity()));
        return out;
    }

    private String caseNo(long id) {
        return jdbc.sql("select case_no from petition_case where id = ?").param(id).query(String.class).single();
    }

    // ---- internals ------------------------------------------------------------------------------------------------

    private void requireRegistrar(CurrentUser me) {
        if (!settings.access().mayRegister(me)) {
            throw new ForbiddenException("只有信访局和督查室可以办理信访件");
        }
    }

    private boolean isLeaderOf(Row c, CurrentUser me) {
        return me.isLeader() && c.leaderPersonId != null
                && org.personIdOf(me.id()).map(c.leaderPersonId::equals).orElse(false);
    }

    private static AuditLog.Subject subject(long caseId, Long taskId) {
        return new AuditLog.Subject(ENTITY, caseId, taskId, null);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** The stored case as the service needs it. */
    record Row(long id, String caseNo, String title, String summary, String category, Channel channel, Level level,
            boolean repeat, int groupSize, LocalDate receivedOn, LocalDate transferredOn, LocalDate acceptedOn,
            int extensionDays, String extensionReason, LocalDate answeredOn, boolean resolved, String status,
            Long leadUnitId, String leadUnitName, Long leaderPersonId, String leaderName, boolean accusation,
            Long accusedUnitId, String accusationSealed, boolean backlog, LocalDate backlogSince,
            LocalDate backlogResolvedOn, Long taskId, int version) {
    }

    private Row row(long id) {
        return jdbc.sql("""
                select c.*, k.name category, u.full_name unit_name, pe.name leader_name
                from petition_case c join petition_category k on k.id = c.category_id
                left join unit u on u.id = c.lead_unit_id left join person pe on pe.id = c.leader_person_id
                where c.id = ?""").param(id).query(PetitionService::row).optional()
                .orElseThrow(() -> new NotFoundException("信访件", id));
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getLong("id"), rs.getString("case_no"), rs.getString("title"), rs.getString("summary"),
                rs.getString("category"), Channel.valueOf(rs.getString("channel")),
                Level.valueOf(rs.getString("level")), rs.getBoolean("repeat_petition"), rs.getInt("group_size"),
                rs.getObject("received_on", LocalDate.class), rs.getObject("transferred_on", LocalDate.class),
                rs.getObject("accepted_on", LocalDate.class), rs.getInt("extension_days"),
                rs.getString("extension_reason"), rs.getObject("answered_on", LocalDate.class),
                rs.getBoolean("resolved"), rs.getString("status"), (Long) rs.getObject("lead_unit_id"),
                rs.getString("unit_name"), (Long) rs.getObject("leader_person_id"), rs.getString("leader_name"),
                rs.getBoolean("accusation"), (Long) rs.getObject("accused_unit_id"), rs.getString("accusation_text"),
                rs.getBoolean("backlog"), rs.getObject("backlog_since", LocalDate.class),
                rs.getObject("backlog_resolved_on", LocalDate.class), (Long) rs.getObject("task_id"),
                rs.getInt("version"));
    }
}
