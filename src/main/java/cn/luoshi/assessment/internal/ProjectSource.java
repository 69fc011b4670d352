package cn.luoshi.assessment.internal;

import cn.luoshi.assessment.Reading;
import cn.luoshi.assessment.SourceKey;
import cn.luoshi.assessment.SourceReader;
import cn.luoshi.common.UnitFact;
import cn.luoshi.projects.ProjectUnitFigures;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * 重点项目: 年度投资完成率 = Σ累计完成 ÷ Σ年度计划 of the unit's projects of the year (capped at nothing: above 100% is
 * shown as it is); 开工率 = started 新开工 projects ÷ 新开工 projects. No project (or no plan) is 无数据.
 */
@Component
class ProjectSource implements SourceReader {

    private final ProjectUnitFigures figures;

    ProjectSource(ProjectUnitFigures figures) {
        this.figures = figures;
    }

    @Override
    public Set<SourceKey> keys() {
        return Set.of(SourceKey.PROJECT_INVESTMENT_RATE, SourceKey.PROJECT_START_RATE);
    }

    @Override
    public Map<Long, Reading> read(SourceKey key, Map<String, Object> params, Collection<Long> units, Period p) {
        Map<Long, List<UnitFact>> by = p.memo("projects", () -> Facts.byUnit(figures.projects(p.year(), p.to())));
        if (key == SourceKey.PROJECT_START_RATE) {
            Map<Long, List<UnitFact>> fresh = new HashMap<>();
            by.forEach((u, fs) -> fresh.put(u, fs.stream().filter(f -> f.good() != null).toList()));
            return Facts.rates(fresh, units, "新开工项目");
        }
        Map<Long, Reading> out = new HashMap<>();
        for (Long u : units) {
            List<UnitFact> fs = by.getOrDefault(u, List.of());
            BigDecimal plan = fs.stream().map(UnitFact::base).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal done = fs.stream().map(UnitFact::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (plan.signum() == 0) {
                out.put(u, new Reading(null, null, null, "本年度无重点项目投资计划（无数据）", fs));
            } else {
                double rate = Math.round(10000.0 * done.doubleValue() / plan.doubleValue()) / 100.0;
                out.put(u, Reading.of(rate, "累计完成 " + done.stripTrailingZeros().toPlainString() + " / 计划 "
                        + plan.stripTrailingZeros().toPlainString() + " 万元", fs));
            }
        }
        return out;
    }
}
