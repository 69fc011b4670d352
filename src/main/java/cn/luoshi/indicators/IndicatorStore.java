package cn.luoshi.indicators;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads and writes the module's tables with plain SQL. */
@Component
class IndicatorStore {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(IndicatorStore.class);

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    IndicatorStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    // ---- catalogue and regions ------------------------------------------------------------------------------------

    List<Indicator> indicators() {
        return jdbc.sql("select * from ind_indicator order by sort_order, id").query(IndicatorStore::indicator).list();
    }

    Optional<Indicator> indicator(String code) {
        return jdbc.sql("select * from ind_indicator where code = ?").param(code).query(IndicatorStore::indicator)
                .optional();
    }

    private static Indicator indicator(ResultSet rs, int row) throws SQLException {
        return new Indicator(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getString("unit"),
                rs.getString("frequency"), rs.getString("reported"), rs.getBoolean("higher_is_better"),
                rs.getString("owner_unit"), (Long) rs.getObject("owner_task_id"), rs.getString("light_rule"),
                rs.getInt("sort_order"), rs.getInt("version"));
    }

    int updateIndicator(long id, int version, String ownerUnit, Long ownerTaskId, String lightRule) {
        return jdbc.sql("""
                update ind_indicator set owner_unit = ?, owner_task_id = ?, light_rule = ?, version = version + 1
                where id = ? and version = ?""")
                .params(ownerUnit, ownerTaskId, lightRule, id, version).update();
    }

