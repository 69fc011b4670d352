package cn.luoshi.bulletins;

import cn.luoshi.audit.AuditAction;
import cn.luoshi.audit.AuditLog;
import cn.luoshi.bulletins.document.BulletinDocuments;
import cn.luoshi.bulletins.document.DocxTemplate;
import cn.luoshi.calendar.ChinaDate;
import cn.luoshi.calendar.WorkingCalendars;
import cn.luoshi.calendar.WorkingDayCalendar;
import cn.luoshi.common.ConflictException;
import cn.luoshi.common.ForbiddenException;
import cn.luoshi.common.InvalidInputException;
import cn.luoshi.common.Json;
import cn.luoshi.common.NotFoundException;
import cn.luoshi.common.Violations;
import cn.luoshi.common.pdf.PdfRenderer;
import cn.luoshi.ledger.DirectiveService;
import cn.luoshi.ledger.DirectiveSummary;
import cn.luoshi.ledger.PeriodFacts;
import cn.luoshi.ledger.PeriodFactsQuery;
import cn.luoshi.ledger.WorkflowSettings;
import cn.luoshi.ledger.light.LightPolicy;
import cn.luoshi.org.CurrentUser;
import cn.luoshi.org.OfficeName;
import cn.luoshi.org.OrgDirectory;
import cn.luoshi.org.Unit;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 通报 — generate a draft for a period and a scope, edit its requirements, regenerate it, publish it as 第N期 (frozen:
 * the numbers, the lists and the documents are stored with it), and export it. Only the 督查室 (and the admin)
 * generate, edit and publish; everyone signed in reads published bulletins (they are meant to be circulated), drafts
 * are the 督查室's own (404 for others). Every change is audited.
 */
@Service
public class BulletinService {

    private static final Logger log = LoggerFactory.getLogger(BulletinService.class);
    private static final int ROW_CHUNK = 10_000;
    private static final String DEFAULT_TEMPLATE = "bulletins/template.docx";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final PeriodFactsQuery facts;
    private final WorkingCalendars calendars;
    private final LightPolicy policy;
    private final int acceptanceWorkingDays;
    private final cn.luoshi.ledger.light.ScheduleStart scheduleFrom;
    private final OrgDirectory org;
    private final DirectiveService directives;
    private final AuditLog audit;
    private final Clock clock;

    /** 到达通知 go out as {@link cn.luoshi.common.WorkArrived} events; a service built by hand tells nobody. */
    private org.springframework.context.ApplicationEventPublisher events = e -> { };

    /** 专项段落 from the modules below (none for a service built by hand), and which ones each kind of scope carries. */
    private List<BulletinSections> sections = List.of();
    private Map<ScopeKind, java.util.Set<String>> sectionsByScope = Map.of();

    @org.springframework.beans.factory.annotation.Autowired(required = false)
    void setSections(List<BulletinSections> sections,
            @org.springframework.beans.factory.annotation.Value("${luoshi.bulletins.sections.all:*}") String all,
            @org.springframework.beans.factory.annotation.Value("${luoshi.bulletins.sections.directive:}") String directive,
            @org.springframework.beans.factory.annotation.Value("${luoshi.bulletins.sections.tag:}") String tag) {
        this.sections = List.copyOf(sections);
        Map<ScopeKind, java.util.Set<String>> m = new java.util.EnumMap<>(ScopeKind.class);
        m.put(ScopeKind.ALL, keys(all));
        m.put(ScopeKind.DIRECTIVE, keys(directive));
        m.put(ScopeKind.TAG, keys(tag));
        this.sectionsByScope = m;
    }

    private static java.util.Set<String> keys(String list) {
        java.util.Set<String> s = new java.util.LinkedHashSet<>();
        for (String k : list == null ? new String[0] : list.split("[,，\\s]+")) {
            if (!k.isBlank()) {
                s.add(k.trim());
            }
        }
        return s;
    }

    private List<BulletinContent.Section> sections(BulletinPeriod period, BulletinScope scope) {
        java.util.Set<String> wanted = sectionsByScope.getOrDefault(scope.kind(), java.util.Set.of());
        List<BulletinContent.Section> out = new ArrayList<>();
        for (BulletinSections s : sections) {
            if (wanted.contains("*") || wanted.contains(s.key())) {
                s.section(period, scope).ifPresent(out::add);
            }
        }
        return out;
    }

