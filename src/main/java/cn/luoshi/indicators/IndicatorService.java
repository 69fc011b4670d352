package cn.luoshi.indicators;

import cn.luoshi.audit.AuditAction;
import cn.luoshi.audit.AuditLog;
import cn.luoshi.common.ConflictException;
import cn.luoshi.common.ForbiddenException;
import cn.luoshi.common.InvalidInputException;
import cn.luoshi.common.NotFoundException;
import cn.luoshi.ledger.FindingLevel;
import cn.luoshi.ledger.TaskFindings;
import cn.luoshi.org.CurrentUser;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 经济指标: the catalogue, regions, targets, and the derived figures (growth, gap to the city average, rank among the
 * peers, 行业增长面, lights) computed from the current vintage of every value. Every signed-in user may read;
 * importing needs an admin, the 督查室 or a user of the statistics unit ({@code luoshi.indicators.importer-units},
 * default 统计); editing the catalogue needs an admin or the 督查室.
 */
@Service
public class IndicatorService {

    private final IndicatorStore store;
    private final AuditLog audit;
    private final Clock clock;
    private final Set<String> importerUnits;
    private final TaskFindings findings;
    /**
     * Dashboards by month, computed from the current vintages and dropped on every change of the module's data (and
     * again after that change's transaction ends), so a read never serves figures older than the last commit.
     */
    private final java.util.concurrent.ConcurrentHashMap<YearMonth, Dashboard> dashboards =
            new java.util.concurrent.ConcurrentHashMap<>();
    private volatile List<YearMonth> periodsCache;
    private final java.util.concurrent.atomic.AtomicLong generation = new java.util.concurrent.atomic.AtomicLong();

    IndicatorService(IndicatorStore store, AuditLog audit, Clock clock, TaskFindings findings,
            @Value("${luoshi.indicators.importer-units:统计}") String importerUnits) {
        this.findings = findings;
        this.store = store;
        this.audit = audit;
        this.clock = clock;
        this.importerUnits = Arrays.stream(importerUnits.split("[,，]")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toSet());
    }

    // ---- permissions ----------------------------------------------------------------------------------------------

    public boolean mayImport(CurrentUser me) {
        return me.managesLedger() || (me.unitName() != null && importerUnits.contains(me.unitName()));
    }

    public boolean mayEdit(CurrentUser me) {
        return me.managesLedger();
    }

    void requireImport(CurrentUser me) {
        if (!mayImport(me)) {
            throw new ForbiddenException("只有统计局、督查室或系统管理员可以导入经济指标");
        }
    }

