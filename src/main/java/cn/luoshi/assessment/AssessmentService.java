package cn.luoshi.assessment;

import cn.luoshi.assessment.SchemeDefinition.GroupDef;
import cn.luoshi.assessment.SchemeDefinition.IndicatorDef;
import cn.luoshi.audit.AuditAction;
import cn.luoshi.audit.AuditLog;
import cn.luoshi.calendar.ChinaDate;
import cn.luoshi.calendar.WorkingCalendars;
import cn.luoshi.common.ConflictException;
import cn.luoshi.common.ForbiddenException;
import cn.luoshi.common.InvalidInputException;
import cn.luoshi.common.Json;
import cn.luoshi.common.NotFoundException;
import cn.luoshi.common.UnitFact;
import cn.luoshi.common.WorkArrived;
import cn.luoshi.org.CurrentUser;
import cn.luoshi.org.OrgDirectory;
import cn.luoshi.org.Role;
import cn.luoshi.org.Unit;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 绩效考核 — schemes, scoring runs, explanation, what-if, publication and appeals. Who may do what:
 * <ul>
 * <li>the 考核办 (督查室 users, admins, or the users of the unit named by {@code luoshi.assessment.office-unit}) edits
 * schemes, enters manual values, scores, publishes and decides appeals;</li>
 * <li>区领导, 督查室 and read-only users see every unit; a unit's users see their own unit's line and explanation only
 * (other units are 404 to them) and may appeal their own lines.</li>
 * </ul>
 */
@Service
public class AssessmentService {

    /** Evidence files: at most 10 MB, PDF, images, Office documents. */
    public static final long MAX_FILE = 10L * 1024 * 1024;
    public static final Set<String> FILE_TYPES = Set.of("application/pdf", "image/png", "image/jpeg",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    /** An uploaded file (from the web layer). */
    public record Upload(String name, String contentType, byte[] content) {
    }

    private final AssessmentStore store;
    private final List<SourceReader> readers;
    private final OrgDirectory org;
    private final AuditLog audit;
    private final Clock clock;
    private final WorkingCalendars calendars;
    private final ApplicationEventPublisher events;
    private final String officeUnit;

    AssessmentService(AssessmentStore store, List<SourceReader> readers, OrgDirectory org, AuditLog audit, Clock clock,
            WorkingCalendars calendars, ApplicationEventPublisher events,
            @Value("${luoshi.assessment.office-unit:考核办}") String officeUnit) {
        this.store = store;
        this.readers = readers;
        this.org = org;
        this.audit = audit;
        this.clock = clock;
        this.calendars = calendars;
        this.events = events;
        this.officeUnit = officeUnit;
    }

    // ---- who -------------------------------------------------------------------------------------------------------

    /** 考核办: 督查室, admin, or a user of the configured office unit. */
    public boolean manages(CurrentUser me) {
        return me.role() == Role.SUPERVISOR || me.role() == Role.ADMIN
                || (me.unitName() != null && me.unitName().equals(officeUnit));
    }

    public boolean seesAll(CurrentUser me) {
        return manages(me) || me.seesEverything();
    }

    private void requireManager(CurrentUser me) {
        if (!manages(me)) {
            throw new ForbiddenException("只有考核办（督查室）可以进行此操作");
        }
    }

    private LocalDate today() {
        return ChinaDate.today(clock);
    }

    // ---- schemes ---------------------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public List<SchemeSummary> schemes() {
        return store.schemes();
    }

    @Transactional(readOnly = true)
    public SchemeSummary scheme(long id) {
        return store.scheme(id).orElseThrow(() -> new NotFoundException("考核办法", id));
    }

    @Transactional(readOnly = true)
    public SchemeDefinition definition(long id) {
        scheme(id);
        return store.definition(id).definition();
    }

    private Map<String, Long> knownUnits() {
        Map<String, Long> m = new HashMap<>();
        for (Unit u : org.units()) {
            m.put(u.fullName(), u.id());
            m.put(u.shortName(), u.id());
        }
        return m;
    }

    private Map<String, Long> validate(SchemeDefinition d) {
        Map<String, Long> known = knownUnits();
        SchemeRules.check(d, known.keySet()).throwIfAny();
        return known;
    }