    @org.springframework.beans.factory.annotation.Autowired
    void setEvents(org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
    }
    private final OfficeName office;
    private final BulletinDocuments documents;

    BulletinService(JdbcClient jdbc, JdbcTemplate template, PeriodFactsQuery facts, WorkingCalendars calendars,
            LightPolicy policy, WorkflowSettings workflow,
            OrgDirectory org, DirectiveService directives, AuditLog audit, Clock clock, PdfRenderer pdf,
            OfficeName office) {
        this.jdbc = jdbc;
        this.template = template;
        this.facts = facts;
        this.calendars = calendars;
        this.policy = policy;
        this.acceptanceWorkingDays = workflow.acceptanceWorkingDays();
        this.scheduleFrom = workflow.scheduleFrom();
        this.org = org;
        this.directives = directives;
        this.audit = audit;
        this.clock = clock;
        this.office = office;
        this.documents = new BulletinDocuments(pdf, office.name());
    }

    // ---- reading -------------------------------------------------------------------------------------------------

    /** Published bulletins, newest first; the 督查室 also sees its drafts (first). */
    public List<BulletinSummary> list(CurrentUser me) {
        return jdbc.sql("""
                select id, status, title, period_kind, period_from, period_to, period_label, scope_label, issue_year,
                  issue_number, generated_at, published_at
                from bulletin where status = 'PUBLISHED' or :drafts
                order by (status = 'DRAFT') desc, issue_year desc nulls last, issue_number desc nulls last, id desc""")
                .param("drafts", mayManage(me))
                .query((rs, i) -> new BulletinSummary(rs.getLong("id"), BulletinStatus.valueOf(rs.getString("status")),
                        rs.getString("title"), PeriodKind.valueOf(rs.getString("period_kind")),
                        rs.getObject("period_from", LocalDate.class), rs.getObject("period_to", LocalDate.class),
                        rs.getString("period_label"), rs.getString("scope_label"), (Integer) rs.getObject("issue_year"),
                        (Integer) rs.getObject("issue_number"), instant(rs, "generated_at"),
                        instant(rs, "published_at")))
                .list();
    }

    /** A bulletin the user may read: any published one; drafts for the 督查室 only (404 for others). */
    public Bulletin get(long id, CurrentUser me) {
        Bulletin b = find(id).orElseThrow(() -> new NotFoundException("通报", id));
        if (!b.published() && !mayManage(me)) {
            throw new NotFoundException("通报", id);
        }
        return b;
    }

    /**
     * Every task the bulletin classified: as stored with it once published; for a draft, counted again (the same
     * period gives the same rows, and publishing checks that they still agree with the draft).
     */
    public List<BulletinTaskRow> rows(long id, CurrentUser me) {
        Bulletin b = get(id, me);
        if (!b.published()) {
            return compute(b.period(), b.scope()).rows();
        }
        return jdbc.sql("select * from bulletin_task where bulletin_id = ? order by seq").param(id)
                .query(BulletinService::row).list();
    }

    /** Red items of a bulletin, most serious first (the full list behind the first 100 the bulletin shows). */
    public List<BulletinTaskRow> redRows(long id, CurrentUser me) {
        return rows(id, me).stream().filter(BulletinTaskRow::red)
                .sorted(java.util.Comparator.comparingInt(BulletinTaskRow::overdueDays).reversed()
                        .thenComparing(x -> x.lagPoints() == null ? java.math.BigDecimal.valueOf(-1000) : x.lagPoints(),
                                java.util.Comparator.reverseOrder())
                        .thenComparingLong(BulletinTaskRow::taskId))
                .toList();
    }

    /** What the generate form offers: directives (newest first) and the tags in use. */
    public record Choices(List<DirectiveSummary> directives, List<String> tags) {
    }

    public Choices choices(CurrentUser me) {
        requireManager(me);
        return new Choices(directives.list(null, 0, 200, me).rows(), facts.tagsInUse());
    }

    // ---- generating ----------------------------------------------------------------------------------------------