    // ---- catalogue ------------------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public List<Indicator> catalogue() {
        return store.indicators();
    }

    @Transactional(readOnly = true)
    public Indicator indicator(String code) {
        return store.indicator(code).orElseThrow(() -> new NotFoundException("经济指标", code));
    }

    @Transactional(readOnly = true)
    public List<Region> regions() {
        return store.regions();
    }

    /** Adds a peer district (or the city, province, nation if missing) to the comparison set. */
    @Transactional
    public Region addRegion(String name, String level, CurrentUser me) {
        if (!mayEdit(me)) {
            throw new ForbiddenException("只有督查室或系统管理员可以维护比较地区");
        }
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > 30) {
            throw InvalidInputException.of("name", "地区名称必填，最多30字");
        }
        if (!List.of("NATION", "PROVINCE", "CITY", "DISTRICT").contains(level)) {
            throw InvalidInputException.of("level", "地区层级无效");
        }
        if (store.regions().stream().anyMatch(r -> r.name().equals(n))) {
            throw InvalidInputException.of("name", "地区「" + n + "」已存在");
        }
        long id = store.addRegion(n, level, 100 + store.regions().size());
        changed();
        audit.record(me.auditName(), AuditAction.CREATE, new AuditLog.Subject("经济指标地区", id, null, null),
                "新增比较地区「" + n + "」", null, Map.of("名称", n, "层级", level));
        return store.regions().stream().filter(r -> r.id() == id).findFirst().orElseThrow();
    }

    /** Names the home district as the statistics office writes it (the migration calls it 本区). */
    @Transactional
    public void renameHome(String name, CurrentUser me) {
        if (!mayEdit(me)) {
            throw new ForbiddenException("只有督查室或系统管理员可以维护比较地区");
        }
        Region home = home();
        store.renameRegion(home.id(), name.strip());
        changed();
        audit.record(me.auditName(), AuditAction.UPDATE, new AuditLog.Subject("经济指标地区", home.id(), null, null),
                "本区名称改为「" + name.strip() + "」", Map.of("名称", home.name()), Map.of("名称", name.strip()));
    }

    /** Sets the owning unit, the owning ledger task and the light rule of an indicator (409 on a stale version). */
    @Transactional
    public Indicator updateIndicator(String code, int version, String ownerUnit, Long ownerTaskId, String lightRule,
            CurrentUser me) {
        if (!mayEdit(me)) {
            throw new ForbiddenException("只有督查室或系统管理员可以修改指标目录");
        }
        Indicator before = indicator(code);
        if (lightRule != null && !lightRule.isBlank() && !store.lightRules().containsKey(lightRule)) {
            throw InvalidInputException.of("lightRule", "亮灯规则「" + lightRule + "」不存在");
        }
        String rule = lightRule == null || lightRule.isBlank() ? null : lightRule;
        int updated;
        try {
            updated = store.updateIndicator(before.id(), version, blankToNull(ownerUnit), ownerTaskId, rule);
        } catch (org.springframework.dao.DataIntegrityViolationException e) {
            throw InvalidInputException.of("ownerTaskId", "任务#" + ownerTaskId + "不存在，请填写台账中任务的编号");
        }
        if (updated == 0) {
            throw ConflictException.staleEdit();
        }
        changed();
        Indicator after = indicator(code);
        refreshFindings();
        audit.record(me.auditName(), AuditAction.UPDATE, new AuditLog.Subject("经济指标", before.id(), ownerTaskId, null),
                "修改指标「" + before.name() + "」的责任单位、责任任务或亮灯规则", snapshot(before), snapshot(after));
        return after;
    }

    /** The 指标目录 and its 亮灯规则 are kept by admins and the statistics unit's users. */
    public boolean mayEditCatalogue(CurrentUser me) {
        return me.isAdmin() || (me.unitName() != null && importerUnits.contains(me.unitName()));
    }

    private void requireCatalogue(CurrentUser me) {
        if (!mayEditCatalogue(me)) {
            throw new ForbiddenException("只有系统管理员和统计局可以维护指标目录和亮灯规则");
        }
    }

    /** A new indicator of the catalogue (400 with every broken rule in Chinese), audited. */
    @Transactional
    public Indicator createIndicator(IndicatorForm f, CurrentUser me) {
        requireCatalogue(me);
        List<Indicator> all = store.indicators();
        CatalogueRules.indicator(f, true, all.stream().map(Indicator::code).toList(),
                all.stream().map(Indicator::name).toList(), store.lightRules().keySet()).throwIfAny();
        int order = f.sortOrder != null ? f.sortOrder : all.stream().mapToInt(Indicator::sortOrder).max().orElse(0) + 10;
        long id;
        try {
            id = store.insertIndicator(f, order);
        } catch (org.springframework.dao.DataIntegrityViolationException e) {
            throw InvalidInputException.of("ownerTaskId", "任务#" + f.ownerTaskId + "不存在，请填写台账中任务的编号");
        }
        changed();
        Indicator after = indicator(f.code.strip());
        refreshFindings();
        audit.record(me.auditName(), AuditAction.CREATE, new AuditLog.Subject("经济指标", id, after.ownerTaskId(), null),
                "新增指标「" + after.name() + "」（" + after.code() + "）", null, catalogueSnapshot(after));
        return after;
    }

    /** Edits every field of an indicator but its code; 409 when someone saved it meanwhile. */
    @Transactional
    public Indicator editIndicator(String code, IndicatorForm f, CurrentUser me) {
        requireCatalogue(me);
        Indicator before = indicator(code);
        List<Indicator> others = store.indicators().stream().filter(i -> i.id() != before.id()).toList();
        CatalogueRules.indicator(f, false, others.stream().map(Indicator::code).toList(),
                others.stream().map(Indicator::name).toList(), store.lightRules().keySet()).throwIfAny();
        int updated;
        try {
            updated = store.editIndicator(before.id(), f, f.sortOrder != null ? f.sortOrder : before.sortOrder());
        } catch (org.springframework.dao.DataIntegrityViolationException e) {
            throw InvalidInputException.of("ownerTaskId", "任务#" + f.ownerTaskId + "不存在，请填写台账中任务的编号");
        }
        if (updated == 0) {
            throw ConflictException.staleEdit();
        }
        changed();
        Indicator after = indicator(code);
        refreshFindings();
        audit.record(me.auditName(), AuditAction.UPDATE, new AuditLog.Subject("经济指标", before.id(), after.ownerTaskId(),
                null), "修改指标「" + after.name() + "」", catalogueSnapshot(before), catalogueSnapshot(after));
        return after;
    }

    private static Map<String, Object> catalogueSnapshot(Indicator i) {
        Map<String, Object> m = snapshot(i);
        m.put("代码", i.code());
        m.put("单位", i.unit());
        m.put("频率", i.frequencyLabel());
        m.put("口径", i.hasLevel() ? "总量和增速" : "只报增速");
        m.put("方向", i.higherIsBetter() ? "越高越好" : "越低越好");
        m.put("排序", i.sortOrder());
        return m;
    }

    @Transactional(readOnly = true)
    public List<LightRuleSet> lightRuleSets() {
        return store.lightRuleSets();
    }

    @Transactional(readOnly = true)
    public LightRuleSet lightRuleSet(String name) {
        return store.lightRuleSets().stream().filter(r -> r.name().equals(name)).findFirst()
                .orElseThrow(() -> new NotFoundException("亮灯规则", name));
    }

    /** A copy of a rule set (a preset or another copy) under a new name, editable; audited. */
    @Transactional
    public LightRuleSet copyLightRule(String from, LightRuleForm f, CurrentUser me) {
        requireCatalogue(me);
        LightRuleSet source = lightRuleSet(from);
        CatalogueRules.lightRule(f, true, store.lightRuleSets().stream().map(LightRuleSet::name).toList()).throwIfAny();
        store.insertLightRule(f, source.name());
        changed();
        LightRuleSet after = lightRuleSet(f.name.strip());
        audit.record(me.auditName(), AuditAction.CREATE, new AuditLog.Subject("经济指标亮灯规则", after.id(), null, null),
                "复制亮灯规则「" + source.name() + "」为「" + after.name() + "」", null, ruleSnapshot(after));
        return after;
    }

    /** Edits a copy; a preset named after its source stays read-only (400); 409 on a stale version. */
    @Transactional
    public LightRuleSet editLightRule(LightRuleForm f, CurrentUser me) {
        requireCatalogue(me);
        LightRuleSet before = lightRuleSet(f.name);
        if (before.preset()) {
            throw InvalidInputException.of("name", "「" + before.name() + "」是按发布来源命名的预设规则，只读；请复制后修改副本");
        }
        CatalogueRules.lightRule(f, false, List.of()).throwIfAny();
        if (store.updateLightRule(f) == 0) {
            throw ConflictException.staleEdit();
        }
        changed();
        LightRuleSet after = lightRuleSet(f.name);
        refreshFindings();
        audit.record(me.auditName(), AuditAction.UPDATE, new AuditLog.Subject("经济指标亮灯规则", after.id(), null, null),
                "修改亮灯规则「" + after.name() + "」", ruleSnapshot(before), ruleSnapshot(after));
        return after;
    }

    private static Map<String, Object> ruleSnapshot(LightRuleSet r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("名称", r.name());
        m.put("依据", r.source());
        m.put("红灯线", r.rule().redBelowGrowth());
        m.put("对照年度目标", r.rule().comparePlan());
        m.put("对照全市平均", r.rule().compareCityAverage());
        m.put("位次后移为黄灯", r.rule().rankDropIsYellow());
        return m;
    }

    /** 年度目标: the growth (%) the year must reach. */
    @Transactional
    public void setTarget(String code, int year, BigDecimal target, CurrentUser me) {
        if (!mayEdit(me) && !mayImport(me)) {
            throw new ForbiddenException("只有统计局、督查室或系统管理员可以设置年度目标");
        }
        if (target == null || target.abs().compareTo(BigDecimal.valueOf(100)) > 0) {
            throw InvalidInputException.of("target", "年度目标增速须为 -100 到 100 之间的百分数");
        }
        Indicator i = indicator(code);
        BigDecimal before = store.targets(year).get(i.id());
        store.saveTarget(i.id(), year, target, me.auditName());
        changed();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("年度", year);
        after.put("目标增速", target);
        audit.record(me.auditName(), before == null ? AuditAction.CREATE : AuditAction.UPDATE,
                new AuditLog.Subject("经济指标目标", i.id(), i.ownerTaskId(), null),
                "设置「" + i.name() + "」" + year + "年目标增速" + IndicatorMath.plain(target) + "%",
                before == null ? null : Map.of("年度", year, "目标增速", before), after);
    }

    /** The source name of this module's findings on ledger tasks. */
    public static final String FINDING_SOURCE = "indicators";

    /**
     * 报一次: every indicator with an owning task that is yellow or red in its latest month (its own: a quarterly
     * indicator's is its quarter) puts its finding on that
     * task (reason in words, link to the indicator's page); the others' findings are cleared. Joins the caller's
     * transaction (an import, a catalogue edit).
     */
    @Transactional
    public List<TaskFindings.Finding> refreshFindings() {
        List<TaskFindings.Finding> out = new ArrayList<>();
        Map<Long, YearMonth> latest = store.latestHomePeriods(home().id());
        Map<YearMonth, Dashboard> boards = new java.util.HashMap<>();
        for (Indicator ind : store.indicators()) {
            YearMonth p = latest.get(ind.id());
            if (ind.ownerTaskId() == null || p == null) {
                continue;
            }
            Dashboard.Row r = boards.computeIfAbsent(p, m -> compute(m, List.of())).row(ind.code());
            if (r != null && r.lagging()) {
                out.add(new TaskFindings.Finding(ind.ownerTaskId(), FINDING_SOURCE, ind.code(),
                        r.light().level() == IndicatorLightRule.Level.RED ? FindingLevel.RED : FindingLevel.YELLOW,
                        Periods.shortLabel(p) + r.light().reason(), "/indicators/" + ind.code() + "?period=" + p));
            }
        }
        findings.replaceAll(FINDING_SOURCE, out);
        return out;
    }

    private static Map<String, Object> snapshot(Indicator i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("指标", i.name());
        m.put("责任单位", i.ownerUnit());
        m.put("责任任务", i.ownerTaskId());
        m.put("亮灯规则", i.lightRule());
        return m;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** True once any figure is held (the demo loads only into an empty module). */
    @Transactional(readOnly = true)
    public boolean hasValues() {
        return store.hasValues();
    }

    // ---- derived figures ------------------------------------------------------------------------------------------

    Region home() {
        return store.regions().stream().filter(Region::home).findFirst().orElseThrow();
    }

    /** The most recent month with figures; null before the first import. */
    @Transactional(readOnly = true)
    public YearMonth latestPeriod() {
        return store.latestPeriod().orElse(null);
    }

    /** The dashboard for {@code period} (null: the latest month with figures). */
    @Transactional(readOnly = true)
    public Dashboard dashboard(YearMonth period) {
        long gen = generation.get();
        List<YearMonth> periods = periodsCache;
        if (periods == null) {
            periods = store.periods();
            if (generation.get() == gen) {
                periodsCache = periods;
            }
        }
        YearMonth p = period != null ? period : periods.isEmpty() ? YearMonth.now(clock) : periods.get(0);
        Dashboard cached = dashboards.get(p);
        if (cached != null) {
            return cached;
        }
        Dashboard d = compute(p, periods);
        if (generation.get() == gen && dashboards.size() < 240) {
            dashboards.put(p, d);
        }
        return d;
    }

    /**
     * Drops the cached dashboards now and once more when the caller's transaction ends (another reader may have
     * cached the figures of before the commit meanwhile). Every write of the module calls it.
     */
    void changed() {
        invalidate();
        if (org.springframework.transaction.support.TransactionSynchronizationManager.isSynchronizationActive()) {
            org.springframework.transaction.support.TransactionSynchronizationManager.registerSynchronization(
                    new org.springframework.transaction.support.TransactionSynchronization() {
                        @Override
                        public void afterCompletion(int status) {
                            invalidate();
                        }
                    });
        }
    }

    private void invalidate() {
        generation.incrementAndGet();
        periodsCache = null;
        dashboards.clear();
    }

    Dashboard compute(YearMonth p, List<YearMonth> periods) {
        List<Region> regions = store.regions();
        Region home = regions.stream().filter(Region::home).findFirst().orElseThrow();
        Map<String, Region> byLevel = new LinkedHashMap<>();
        regions.stream().filter(r -> !r.peer()).forEach(r -> byLevel.put(r.level(), r));
        List<Region> peers = regions.stream().filter(Region::peer).toList();
        List<YearMonth> wanted = new ArrayList<>();
        for (int back = 0; back <= 3 && p.minusMonths(back).getYear() == p.getYear(); back++) {
            wanted.add(p.minusMonths(back));
        }
        wanted.add(p.minusYears(1));
        wanted.add(YearMonth.of(p.getYear() - 1, 12));
        YearMonth lastQuarterEnd = YearMonth.of(p.getYear() - 1, ((p.getMonthValue() + 2) / 3) * 3);
        if (!wanted.contains(lastQuarterEnd)) {
            wanted.add(lastQuarterEnd);
        }
        Map<String, IndicatorValue> values = store.currentByKey(wanted);
        Map<Long, BigDecimal> targets = store.targets(p.getYear());
        Map<String, IndicatorLightRule> rules = store.lightRules();
        List<Dashboard.Row> rows = new ArrayList<>();
        for (Indicator ind : store.indicators()) {
            IndicatorValue mine = values.get(IndicatorStore.key(ind.id(), home.id(), p));
            IndicatorValue city = at(values, ind, byLevel.get("CITY"), p);
            IndicatorValue province = at(values, ind, byLevel.get("PROVINCE"), p);
            IndicatorValue nation = at(values, ind, byLevel.get("NATION"), p);
            PeerRank rank = rank(values, ind, home, peers, p);
            YearMonth prev = null;
            for (int back = 1; back <= 3 && p.minusMonths(back).getYear() == p.getYear(); back++) {
                if (values.containsKey(IndicatorStore.key(ind.id(), home.id(), p.minusMonths(back)))) {
                    prev = p.minusMonths(back);
                    break;
                }
            }
            PeerRank prevRank = prev == null ? null : rank(values, ind, home, peers, prev);
            BigDecimal growth = mine == null ? null : mine.growth();
            BigDecimal cityGrowth = city == null ? null : city.growth();
            BigDecimal target = targets.get(ind.id());
            BigDecimal need = null;
            boolean approximate = false;
            if (target != null && growth != null && p.getMonthValue() < 12) {
                IndicatorValue lastSame = values.get(IndicatorStore.key(ind.id(), home.id(), p.minusYears(1)));
                IndicatorValue lastYear = values.get(IndicatorStore.key(ind.id(), home.id(), YearMonth.of(p.getYear() - 1, 12)));
                if (lastSame != null && lastYear != null && lastSame.value() != null && lastYear.value() != null) {
                    need = IndicatorMath.remainingGrowth(lastSame.value(), lastYear.value(), growth, target);
                } else {
                    need = IndicatorMath.remainingGrowthEvenYear(p.getMonthValue(), growth, target);
                    approximate = true;
                }
            }
            IndicatorLightRule rule = rules.getOrDefault(ind.lightRule() == null ? "" : ind.lightRule(), rules.get(""));
            IndicatorLightRule.Outcome light = rule.judge(ind.name(), growth, target, cityGrowth, rank, prevRank,
                    ind.higherIsBetter());
            QuarterCheck quarter = null;
            if ("MONTHLY".equals(ind.frequency()) && ind.higherIsBetter()) {
                IndicatorValue lastSame = values.get(IndicatorStore.key(ind.id(), home.id(), p.minusYears(1)));
                IndicatorValue lastQuarter = values.get(IndicatorStore.key(ind.id(), home.id(), lastQuarterEnd));
                quarter = QuarterCheck.of(p, growth, target, lastSame == null ? null : lastSame.value(),
                        lastQuarter == null ? null : lastQuarter.value());
            }
            rows.add(new Dashboard.Row(ind, mine, city, province, nation, IndicatorMath.gap(growth, cityGrowth), rank,
                    prevRank, target, need, approximate, light, quarter));
        }
        List<IndustryFigure> industry = store.industry(p);
        return new Dashboard(p, periods, home, rows, GrowthArea.of(industry.stream().map(IndustryFigure::growth).toList()),
                industry);
    }

    private static IndicatorValue at(Map<String, IndicatorValue> values, Indicator ind, Region r, YearMonth p) {
        return r == null ? null : values.get(IndicatorStore.key(ind.id(), r.id(), p));
    }

    private static PeerRank rank(Map<String, IndicatorValue> values, Indicator ind, Region home, List<Region> peers,
            YearMonth p) {
        Map<Long, BigDecimal> growths = new LinkedHashMap<>();
        for (Region r : peers) {
            IndicatorValue v = values.get(IndicatorStore.key(ind.id(), r.id(), p));
            growths.put(r.id(), v == null ? null : v.growth());
        }
        return growths.values().stream().filter(java.util.Objects::nonNull).count() < 2 ? null
                : PeerRank.of(home.id(), growths, ind.higherIsBetter());
    }

    /** One indicator month by month for a year: region name → growth per month (null = 未公布). */
    @Transactional(readOnly = true)
    public Series series(String code, int year) {
        Indicator ind = indicator(code);
        List<Region> regions = store.regions();
        List<IndicatorValue> vs = store.series(ind.id(), YearMonth.of(year, 1), YearMonth.of(year, 12));
        Map<Long, BigDecimal[]> growth = new LinkedHashMap<>();
        Map<Long, BigDecimal[]> level = new LinkedHashMap<>();
        Map<Long, Long[]> ids = new LinkedHashMap<>();
        for (Region r : regions) {
            growth.put(r.id(), new BigDecimal[12]);
            level.put(r.id(), new BigDecimal[12]);
            ids.put(r.id(), new Long[12]);
        }
        for (IndicatorValue v : vs) {
            int m = v.period().getMonthValue() - 1;
            growth.get(v.regionId())[m] = v.growth();
            level.get(v.regionId())[m] = v.value();
            ids.get(v.regionId())[m] = v.id();
        }
        List<Series.Line> lines = new ArrayList<>();
        for (Region r : regions) {
            lines.add(new Series.Line(r, Arrays.asList(growth.get(r.id())), Arrays.asList(level.get(r.id())),
                    Arrays.asList(ids.get(r.id()))));
        }
        return new Series(ind, year, lines);
    }

    /** A value with all its vintages (the page each number of the 简报 links to). */
    @Transactional(readOnly = true)
    public ValueHistory valueHistory(long valueId) {
        IndicatorValue v = store.value(valueId).orElseThrow(() -> new NotFoundException("指标值", valueId));
        Indicator ind = store.indicators().stream().filter(i -> i.id() == v.indicatorId()).findFirst().orElseThrow();
        Region r = store.regions().stream().filter(x -> x.id() == v.regionId()).findFirst().orElseThrow();
        return new ValueHistory(ind, r, v, store.vintages(v.indicatorId(), v.regionId(), v.period()));
    }

    /** A figure and all its vintages, newest first. */
    public record ValueHistory(Indicator indicator, Region region, IndicatorValue value, List<IndicatorValue> vintages) {
    }

    @Transactional(readOnly = true)
    public List<Map<String, Object>> imports() {
        return store.imports(20);
    }

    @Transactional(readOnly = true)
    public Map<String, Object> importRecord(long id) {
        return store.importRecord(id).orElseThrow(() -> new NotFoundException("导入记录", id));
    }

    /** Current values of all indicators and regions between two months, for the CSV export. */
    @Transactional(readOnly = true)
    public List<IndicatorValue> currentValues(YearMonth from, YearMonth to) {
        return store.currentValues(from, to);
    }

    @Transactional(readOnly = true)
    public Map<String, String> industryClasses() {
        return store.industryClasses();
    }
}