    /** A new draft 考核办法 (version = the year's next). Validated as a whole; nothing is saved when anything fails. */
    @Transactional
    public long createScheme(SchemeDefinition d, CurrentUser me) {
        requireManager(me);
        Map<String, Long> units = validate(d);
        long id = store.insertScheme(d, store.nextVersion(d.year()), me.auditName());
        store.replaceDraft(id, d, units);
        audit.record(me.auditName(), AuditAction.CREATE, new AuditLog.Subject("考核办法", id, null, null),
                "新建考核办法「" + d.title() + "」", null, Map.of("definition", Json.write(d)));
        return id;
    }

    /** Replaces a draft: a published version never changes (409), a stale edit is 409, rules are 400. */
    @Transactional
    public void updateScheme(long id, int rowVersion, SchemeDefinition d, CurrentUser me) {
        requireManager(me);
        SchemeSummary s = store.schemeForUpdate(id).orElseThrow(() -> new NotFoundException("考核办法", id));
        if (s.published()) {
            throw new ConflictException("考核办法「" + s.title() + "」（" + s.year() + "年第" + s.version()
                    + "版）已发布，不能修改；如需调整，请另建新版本");
        }
        if (s.rowVersion() != rowVersion) {
            throw ConflictException.staleEdit();
        }
        if (d.year() != s.year()) {
            throw InvalidInputException.of("year", "草稿的考核年度不能修改（" + s.year() + "年）");
        }
        Map<String, Long> units = validate(d);
        SchemeDefinition before = store.definition(id).definition();
        store.replaceDraft(id, d, units);
        audit.record(me.auditName(), AuditAction.UPDATE, new AuditLog.Subject("考核办法", id, null, null),
                "修改考核办法草稿「" + d.title() + "」", Map.of("definition", Json.write(before)),
                Map.of("definition", Json.write(d)));
    }

    @Transactional
    public void publishScheme(long id, int rowVersion, CurrentUser me) {
        requireManager(me);
        SchemeSummary s = store.schemeForUpdate(id).orElseThrow(() -> new NotFoundException("考核办法", id));
        if (s.published()) {
            throw new ConflictException("该考核办法已发布");
        }
        if (s.rowVersion() != rowVersion) {
            throw ConflictException.staleEdit();
        }
        SchemeRules.check(store.definition(id).definition(), knownUnits().keySet()).throwIfAny();
        store.publishScheme(id, me.auditName(), clock.instant());
        audit.record(me.auditName(), AuditAction.TRANSITION, new AuditLog.Subject("考核办法", id, null, null),
                "发布考核办法「" + s.title() + "」（" + s.year() + "年第" + s.version() + "版）", Map.of("status", "草稿"),
                Map.of("status", "已发布"));
    }

    /** A new draft version copied from any version of the same year. */
    @Transactional
    public long newVersion(long id, CurrentUser me) {
        requireManager(me);
        scheme(id);
        SchemeDefinition d = store.definition(id).definition();
        return createScheme(d, me);
    }

    // ---- manual entries --------------------------------------------------------------------------------------------

    /** 手工录入 with evidence: range-checked against the indicator's declared range, file size/type-checked. */
    @Transactional
    public void enterManual(long schemeId, String code, long unitId, BigDecimal value, String note, Upload file,
            CurrentUser me) {
        requireManager(me);
        SchemeDefinition d = frozenDefinition(schemeId);
        IndicatorDef ind = d.groups().stream().flatMap(g -> g.indicators().stream())
                .filter(i -> i.code().equals(code) && i.source() == SourceKey.MANUAL).findFirst()
                .orElseThrow(() -> InvalidInputException.of("code", "考核办法中没有手工录入的指标「" + code + "」"));
        if (value == null) {
            throw InvalidInputException.of("value", "请填写「" + ind.name() + "」的数值");
        }
        double lo = ((Number) ind.sourceParams().get("min")).doubleValue();
        double hi = ((Number) ind.sourceParams().get("max")).doubleValue();
        if (value.doubleValue() < lo || value.doubleValue() > hi) {
            throw InvalidInputException.of("value", "「" + ind.name() + "」的数值须在" + Scorer.num(lo) + "到"
                    + Scorer.num(hi) + "之间，录入的是" + value.stripTrailingZeros().toPlainString());
        }
        if (note != null && note.length() > 500) {
            throw InvalidInputException.of("note", "说明最多500个字");
        }
        checkFile(file);
        org.unit(unitId).orElseThrow(() -> InvalidInputException.of("unitId", "单位不存在"));
        store.saveManual(d.year(), code, unitId, value, note, file == null ? null : file.name(),
                file == null ? null : file.contentType(), file == null ? null : file.content(), me.auditName());
        audit.record(me.auditName(), AuditAction.UPDATE, new AuditLog.Subject("考核手工录入", unitId, null, null),
                "录入「" + ind.name() + "」" + value.stripTrailingZeros().toPlainString(), null,
                Map.of("year", d.year(), "code", code, "unitId", unitId, "value", value.toPlainString()));
    }