    /** 生成通报 as a draft: counts the ledger as it stood at the period's end. */
    @Transactional
    public Bulletin generate(BulletinForm f, CurrentUser me) {
        requireManager(me);
        Violations v = new Violations();
        BulletinPeriod period = BulletinRules.period(f, ChinaDate.today(clock), v);
        BulletinRules.scope(f, v);
        BulletinScope scope = v.isEmpty() ? scope(f, v, me) : null;
        v.throwIfAny();
        long t0 = System.nanoTime();
        Computed c = compute(period, scope);
        long t1 = System.nanoTime();
        Instant now = clock.instant();
        String title = BulletinRules.title(period, scope);
        long id = jdbc.sql("""
                insert into bulletin (status, title, period_kind, period_from, period_to, period_label, scope_kind,
                  scope_directive_id, scope_tag, scope_label, requirements, content, generated_by, generated_at)
                values ('DRAFT', :title, :kind, :from, :to, :label, :scopeKind, :directive, :tag, :scopeLabel,
                  :requirements, cast(:content as jsonb), :by, :at)
                returning id""")
                .param("title", title).param("kind", period.kind().name()).param("from", period.from())
                .param("to", period.to()).param("label", period.label()).param("scopeKind", scope.kind().name())
                .param("directive", scope.directiveId()).param("tag", scope.tag()).param("scopeLabel", scope.label())
                .param("requirements", BulletinText.defaultRequirements(c.content().totals(), office.name()))
                .param("content", Json.write(c.content())).param("by", me.auditName())
                .param("at", Timestamp.from(now))
                .query(Long.class).single();
        log.debug("生成通报：统计 {} ms，写入 {} ms，{} 项任务", (t1 - t0) / 1_000_000,
                (System.nanoTime() - t1) / 1_000_000, c.rows().size());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("标题", title);
        after.put("统计期间", period.label());
        after.put("统计范围", scope.label());
        after.put("纳入统计任务", c.content().totals().total());
        audit.record(me.auditName(), AuditAction.CREATE, subject(id), "生成通报草稿「" + title + "」", null, after);
        return find(id).orElseThrow();
    }

    /** 重新生成: counts a draft's period again (the same period gives the same numbers unless the past was edited). */
    @Transactional
    public Bulletin regenerate(long id, Integer version, CurrentUser me) {
        requireManager(me);
        Bulletin b = draft(id, "重新生成");
        requireVersion(version, b);
        Computed c = compute(b.period(), b.scope());
        int n = jdbc.sql("""
                update bulletin set content = cast(:content as jsonb), generated_by = :by, generated_at = :at,
                  version = version + 1
                where id = :id and version = :version and status = 'DRAFT'""")
                .param("content", Json.write(c.content())).param("by", me.auditName())
                .param("at", Timestamp.from(clock.instant())).param("id", id).param("version", b.version()).update();
        if (n == 0) {
            throw ConflictException.staleEdit();
        }
        audit.record(me.auditName(), AuditAction.UPDATE, subject(id), "重新生成通报草稿「" + b.title() + "」",
                Map.of("纳入统计任务", b.content().totals().total()),
                Map.of("纳入统计任务", c.content().totals().total()));
        return find(id).orElseThrow();
    }

    /** The draft's title and 下步要求. */
    @Transactional
    public Bulletin edit(long id, BulletinEditForm f, CurrentUser me) {
        requireManager(me);
        Bulletin b = draft(id, "修改");
        requireVersion(f.version, b);
        BulletinRules.edit(f).throwIfAny();
        String title = f.title.trim();
        String requirements = f.requirements == null ? "" : f.requirements.strip().replace("\r\n", "\n");
        int n = jdbc.sql("""
                update bulletin set title = :title, requirements = :requirements, version = version + 1
                where id = :id and version = :version and status = 'DRAFT'""")
                .param("title", title).param("requirements", requirements).param("id", id)
                .param("version", b.version()).update();
        if (n == 0) {
            throw ConflictException.staleEdit();
        }
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("标题", b.title());
        before.put("下步要求", b.requirements());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("标题", title);
        after.put("下步要求", requirements);
        audit.record(me.auditName(), AuditAction.UPDATE, subject(id), "修改通报草稿「" + title + "」", before, after);
        return find(id).orElseThrow();
    }