    long insertIndicator(IndicatorForm f, int sortOrder) {
        return jdbc.sql("""
                insert into ind_indicator (code, name, unit, frequency, reported, higher_is_better, owner_unit,
                                           owner_task_id, light_rule, sort_order)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(f.code.strip(), f.name.strip(), f.unit.strip(), f.frequency, f.reported, f.higherIsBetter,
                        blank(f.ownerUnit), f.ownerTaskId, blank(f.lightRule), sortOrder)
                .query(Long.class).single();
    }

    int editIndicator(long id, IndicatorForm f, int sortOrder) {
        return jdbc.sql("""
                update ind_indicator set name = ?, unit = ?, frequency = ?, reported = ?, higher_is_better = ?,
                       owner_unit = ?, owner_task_id = ?, light_rule = ?, sort_order = ?, version = version + 1
                where id = ? and version = ?""")
                .params(f.name.strip(), f.unit.strip(), f.frequency, f.reported, f.higherIsBetter, blank(f.ownerUnit),
                        f.ownerTaskId, blank(f.lightRule), sortOrder, id, f.version)
                .update();
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    List<LightRuleSet> lightRuleSets() {
        return jdbc.sql("select * from ind_light_rule order by preset desc, is_default desc, name").query((rs, i) ->
                new LightRuleSet(rs.getLong("id"), new IndicatorLightRule(rs.getString("name"), rs.getBigDecimal("red_below_growth"),
                        rs.getBoolean("compare_plan"), rs.getBoolean("compare_city_average"),
                        rs.getBoolean("rank_drop_is_yellow")), rs.getString("source"), rs.getBoolean("preset"),
                        rs.getBoolean("is_default"), rs.getString("copied_from"), rs.getInt("version"))).list();
    }

    void insertLightRule(LightRuleForm f, String copiedFrom) {
        jdbc.sql("""
                insert into ind_light_rule (name, source, red_below_growth, compare_plan, compare_city_average,
                                            rank_drop_is_yellow, preset, copied_from)
                values (?, ?, ?, ?, ?, ?, false, ?)""")
                .params(f.name.strip(), f.source.strip(), f.redBelowGrowth, f.comparePlan, f.compareCityAverage,
                        f.rankDropIsYellow, copiedFrom).update();
    }

    /** Edits a copy (never a preset); 0 when the version is stale. */
    int updateLightRule(LightRuleForm f) {
        return jdbc.sql("""
                update ind_light_rule set source = ?, red_below_growth = ?, compare_plan = ?, compare_city_average = ?,
                       rank_drop_is_yellow = ?, version = version + 1
                where name = ? and version = ? and not preset""")
                .params(f.source.strip(), f.redBelowGrowth, f.comparePlan, f.compareCityAverage, f.rankDropIsYellow,
                        f.name, f.version).update();
    }

    List<Region> regions() {
        return jdbc.sql("select * from ind_region order by sort_order, id").query((rs, i) -> new Region(rs.getLong("id"),
                rs.getString("name"), rs.getString("level"), rs.getBoolean("home"), rs.getInt("sort_order"))).list();
    }

    long addRegion(String name, String level, int sortOrder) {
        return jdbc.sql("insert into ind_region (name, level, sort_order) values (?, ?, ?) returning id")
                .params(name, level, sortOrder).query(Long.class).single();
    }

    void renameRegion(long id, String name) {
        jdbc.sql("update ind_region set name = ? where id = ?").params(name, id).update();
    }

    Map<String, IndicatorLightRule> lightRules() {
        Map<String, IndicatorLightRule> out = new HashMap<>();
        jdbc.sql("select * from ind_light_rule order by is_default desc, name").query(rs -> {
            IndicatorLightRule r = new IndicatorLightRule(rs.getString("name"), rs.getBigDecimal("red_below_growth"),
                    rs.getBoolean("compare_plan"), rs.getBoolean("compare_city_average"),
                    rs.getBoolean("rank_drop_is_yellow"));
            out.put(rs.getBoolean("is_default") ? "" : r.name(), r);
            out.put(r.name(), r);
        });
        return out;
    }

    // ---- targets --------------------------------------------------------------------------------------------------

    Map<Long, BigDecimal> targets(int year) {
        Map<Long, BigDecimal> out = new HashMap<>();
        jdbc.sql("select indicator_id, growth_target from ind_target where year = ?").param(year)
                .query(rs -> {
                    out.put(rs.getLong(1), rs.getBigDecimal(2));
                });
        return out;
    }

    void saveTarget(long indicatorId, int year, BigDecimal target, String by) {
        jdbc.sql("""
                insert into ind_target (indicator_id, year, growth_target, updated_by) values (?, ?, ?, ?)
                on conflict (indicator_id, year) do update set growth_target = excluded.growth_target,
                  version = ind_target.version + 1, updated_by = excluded.updated_by, updated_at = luoshi_now()""")
                .params(indicatorId, year, target, by).update();
    }

    // ---- values ---------------------------------------------------------------------------------------------------

    /** Current values of the given months (all indicators, all regions). */
    List<IndicatorValue> currentValues(YearMonth from, YearMonth to) {
        return jdbc.sql("""
                select * from ind_value where current and period between ? and ?
                order by indicator_id, region_id, period""")
                .params(Date.valueOf(from.atDay(1)), Date.valueOf(to.atDay(1))).query(IndicatorStore::value).list();
    }

    /** Current values of one indicator, all regions, a range of months. */
    List<IndicatorValue> series(long indicatorId, YearMonth from, YearMonth to) {
        return jdbc.sql("""
                select * from ind_value where current and indicator_id = ? and period between ? and ?
                order by period, region_id""")
                .params(indicatorId, Date.valueOf(from.atDay(1)), Date.valueOf(to.atDay(1)))
                .query(IndicatorStore::value).list();
    }

    /** Every vintage of one figure, newest first. */
    List<IndicatorValue> vintages(long indicatorId, long regionId, YearMonth period) {
        return jdbc.sql("""
                select * from ind_value where indicator_id = ? and region_id = ? and period = ? order by vintage desc""")
                .params(indicatorId, regionId, Date.valueOf(period.atDay(1))).query(IndicatorStore::value).list();
    }

    Optional<IndicatorValue> value(long id) {
        return jdbc.sql("select * from ind_value where id = ?").param(id).query(IndicatorStore::value).optional();
    }

    Optional<YearMonth> latestPeriod() {
        return jdbc.sql("select max(period) from ind_value where current").query(Date.class).optional()
                .map(d -> YearMonth.from(d.toLocalDate()));
    }

    /** Per indicator, the latest month with a current figure for the home district. */
    Map<Long, YearMonth> latestHomePeriods(long homeId) {
        Map<Long, YearMonth> out = new HashMap<>();
        jdbc.sql("select indicator_id, max(period) from ind_value where current and region_id = ? group by indicator_id")
                .param(homeId).query(rs -> {
                    out.put(rs.getLong(1), YearMonth.from(rs.getDate(2).toLocalDate()));
                });
        return out;
    }

    List<YearMonth> periods() {
        // a loose index scan: one probe of ind_value_period per month instead of reading every current value
        return jdbc.sql("""
                with recursive t(p) as (
                  select max(period) from ind_value where current
                  union all
                  select (select max(period) from ind_value where current and period < t.p) from t where t.p is not null)
                select p from t where p is not null order by p desc""").query(Date.class)
                .list().stream().map(d -> YearMonth.from(d.toLocalDate())).toList();
    }

    /** The current vintage of each (indicator, region, period) key among {@code keys}' periods, keyed "i/r/yyyy-mm". */
    Map<String, IndicatorValue> currentByKey(List<YearMonth> periods) {
        Map<String, IndicatorValue> out = new HashMap<>();
        if (periods.isEmpty()) {
            return out;
        }
        List<Date> dates = periods.stream().distinct().map(p -> Date.valueOf(p.atDay(1))).toList();
        String in = String.join(",", java.util.Collections.nCopies(dates.size(), "?"));
        jdbc.sql("select * from ind_value where current and period in (" + in + ")").params(new ArrayList<>(dates))
                .query(IndicatorStore::value).list()
                .forEach(v -> out.put(key(v.indicatorId(), v.regionId(), v.period()), v));
        return out;
    }

    static String key(long indicatorId, long regionId, YearMonth period) {
        return indicatorId + "/" + regionId + "/" + period;
    }

    long createImport(String fileName, String layout, String by, String source, int total, int added, int revised,
            int unchanged, String differencesJson) {
        return jdbc.sql("""
                insert into ind_import (file_name, layout, imported_by, source, rows_total, rows_new, rows_revised,
                  rows_unchanged, differences)
                values (?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb)) returning id""")
                .params(fileName, layout, by, source, total, added, revised, unchanged, differencesJson)
                .query(Long.class).single();
    }

    /**
     * A new vintage for each row: supersedes the current ones (by id: kept, current = false) and inserts the new ones
     * — two statements over arrays, whatever the number of rows.
     */
    void insertVintages(List<Long> superseded, List<IndicatorValue> rows) {
        int n = rows.size();
        Long[] ind = new Long[n];
        Long[] reg = new Long[n];
        Date[] per = new Date[n];
        Integer[] vin = new Integer[n];
        BigDecimal[] val = new BigDecimal[n];
        BigDecimal[] gro = new BigDecimal[n];
        String[] sta = new String[n];
        String[] src = new String[n];
        Date[] sd = new Date[n];
        Long[] imp = new Long[n];
        for (int i = 0; i < n; i++) {
            IndicatorValue v = rows.get(i);
            ind[i] = v.indicatorId();
            reg[i] = v.regionId();
            per[i] = Date.valueOf(v.period().atDay(1));
            vin[i] = v.vintage();
            val[i] = v.value();
            gro[i] = v.growth();
            sta[i] = v.status();
            src[i] = v.source();
            sd[i] = v.sourceDate() == null ? null : Date.valueOf(v.sourceDate());
            imp[i] = v.importId();
        }
        long t0 = System.nanoTime();
        if (!superseded.isEmpty()) {
            template.update(con -> {
                var ps = con.prepareStatement("update ind_value set current = false where id = any(?) and current");
                ps.setArray(1, con.createArrayOf("bigint", superseded.toArray()));
                return ps;
            });
        }
        long t1 = System.nanoTime();
        template.update(con -> {
            var ps = con.prepareStatement("""
                    insert into ind_value (indicator_id, region_id, period, vintage, value, growth, status, source,
                      source_date, import_id)
                    select * from unnest(?::bigint[], ?::bigint[], ?::date[], ?::int[], ?::numeric[], ?::numeric[],
                      ?::text[], ?::text[], ?::date[], ?::bigint[])""");
            ps.setArray(1, con.createArrayOf("bigint", ind));
            ps.setArray(2, con.createArrayOf("bigint", reg));
            ps.setArray(3, con.createArrayOf("date", per));
            ps.setArray(4, con.createArrayOf("int4", vin));
            ps.setArray(5, con.createArrayOf("numeric", val));
            ps.setArray(6, con.createArrayOf("numeric", gro));
            ps.setArray(7, con.createArrayOf("text", sta));
            ps.setArray(8, con.createArrayOf("text", src));
            ps.setArray(9, con.createArrayOf("date", sd));
            ps.setArray(10, con.createArrayOf("bigint", imp));
            return ps;
        });
        if (log.isDebugEnabled()) {
            log.debug("insertVintages {} rows: supersede {} ms, insert {} ms", n, (t1 - t0) / 1_000_000,
                    (System.nanoTime() - t1) / 1_000_000);
        }
    }

    private static IndicatorValue value(ResultSet rs, int row) throws SQLException {
        Date sd = rs.getDate("source_date");
        return new IndicatorValue(rs.getLong("id"), rs.getLong("indicator_id"), rs.getLong("region_id"),
                YearMonth.from(rs.getDate("period").toLocalDate()), rs.getInt("vintage"), rs.getBoolean("current"),
                rs.getBigDecimal("value"), rs.getBigDecimal("growth"), rs.getString("status"), rs.getString("source"),
                sd == null ? null : sd.toLocalDate(), (Long) rs.getObject("import_id"));
    }

    boolean hasValues() {
        return jdbc.sql("select exists (select 1 from ind_value)").query(Boolean.class).single();
    }

    List<Map<String, Object>> imports(int limit) {
        return jdbc.sql("""
                select id, file_name, layout, imported_by, imported_at, source, rows_total, rows_new, rows_revised,
                  rows_unchanged, to_char(imported_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD HH24:MI') as imported_at_text
                from ind_import order by id desc limit ?""").param(limit).query().listOfRows();
    }

    Optional<Map<String, Object>> importRecord(long id) {
        return jdbc.sql("select * from ind_import where id = ?").param(id).query().listOfRows().stream().findFirst();
    }

    // ---- industry classes -----------------------------------------------------------------------------------------

    /** Industry class → [name, output, output_prev, growth] for one month's current vintage. */
    List<IndustryFigure> industry(YearMonth period) {
        return jdbc.sql("""
                select c.code, c.name, v.output, v.output_prev, v.growth from ind_industry_class c
                join ind_industry_value v on v.class_code = c.code and v.current and v.period = ?
                order by c.code""").param(Date.valueOf(period.atDay(1)))
                .query((rs, i) -> new IndustryFigure(rs.getString(1), rs.getString(2), rs.getBigDecimal(3),
                        rs.getBigDecimal(4), rs.getBigDecimal(5))).list();
    }

    Map<String, String> industryClasses() {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        jdbc.sql("select code, name from ind_industry_class order by code").query(rs -> {
            out.put(rs.getString(1), rs.getString(2));
        });
        return out;
    }

    void insertIndustry(YearMonth period, List<IndustryFigure> rows, Long importId) {
        Date p = Date.valueOf(period.atDay(1));
        List<Object[]> args = new ArrayList<>();
        for (IndustryFigure f : rows) {
            args.add(new Object[] {f.code(), p, f.code(), p, f.output(), f.outputBefore(), f.growth(), importId});
        }
        template.batchUpdate("update ind_industry_value set current = false where class_code = ? and period = ? and current",
                args.stream().map(a -> new Object[] {a[0], a[1]}).toList());
        template.batchUpdate("""
                insert into ind_industry_value (class_code, period, vintage, output, output_prev, growth, import_id)
                values (?, ?, (select coalesce(max(vintage), 0) + 1 from ind_industry_value where class_code = ? and period = ?),
                        ?, ?, ?, ?)""",
                args.stream().map(a -> new Object[] {a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7]}).toList());
    }

    static LocalDate day(YearMonth p) {
        return p.atDay(1);
    }
}