    private static void checkFile(Upload file) {
        if (file == null) {
            return;
        }
        if (file.content().length > MAX_FILE) {
            throw InvalidInputException.of("file", "佐证材料不能超过10MB");
        }
        if (!FILE_TYPES.contains(file.contentType())) {
            throw InvalidInputException.of("file", "佐证材料只能是PDF、图片（PNG/JPG）、Word或Excel文件");
        }
    }

    /** An evidence file: the 考核办 and those who see all; a unit its own. */
    @Transactional(readOnly = true)
    public Upload evidence(long id, boolean appeal, CurrentUser me) {
        Object[] row = (appeal ? store.appealEvidence(id) : store.evidence(id))
                .orElseThrow(() -> new NotFoundException("佐证材料", id));
        if (!seesAll(me) && !me.belongsTo((Long) row[3])) {
            throw new NotFoundException("佐证材料", id);
        }
        return new Upload((String) row[0], (String) row[1], (byte[]) row[2]);
    }

    // ---- scoring ---------------------------------------------------------------------------------------------------

    /** Reads every source and scores every group. Nothing is stored. */
    public List<Scorer.UnitScore> score(SchemeDefinition d, Map<String, Long> unitIds, LocalDate to) {
        SourceReader.Period period = SourceReader.Period.of(d.year(), to);
        Map<SourceKey, SourceReader> bySource = new HashMap<>();
        readers.forEach(r -> r.keys().forEach(k -> bySource.put(k, r)));
        List<Scorer.UnitScore> out = new ArrayList<>();
        for (GroupDef g : d.groups()) {
            Map<Long, String> units = new LinkedHashMap<>();
            g.units().forEach(n -> units.put(unitIds.get(n), n));
            Map<String, Map<Long, Reading>> readings = new HashMap<>();
            for (IndicatorDef ind : g.indicators()) {
                Map<String, Object> params = new HashMap<>(ind.sourceParams());
                params.put("__code", ind.code());
                readings.put(ind.code(), bySource.get(ind.source()).read(ind.source(), params, units.keySet(), period));
            }
            out.addAll(Scorer.scoreGroup(d, g, units, readings));
        }
        return out;
    }

    /** Scores a published scheme for a quarter (预评, to the quarter's end) or the year (年度) and keeps the result. */
    @Transactional
    public long compute(long schemeId, String kind, Integer quarter, CurrentUser me) {
        requireManager(me);
        SchemeSummary s = scheme(schemeId);
        if (!s.published()) {
            throw new ConflictException("考核办法尚未发布，不能计分（草稿可以修改，计分须依据已发布的版本）");
        }
        boolean fin = "FINAL".equals(kind);
        if (!fin && (quarter == null || quarter < 1 || quarter > 4)) {
            throw InvalidInputException.of("quarter", "预评须选择第1至第4季度");
        }
        LocalDate from = LocalDate.of(s.year(), 1, 1);
        LocalDate end = fin ? LocalDate.of(s.year(), 12, 31) : LocalDate.of(s.year(), quarter * 3, 1).plusMonths(1).minusDays(1);
        // read up to today when the period has not ended yet (a task due next week is not late today)
        LocalDate to = end.isAfter(today()) ? today() : end;
        if (to.isBefore(from)) {
            throw InvalidInputException.of("quarter", "统计期尚未开始，不能计分");
        }
        var loaded = store.definition(schemeId);
        List<Scorer.UnitScore> scores = score(loaded.definition(), loaded.unitIds(), to);
        long runId = store.insertRun(schemeId, fin ? "FINAL" : "PREVIEW", fin ? null : quarter, from, to, "COMPUTED", 1,
                null, "[]", "[]", me.auditName());
        store.insertUnits(runId, scores, groupSeq(loaded.definition()));
        audit.record(me.auditName(), AuditAction.CREATE, new AuditLog.Subject("考核结果", runId, null, null),
                "计算" + s.year() + "年" + (fin ? "年度考核" : "第" + quarter + "季度预评") + "（" + scores.size() + "个单位）",
                null, Map.of("schemeId", schemeId, "to", to.toString()));
        return runId;
    }