    /** Deletes a draft; a published bulletin stays. */
    @Transactional
    public void delete(long id, Integer version, CurrentUser me) {
        requireManager(me);
        Bulletin b = draft(id, "删除");
        requireVersion(version, b);
        int n = jdbc.sql("delete from bulletin where id = ? and version = ? and status = 'DRAFT'")
                .params(id, b.version()).update();
        if (n == 0) {
            throw ConflictException.staleEdit();
        }
        audit.record(me.auditName(), AuditAction.DELETE, subject(id), "删除通报草稿「" + b.title() + "」",
                Map.of("标题", b.title(), "统计期间", b.period().label()), null);
    }

    // ---- publishing ----------------------------------------------------------------------------------------------

    /**
     * 发布: the period is counted once more and must agree with the draft (the numbers a reader saw are the numbers
     * published); then the next number of this year (gap-free: the counter row is locked until this transaction ends,
     * and a failure leaves it untouched), the Word and PDF documents rendered and stored with every classified task,
     * all in one transaction. A template that cannot be filled stops it with the template's problems; nothing is
     * published.
     */
    @Transactional
    public Bulletin publish(long id, Integer version, CurrentUser me) {
        requireManager(me);
        Bulletin b = draft(id, "重新发布");
        requireVersion(version, b);
        Computed c = compute(b.period(), b.scope());
        if (!c.content().equals(b.content())) {
            throw new ConflictException("生成草稿后，统计期内的历史数据被更正过，草稿中的数字已与台账不一致。"
                    + "请先“重新生成”核对后再发布（通报未发布）");
        }
        Instant now = clock.instant();
        int year = now.atZone(ChinaDate.ZONE).getYear();
        int number = jdbc.sql("""
                insert into bulletin_issue_counter (year, last_number) values (?, 1)
                on conflict (year) do update set last_number = bulletin_issue_counter.last_number + 1
                returning last_number""").param(year).query(Integer.class).single();
        Bulletin issued = new Bulletin(b.id(), BulletinStatus.PUBLISHED, b.title(), b.period(), b.scope(),
                b.requirements(), b.content(), year, number, b.generatedBy(), b.generatedAt(), me.auditName(), now,
                b.version());
        byte[] docx = docx(issued);
        byte[] pdf = documents.pdf(issued);
        int n = jdbc.sql("""
                update bulletin set status = 'PUBLISHED', issue_year = :year, issue_number = :number, docx = :docx,
                  pdf = :pdf, published_by = :by, published_at = :at, version = version + 1
                where id = :id and version = :version and status = 'DRAFT'""")
                .param("year", year).param("number", number).param("docx", docx).param("pdf", pdf)
                .param("by", me.auditName()).param("at", Timestamp.from(now)).param("id", id)
                .param("version", b.version()).update();
        if (n == 0) {
            throw ConflictException.staleEdit();
        }
        insertRows(id, c.rows());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("状态", BulletinStatus.PUBLISHED.label());
        after.put("期号", issued.issueLabel());
        after.put("标题", b.title());
        after.put("统计期间", b.period().label());
        after.put("按期办结率", b.content().totals().onTimeRate());
        audit.record(me.auditName(), AuditAction.TRANSITION, subject(id),
                "发布通报" + issued.issueLabel() + "「" + b.title() + "」", Map.of("状态", BulletinStatus.DRAFT.label()),
                after);
        log.info("通报已发布：{}「{}」", issued.issueLabel(), b.title());
        // 到达通知: each unit the bulletin names (its line in the unit table) learns of it, with its own figures.
        for (UnitLine u : b.content().units()) {
            String mine = "本单位：在办" + u.open() + "项，逾期" + u.overdue() + "项，红灯" + u.red() + "项"
                    + (u.commended() ? "，受到通报表扬" : "") + "。";
            events.publishEvent(cn.luoshi.common.WorkArrived.toUnit("BULLETIN_PUBLISHED", "通报", "BULLETIN", id,
                    "published:" + id, u.unitId(), b.title(), "督查室发布了" + issued.issueLabel() + "「" + b.title()
                            + "」，" + mine, "/bulletins/" + id));
        }
        return find(id).orElseThrow();
    }

    // ---- documents -----------------------------------------------------------------------------------------------

    /** A document and its file name. */
    public record Document(String fileName, String contentType, byte[] content) {
    }

