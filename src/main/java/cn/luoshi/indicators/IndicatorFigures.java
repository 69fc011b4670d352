package cn.luoshi.indicators;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * District figures for assessment (read-only): an indicator's latest published 增速 for the home district in a year up
 * to a date (the current vintage), the year's 增速目标, and the city's 增速 for the same period. Empty when the
 * district has no growth published in that year up to the date (无数据, never zero).
 */
@Service
public class IndicatorFigures {

    /** One reading with what it came from. {@code target} and {@code cityGrowth} may be null (not set). */
    public record Reading(String code, String name, LocalDate period, long valueId, BigDecimal growth,
            BigDecimal target, BigDecimal cityGrowth, String status, String source) {
    }

    private final JdbcClient jdbc;

    IndicatorFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Optional<Reading> latestGrowth(String code, int year, LocalDate asOf) {
        return jdbc.sql("""
                select i.code, i.name, v.period, v.id, v.growth, t.growth_target, c.growth as city_growth, v.status,
                  v.source
                from ind_indicator i
                join ind_value v on v.indicator_id = i.id and v.current and v.growth is not null
                join ind_region r on r.id = v.region_id and r.home
                left join ind_target t on t.indicator_id = i.id and t.year = :year
                left join ind_region cr on cr.level = 'CITY'
                left join ind_value c on c.indicator_id = i.id and c.region_id = cr.id and c.period = v.period and c.current
                where i.code = :code and extract(year from v.period) = :year and v.period <= :asOf
                order by v.period desc limit 1
                """).param("code", code).param("year", year).param("asOf", asOf).query((rs, n) -> new Reading(
                rs.getString("code"), rs.getString("name"), rs.getObject("period", LocalDate.class), rs.getLong("id"),
                rs.getBigDecimal("growth"), rs.getBigDecimal("growth_target"), rs.getBigDecimal("city_growth"),
                rs.getString("status"), rs.getString("source"))).optional();
    }
}