    private static Map<String, Integer> groupSeq(SchemeDefinition d) {
        Map<String, Integer> m = new HashMap<>();
        for (int i = 0; i < d.groups().size(); i++) {
            m.put(d.groups().get(i).name(), i);
        }
        return m;
    }

    @Transactional(readOnly = true)
    public List<Run> runs(long schemeId) {
        return store.runs(schemeId);
    }

    @Transactional(readOnly = true)
    public Run run(long runId, CurrentUser me) {
        Run r = store.run(runId).orElseThrow(() -> new NotFoundException("考核结果", runId));
        if (!seesAll(me) && !r.published()) {
            throw new NotFoundException("考核结果", runId); // units see published results only
        }
        return r;
    }

    /** The score sheet of a run; a unit user gets only its own line. */
    public record ScoreSheet(Run run, SchemeSummary scheme, List<GroupSheet> groups, List<Appeal> appeals,
            boolean full) {
    }

    public record GroupSheet(String name, List<Scorer.Line> columns, List<SheetRow> rows) {
    }

    public record SheetRow(UnitResult unit, List<Scorer.Line> lines) {
    }

    private static final tools.jackson.databind.json.JsonMapper MAPPER = tools.jackson.databind.json.JsonMapper
            .builder().findAndAddModules().build();

    /** The stored lines, with their facts when they were read. */
    @SuppressWarnings("unchecked")
    static List<Scorer.Line> lines(UnitResult u) {
        List<Scorer.Line> ls = Arrays.asList(Json.read(u.linesJson(), Scorer.Line[].class));
        if (u.factsJson() == null) {
            return ls;
        }
                tools.jackson.databind.JsonNode tree = MAPPER.readTree(u.factsJson());
        List<Scorer.Line> out = new ArrayList<>(ls.size());
        for (Scorer.Line l : ls) {
            tools.jackson.databind.JsonNode f = tree.get(l.code());
            List<UnitFact> fs = f == null ? List.of() : Arrays.asList(MAPPER.treeToValue(f, UnitFact[].class));
            out.add(new Scorer.Line(l.code(), l.category(), l.name(), l.method(), l.kind(), l.weight(), l.source(),
                    l.value(), l.good(), l.total(), l.valueText(), l.points(), l.lost(), l.how(), l.noData(), fs));
        }
        return out;
    }

    @Transactional(readOnly = true)
    public ScoreSheet sheet(long runId, CurrentUser me) {
        Run r = run(runId, me);
        boolean full = seesAll(me);
        Map<String, GroupSheet> groups = new LinkedHashMap<>();
        for (UnitResult u : store.units(runId, true)) {
            if (!full && !me.belongsTo(u.unitId())) {
                continue;
            }
            List<Scorer.Line> ls = lines(u);
            groups.computeIfAbsent(u.group(), g -> new GroupSheet(g, ls, new ArrayList<>())).rows()
                    .add(new SheetRow(u, ls));
        }
        List<Appeal> appeals = store.appeals(runId).stream().filter(a -> full || me.belongsTo(a.unitId())).toList();
        return new ScoreSheet(r, scheme(r.schemeId()), List.copyOf(groups.values()), appeals, full);
    }