    public Document docx(long id, CurrentUser me) {
        Bulletin b = get(id, me);
        byte[] bytes = b.published() ? stored(id, "docx") : docx(b);
        return new Document(fileName(b, "docx"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", bytes);
    }

    public Document pdf(long id, CurrentUser me) {
        Bulletin b = get(id, me);
        byte[] bytes = b.published() ? stored(id, "pdf") : documents.pdf(b);
        return new Document(fileName(b, "pdf"), "application/pdf", bytes);
    }

    public Document xlsx(long id, CurrentUser me) {
        Bulletin b = get(id, me);
        byte[] bytes = documents.xlsx(b, rows(id, me));
        return new Document(fileName(b, "xlsx").replace(".xlsx", "（清单）.xlsx"),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", bytes);
    }

    /** The charts as the documents show them (PNG), for the screen's "as printed" view and checks. */
    public byte[] chart(long id, String which, CurrentUser me) {
        Bulletin b = get(id, me);
        return "lights".equals(which) ? documents.lightChart(b.content()) : documents.unitChart(b.content());
    }

    private byte[] docx(Bulletin b) {
        try {
            return documents.docx(b, templateBytes());
        } catch (DocxTemplate.TemplateException e) {
            throw InvalidInputException.of("template", "通报Word模板有误" + (b.published() ? "，通报未发布" : "")
                    + "：" + e.getMessage() + "。请在“通报模板”中更换模板，或恢复系统默认模板。");
        }
    }

    private byte[] stored(long id, String column) {
        return jdbc.sql("select " + ("pdf".equals(column) ? "pdf" : "docx") + " from bulletin where id = ?").param(id)
                .query(byte[].class).single();
    }

    private static String fileName(Bulletin b, String ext) {
        String name = (b.published() ? b.issueLabel() + " " : "草稿 ") + b.title();
        return name.replaceAll("[\\\\/:*?\"<>|]", "_") + "." + ext;
    }

    // ---- the Word template ---------------------------------------------------------------------------------------

    /** The template in force: uploaded by the district, or the shipped default. */
    public record TemplateInfo(String name, String uploadedBy, Instant uploadedAt, boolean shipped) {
    }

    public TemplateInfo templateInfo() {
        return jdbc.sql("select original_name, uploaded_by, uploaded_at from bulletin_template order by id desc limit 1")
                .query((rs, i) -> new TemplateInfo(rs.getString(1), rs.getString(2), instant(rs, "uploaded_at"), false))
                .optional().orElse(new TemplateInfo("系统默认模板（template.docx）", null, null, true));
    }

    public byte[] templateBytes() {
        return jdbc.sql("select content from bulletin_template order by id desc limit 1").query(byte[].class)
                .optional().orElseGet(BulletinService::shippedTemplate);
    }

    static byte[] shippedTemplate() {
        try (InputStream in = new ClassPathResource(DEFAULT_TEMPLATE).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("缺少默认通报模板 " + DEFAULT_TEMPLATE, e);
        }
    }

    /** A district's own template: checked first (every placeholder known, the required ones present); then in force. */
    @Transactional
    public TemplateInfo uploadTemplate(String uploadedName, byte[] content, CurrentUser me) {
        requireManager(me);
        String name = cn.luoshi.common.FileNames.clean(uploadedName);
        if (content == null || content.length == 0) {
            throw InvalidInputException.of("file", "请选择Word模板文件（.docx）");
        }
        if (name == null || !name.toLowerCase(java.util.Locale.ROOT).endsWith(".docx")) {
            throw InvalidInputException.of("file", "模板须为Word（.docx）文件");
        }
        List<String> problems = BulletinDocuments.check(content);
        if (!problems.isEmpty()) {
            throw InvalidInputException.of("file", "模板有误，未保存：" + String.join("；", problems));
        }
        jdbc.sql("insert into bulletin_template (original_name, content, uploaded_by) values (?, ?, ?)")
                .params(name, content, me.auditName()).update();
        audit.record(me.auditName(), AuditAction.CREATE, new AuditLog.Subject("通报模板", 0, null, null),
                "更换通报Word模板：" + name, null, Map.of("模板", name));
        return templateInfo();
    }

    /** Back to the shipped template. */
    @Transactional
    public void resetTemplate(CurrentUser me) {
        requireManager(me);
        TemplateInfo before = templateInfo();
        jdbc.sql("delete from bulletin_template").update();
        audit.record(me.auditName(), AuditAction.DELETE, new AuditLog.Subject("通报模板", 0, null, null),
                "恢复系统默认通报模板", Map.of("模板", before.name()), Map.of("模板", "系统默认模板"));
    }

    // ---- computing -----------------------------------------------------------------------------------------------

    /** What a generation produces: the content and the classified rows. */
    record Computed(BulletinContent content, List<BulletinTaskRow> rows) {
    }

    /** Counts a period and scope (read-only; also what the benchmark times). */
    Computed compute(BulletinPeriod period, BulletinScope scope) {
        long t0 = System.nanoTime();
        WorkingDayCalendar calendar = calendars.current();
        BulletinCounts counts = new BulletinCounts(calendar, policy, acceptanceWorkingDays, scheduleFrom);
        PeriodFacts pf = facts.facts(period.from(), period.to(), scope.directiveId(), scope.tag(),
                counts.periodKeys(period.from(), period.to()));
        long t1 = System.nanoTime();
        List<Unit> units = org.units();
        BulletinCounts.Tally tally = counts.tally(pf.tasks(), period.from(), period.to(), units);
        long t2 = System.nanoTime();
        Map<Long, String> names = new HashMap<>();
        units.forEach(u -> names.put(u.id(), u.shortName()));
        BulletinContent content = BulletinText.compose(period, scope, tally, names, policy, calendar.source(),
                scheduleFrom).withSections(sections(period, scope));
        List<BulletinTaskRow> rows = new ArrayList<>(tally.tasks().size());
        int seq = 1;
        for (TaskClass c : tally.tasks()) {
            rows.add(BulletinTaskRow.of(seq++, c, c.leadUnitId() == null ? null : names.get(c.leadUnitId())));
        }
        log.debug("通报统计：读取 {} ms，口径 {} ms，成文 {} ms，{} 项任务", (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000,
                (System.nanoTime() - t2) / 1_000_000, rows.size());
        return new Computed(content, rows);
    }

    private BulletinScope scope(BulletinForm f, Violations v, CurrentUser me) {
        return switch (f.scopeKind) {
            case ALL -> BulletinScope.all();
            case DIRECTIVE -> {
                try {
                    var d = directives.get(f.directiveId, me);
                    yield new BulletinScope(ScopeKind.DIRECTIVE, d.id(), null, "《" + d.title() + "》");
                } catch (NotFoundException e) {
                    v.add("directiveId", "所选来源不存在");
                    yield null;
                }
            }
            case TAG -> new BulletinScope(ScopeKind.TAG, null, f.tag.trim(), f.tag.trim());
        };
    }

    /** The classified rows through PostgreSQL's COPY (a city's 100,000 rows in well under a second). */
    private void insertRows(long bulletinId, List<BulletinTaskRow> rows) {
        for (int from = 0; from < rows.size(); from += ROW_CHUNK) {
            List<BulletinTaskRow> chunk = rows.subList(from, Math.min(rows.size(), from + ROW_CHUNK));
            StringBuilder b = new StringBuilder(chunk.size() * 256);
            for (BulletinTaskRow x : chunk) {
                Object[] v = {bulletinId, x.seq(), x.taskId(), x.directiveTitle(), x.title(), x.kind(), x.unitId(),
                        x.unitName(), x.membership(), x.status(), x.deadline(), x.originalDeadline(), x.completedOn(),
                        x.completedInPeriod(), x.onTime(), x.due(), x.standing(), x.plannedPercent(),
                        x.actualPercent(), x.lagPoints(), x.overdue(), x.overdueDays(), x.missedPeriods(),
                        x.openProblems(), x.light(), x.lightReason(), x.completionRequested(), x.terminatedOn(),
                        x.terminationReason()};
                for (int k = 0; k < v.length; k++) {
                    if (k > 0) {
                        b.append('\t');
                    }
                    copyValue(b, v[k]);
                }
                b.append('\n');
            }
            template.execute((java.sql.Connection c) -> {
                try {
                    return c.unwrap(org.postgresql.PGConnection.class).getCopyAPI().copyIn("""
                            copy bulletin_task (bulletin_id, seq, task_id, directive_title, title, kind, unit_id,
                              unit_name, membership, status, deadline, original_deadline, completed_on,
                              completed_in_period, on_time, due, standing, planned_percent, actual_percent, lag_points,
                              overdue, overdue_days, missed_periods, open_problems, light, light_reason,
                              completion_requested, terminated_on, termination_reason)
                            from stdin (format text)""", new java.io.StringReader(b.toString()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    /** A value in COPY's text format: \N for null, backslash, tab and line breaks escaped. */
    private static void copyValue(StringBuilder b, Object v) {
        if (v == null) {
            b.append("\\N");
            return;
        }
        if (v instanceof java.math.BigDecimal d) {
            b.append(d.toPlainString());
            return;
        }
        String s = v.toString();
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '\\' -> b.append("\\\\");
                case '\t' -> b.append("\\t");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                default -> b.append(ch);
            }
        }
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    private Optional<Bulletin> find(long id) {
        return jdbc.sql("select * from bulletin where id = ?").param(id).query(BulletinService::bulletin).optional();
    }

    private Bulletin draft(long id, String what) {
        Bulletin b = find(id).orElseThrow(() -> new NotFoundException("通报", id));
        if (b.published()) {
            throw new ConflictException("该通报已发布为" + b.issueLabel() + "，已冻结，不能" + what);
        }
        return b;
    }

    private static void requireVersion(Integer submitted, Bulletin b) {
        if (submitted != null && submitted != b.version()) {
            throw ConflictException.staleEdit();
        }
    }

    static boolean mayManage(CurrentUser me) {
        return me.managesLedger();
    }

    private static void requireManager(CurrentUser me) {
        if (!mayManage(me)) {
            throw new ForbiddenException("只有督查室可以生成、修改和发布通报");
        }
    }

    private static AuditLog.Subject subject(long id) {
        return new AuditLog.Subject("通报", id, null, null);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static Bulletin bulletin(ResultSet rs, int row) throws SQLException {
        PeriodKind kind = PeriodKind.valueOf(rs.getString("period_kind"));
        BulletinPeriod period = new BulletinPeriod(kind, rs.getObject("period_from", LocalDate.class),
                rs.getObject("period_to", LocalDate.class), rs.getString("period_label"));
        BulletinScope scope = new BulletinScope(ScopeKind.valueOf(rs.getString("scope_kind")),
                (Long) rs.getObject("scope_directive_id"), rs.getString("scope_tag"), rs.getString("scope_label"));
        return new Bulletin(rs.getLong("id"), BulletinStatus.valueOf(rs.getString("status")), rs.getString("title"),
                period, scope, rs.getString("requirements"), Json.read(rs.getString("content"), BulletinContent.class),
                (Integer) rs.getObject("issue_year"), (Integer) rs.getObject("issue_number"),
                rs.getString("generated_by"), instant(rs, "generated_at"), rs.getString("published_by"),
                instant(rs, "published_at"), rs.getInt("version"));
    }

    private static BulletinTaskRow row(ResultSet rs, int i) throws SQLException {
        return new BulletinTaskRow(rs.getInt("seq"), rs.getLong("task_id"), rs.getString("directive_title"),
                rs.getString("title"), rs.getString("kind"), (Long) rs.getObject("unit_id"), rs.getString("unit_name"),
                rs.getString("membership"), rs.getString("status"), rs.getObject("deadline", LocalDate.class),
                rs.getObject("original_deadline", LocalDate.class), rs.getObject("completed_on", LocalDate.class),
                rs.getBoolean("completed_in_period"), (Boolean) rs.getObject("on_time"), rs.getBoolean("due"),
                rs.getString("standing"), rs.getBigDecimal("planned_percent"), rs.getBigDecimal("actual_percent"),
                rs.getBigDecimal("lag_points"), rs.getBoolean("overdue"), rs.getInt("overdue_days"),
                rs.getString("missed_periods"), rs.getInt("open_problems"), rs.getString("light"),
                rs.getString("light_reason"), rs.getObject("completion_requested", LocalDate.class),
                rs.getObject("terminated_on", LocalDate.class), rs.getString("termination_reason"));
    }
}