    /** One unit's score line by line down to the facts. Units other than the caller's own are 404 to unit users. */
    public record Explanation(Run run, SchemeSummary scheme, UnitResult unit, List<Scorer.Line> lines, int groupSize,
            String gradeRules, String noData, List<Appeal> appeals, boolean mayAppeal, LocalDate appealUntil) {

        public BigDecimal lost() {
            return lines.stream().filter(l -> l.kind() == Method.Kind.SCORE || l.kind() == Method.Kind.DEDUCTION)
                    .map(Scorer.Line::lost).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    @Transactional(readOnly = true)
    public Explanation explanation(long runId, long unitId, CurrentUser me) {
        Run r = run(runId, me);
        if (!seesAll(me) && !me.belongsTo(unitId)) {
            throw new NotFoundException("考核单位", unitId);
        }
        UnitResult u = store.unit(runId, unitId).orElseThrow(() -> new NotFoundException("考核单位", unitId));
        SchemeDefinition d = frozenDefinition(r.schemeId());
        int size = d.groups().stream().filter(g -> g.name().equals(u.group())).findFirst().map(g -> g.units().size())
                .orElse(0);
        boolean mayAppeal = r.published() && me.belongsTo(unitId) && r.appealUntil() != null
                && !today().isAfter(r.appealUntil());
        return new Explanation(r, scheme(r.schemeId()), u, lines(u), size, d.gradeRules().describe(),
                d.noData().label(), store.appeals(runId).stream().filter(a -> a.unitId() == unitId).toList(), mayAppeal,
                r.appealUntil());
    }

    // ---- what-if ---------------------------------------------------------------------------------------------------

    /** A what-if: the unit before and after, and its group re-ranked. Nothing is saved. */
    public record WhatIf(UnitResult before, Scorer.UnitScore after, List<Scorer.UnitScore> group) {

        public BigDecimal delta() {
            return after.total().subtract(before.total());
        }
    }

    /**
     * Re-scores the unit's group with changed inputs for the unit: {@code values} by indicator code (null or absent:
     * unchanged), and {@code moreOnTime} tasks completed on time added to the 按时办结率 lines (within the tasks due).
     */
    @Transactional(readOnly = true)
    public WhatIf whatIf(long runId, long unitId, Map<String, Double> values, int moreOnTime, CurrentUser me) {
        Run r = run(runId, me);
        if (!seesAll(me) && !me.belongsTo(unitId)) {
            throw new NotFoundException("考核单位", unitId);
        }
        String groupName = store.groupOf(runId, unitId).orElseThrow(() -> new NotFoundException("考核单位", unitId));
        SchemeDefinition d = frozenDefinition(r.schemeId());
        GroupDef g = d.groups().stream().filter(x -> x.name().equals(groupName)).findFirst()
                .orElseThrow(() -> new NotFoundException("考核组", 0L));
        List<UnitResult> stored = store.groupUnits(runId, g.name());
        UnitResult before = stored.stream().filter(u -> u.unitId() == unitId).findFirst().orElseThrow();
        Map<Long, String> units = new LinkedHashMap<>();
        Map<String, Map<Long, Reading>> readings = new HashMap<>();
        for (UnitResult u : stored) {
            units.put(u.unitId(), u.unitName());
            for (Scorer.Line l : lines(u)) {
                Reading rd = reading(l);
                if (u.unitId() == unitId) {
                    Double nv = values == null ? null : values.get(l.code());
                    if (nv != null && (l.value() == null || !nv.equals(l.value()))) {
                        rd = new Reading(nv, null, null, "假设值", l.facts());
                    } else if (moreOnTime > 0 && l.source() == SourceKey.LEDGER_ON_TIME_RATE && l.total() != null
                            && l.total() > 0) {
                        int good = Math.min(l.total(), l.good() + moreOnTime);
                        rd = Reading.rate(good, l.total(), "到期任务", l.facts());
                    }
                }
                readings.computeIfAbsent(l.code(), k -> new HashMap<>()).put(u.unitId(), rd);
            }
        }
        List<Scorer.UnitScore> after = Scorer.scoreGroup(d, g, units, readings);
        Scorer.UnitScore mine = after.stream().filter(x -> x.unitId() == unitId).findFirst().orElseThrow();
        return new WhatIf(before, mine, after);
    }

    /** Published definitions never change: kept once read (a draft is always read afresh). */
    private final Map<Long, SchemeDefinition> frozen = new java.util.concurrent.ConcurrentHashMap<>();

    private SchemeDefinition frozenDefinition(long schemeId) {
        SchemeDefinition d = frozen.get(schemeId);
        if (d == null) {
            d = store.definition(schemeId).definition();
            if (scheme(schemeId).published()) {
                frozen.put(schemeId, d);
            }
        }
        return d;
    }

    private static Reading reading(Scorer.Line l) {
        String note = l.noData() && l.valueText().startsWith("无数据；") ? l.valueText().substring(4) : null;
        return new Reading(l.value(), l.good(), l.total(), note, l.facts());
    }

    // ---- publication and appeals -----------------------------------------------------------------------------------

    /** 发布: numbered 〔年〕N号, frozen; the appeal window runs N working days (calendar in force) from today. */
    @Transactional
    public void publish(long runId, int rowVersion, CurrentUser me) {
        requireManager(me);
        Run r = store.runForUpdate(runId).orElseThrow(() -> new NotFoundException("考核结果", runId));
        if (!"COMPUTED".equals(r.status())) {
            throw new ConflictException("该考核结果已发布或已被新版本取代，不能再次发布");
        }
        if (r.rowVersion() != rowVersion) {
            throw ConflictException.staleEdit();
        }
        SchemeDefinition d = store.definition(r.schemeId()).definition();
        int year = today().getYear();
        int seq = store.nextIssue(year);
        String number = "〔" + year + "〕" + seq + "号";
        LocalDate until = calendars.current().addWorkingDays(today(), d.appealDays());
        store.markPublished(runId, year, seq, number, me.auditName(), clock.instant(), until);
        audit.record(me.auditName(), AuditAction.TRANSITION, new AuditLog.Subject("考核结果", runId, null, null),
                "发布" + r.kindLabel() + "结果 " + number + "，申诉截止 " + until, Map.of("status", "已计算"),
                Map.of("status", "已发布", "number", number));
        for (UnitResult u : store.units(runId, false)) {
            events.publishEvent(WorkArrived.toUnit("ASSESSMENT_PUBLISHED", "考核结果发布", "ASSESSMENT_RUN", runId,
                    "published-" + runId, u.unitId(), r.kindLabel() + " " + number, "本单位" + r.kindLabel() + "总分"
                            + u.total().toPlainString() + "分，" + u.grade().label() + "。如有异议，请于" + until + "前申诉。",
                    "/assessment/runs/" + runId + "/units/" + u.unitId()));
        }
    }

    /** 申诉: the unit's own line of a published result, within the appeal window, with a claim and evidence. */
    @Transactional
    public long appeal(long runId, long unitId, String code, String claim, BigDecimal requested, Upload file,
            CurrentUser me) {
        Run r = store.runForUpdate(runId).orElseThrow(() -> new NotFoundException("考核结果", runId));
        if (!me.belongsTo(unitId)) {
            throw new ForbiddenException("只能对本单位的考核结果提出申诉");
        }
        if (!r.published()) {
            throw new ConflictException("只能对已发布的现行考核结果提出申诉");
        }
        if (today().isAfter(r.appealUntil())) {
            throw InvalidInputException.of("claim", "申诉期限已过：" + r.number() + " 的申诉截止日期为" + r.appealUntil()
                    + "（发布后" + store.definition(r.schemeId()).definition().appealDays() + "个工作日），逾期不予受理");
        }
        UnitResult u = store.unit(runId, unitId).orElseThrow(() -> new NotFoundException("考核单位", unitId));
        Scorer.Line line = lines(u).stream().filter(l -> l.code().equals(code)).findFirst()
                .orElseThrow(() -> InvalidInputException.of("code", "请选择要申诉的指标"));
        if (claim == null || claim.isBlank() || claim.length() > 2000) {
            throw InvalidInputException.of("claim", "请填写申诉理由（最多2000字）");
        }
        checkFile(file);
        if (store.appeals(runId).stream().anyMatch(a -> a.unitId() == unitId && a.code().equals(code)
                && "PENDING".equals(a.status()))) {
            throw new ConflictException("该指标已有待裁定的申诉");
        }
        long id = store.insertAppeal(runId, unitId, code, line.name(), claim.trim(), requested,
                file == null ? null : file.name(), file == null ? null : file.contentType(),
                file == null ? null : file.content(), me.auditName());
        audit.record(me.auditName(), AuditAction.CREATE, new AuditLog.Subject("考核申诉", id, null, null),
                u.unitName() + "对「" + line.name() + "」提出申诉", null, Map.of("claim", claim.trim()));
        events.publishEvent(WorkArrived.toSupervisors("ASSESSMENT_APPEAL", "考核申诉", "ASSESSMENT_APPEAL", id,
                "filed", u.unitName() + "：" + line.name(), u.unitName() + "对" + r.title() + "中「" + line.name()
                        + "」提出申诉，请裁定。", "/assessment/runs/" + runId + "/units/" + unitId));
        return id;
    }

    /**
     * 裁定: the 考核办 accepts (with the adjusted value: a NEW published version of the whole result, rescored, with
     * the change logged and diffed; the old version is kept, SUPERSEDED) or rejects, always with a reason.
     */
    @Transactional
    public Long decide(long appealId, boolean accept, String reason, BigDecimal adjusted, int rowVersion,
            CurrentUser me) {
        requireManager(me);
        Appeal a = store.appeal(appealId, true).orElseThrow(() -> new NotFoundException("申诉", appealId));
        if (!"PENDING".equals(a.status())) {
            throw new ConflictException("该申诉已裁定");
        }
        if (a.rowVersion() != rowVersion) {
            throw ConflictException.staleEdit();
        }
        if (reason == null || reason.isBlank() || reason.length() > 2000) {
            throw InvalidInputException.of("reason", "请填写裁定理由（最多2000字）");
        }
        Run r = store.runForUpdate(a.runId()).orElseThrow();
        if (!r.published()) {
            throw new ConflictException("该结果已被新版本取代，请在现行版本上提出申诉");
        }
        Long newRun = null;
        if (accept) {
            if (adjusted == null) {
                throw InvalidInputException.of("adjusted", "采纳申诉须填写调整后的指标数值");
            }
            newRun = newVersion(r, a, adjusted, reason.trim(), me);
        }
        store.decideAppeal(appealId, accept ? "ACCEPTED" : "REJECTED", reason.trim(), accept ? adjusted : null,
                me.auditName(), clock.instant(), newRun);
        audit.record(me.auditName(), AuditAction.TRANSITION, new AuditLog.Subject("考核申诉", appealId, null, null),
                (accept ? "采纳" : "不予采纳") + a.unitName() + "对「" + a.lineName() + "」的申诉：" + reason.trim(),
                Map.of("status", "待裁定"), Map.of("status", accept ? "已采纳" : "未采纳"));
        events.publishEvent(WorkArrived.toUnit("ASSESSMENT_APPEAL_DECIDED", "申诉裁定", "ASSESSMENT_APPEAL", appealId,
                "decided", a.unitId(), a.lineName(), "对「" + a.lineName() + "」的申诉" + (accept ? "已采纳，考核结果已更新为新版本"
                        : "未予采纳") + "。理由：" + reason.trim(), "/assessment/runs/" + (newRun == null ? a.runId() : newRun)
                                + "/units/" + a.unitId()));
        return newRun;
    }

    /** One change between two versions, as shown in the diff. */
    public record Change(String unitName, String what, String before, String after) {
    }

    private long newVersion(Run r, Appeal a, BigDecimal adjusted, String reason, CurrentUser me) {
        var loaded = store.definition(r.schemeId());
        SchemeDefinition d = loaded.definition();
        List<UnitResult> old = store.units(r.id(), true, true);
        Map<Long, UnitResult> oldById = new HashMap<>();
        old.forEach(u -> oldById.put(u.unitId(), u));
        List<Scorer.UnitScore> scores = new ArrayList<>();
        for (GroupDef g : d.groups()) {
            Map<Long, String> units = new LinkedHashMap<>();
            Map<String, Map<Long, Reading>> readings = new HashMap<>();
            for (UnitResult u : old) {
                if (!u.group().equals(g.name())) {
                    continue;
                }
                units.put(u.unitId(), u.unitName());
                for (Scorer.Line l : lines(u)) {
                    Reading rd = reading(l);
                    if (u.unitId() == a.unitId() && l.code().equals(a.code())) {
                        List<UnitFact> facts = new ArrayList<>(l.facts());
                        facts.add(0, new UnitFact(u.unitId(), a.id(), "申诉采纳：" + Scorer.num(l.value() == null ? 0
                                : l.value()) + " → " + adjusted.stripTrailingZeros().toPlainString(), null, today(),
                                a.claim() + "；裁定理由：" + reason + "（" + me.auditName() + "）", null, adjusted, null));
                        rd = new Reading(adjusted.doubleValue(), null, null, "申诉调整", facts);
                    }
                    readings.computeIfAbsent(l.code(), k -> new HashMap<>()).put(u.unitId(), rd);
                }
            }
            if (!units.isEmpty()) {
                scores.addAll(Scorer.scoreGroup(d, g, units, readings));
            }
        }
        List<Change> changes = new ArrayList<>();
        for (Scorer.UnitScore s : scores) {
            UnitResult o = oldById.get(s.unitId());
            if (s.unitId() == a.unitId()) {
                Scorer.Line before = lines(o).stream().filter(l -> l.code().equals(a.code())).findFirst().orElseThrow();
                Scorer.Line after = s.lines().stream().filter(l -> l.code().equals(a.code())).findFirst().orElseThrow();
                changes.add(new Change(s.unitName(), a.lineName(), before.valueText() + "，" + before.points() + "分",
                        after.valueText() + "，" + after.points() + "分"));
            }
            if (o.total().compareTo(s.total()) != 0) {
                changes.add(new Change(s.unitName(), "总分", o.total().toPlainString(), s.total().toPlainString()));
            }
            if (o.rank() != s.rank()) {
                changes.add(new Change(s.unitName(), "组内排名", "第" + o.rank() + "名", "第" + s.rank() + "名"));
            }
            if (o.grade() != s.grade()) {
                changes.add(new Change(s.unitName(), "等次", o.grade().label(), s.grade().label()));
            }
        }
        List<Object> adjustments = new ArrayList<>(Arrays.asList(Json.read(r.adjustments(), Object[].class)));
        adjustments.add(Map.of("appealId", a.id(), "unit", a.unitName(), "code", a.code(), "line", a.lineName(),
                "value", adjusted.toPlainString(), "reason", reason, "by", me.auditName()));
        long id = store.insertRun(r.schemeId(), r.kind(), r.quarter(), r.from(), r.to(), "COMPUTED",
                r.resultVersion() + 1, r.id(), Json.write(adjustments), Json.write(changes), me.auditName());
        store.insertUnits(id, scores, groupSeq(d));
        store.copyPublication(r.id(), id, me.auditName(), clock.instant());
        audit.record(me.auditName(), AuditAction.CREATE, new AuditLog.Subject("考核结果", id, null, null),
                "因申诉采纳生成" + r.number() + "第" + (r.resultVersion() + 1) + "版", Map.of("version", r.resultVersion()),
                Map.of("version", r.resultVersion() + 1, "changes", Json.write(changes)));
        return id;
    }

    @Transactional(readOnly = true)
    public List<Change> changes(Run r) {
        return Arrays.asList(Json.read(r.changes(), Change[].class));
    }

    @Transactional(readOnly = true)
    public Appeal appealOf(long id, CurrentUser me) {
        Appeal a = store.appeal(id, false).orElseThrow(() -> new NotFoundException("申诉", id));
        if (!seesAll(me) && !me.belongsTo(a.unitId())) {
            throw new NotFoundException("申诉", id);
        }
        return a;
    }

    @Transactional(readOnly = true)
    public boolean hasAnyScheme() {
        return store.anyScheme();
    }

    /** Used by documents: the scheme's group totals etc. */
    @Transactional(readOnly = true)
    public SchemeDefinition definitionOf(Run r) {
        return store.definition(r.schemeId()).definition();
    }

    static String nz(String s) {
        return Objects.requireNonNullElse(s, "");
    }
}
