package cn.luoshi.assessment.internal;

import cn.luoshi.assessment.Reading;
import cn.luoshi.assessment.SourceKey;
import cn.luoshi.assessment.SourceReader;
import cn.luoshi.common.UnitFact;
import cn.luoshi.indicators.IndicatorFigures;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * 经济指标: the district's latest 增速 in the year (param {@code code}), or its gap to the year's target or to the
 * city. A district figure: every unit of the group that carries the indicator gets it. No published growth, or no
 * target / city figure for a gap, is 无数据.
 */
@Component
class IndicatorSource implements SourceReader {

    private final IndicatorFigures figures;

    IndicatorSource(IndicatorFigures figures) {
        this.figures = figures;
    }

    @Override
    public Set<SourceKey> keys() {
        return Set.of(SourceKey.INDICATOR_GROWTH, SourceKey.INDICATOR_VS_TARGET, SourceKey.INDICATOR_VS_CITY);
    }

    @Override
    public Map<Long, Reading> read(SourceKey key, Map<String, Object> params, Collection<Long> units, Period p) {
        String code = String.valueOf(params.get("code"));
        Optional<IndicatorFigures.Reading> r = p.memo("ind." + code, () -> figures.latestGrowth(code, p.year(), p.to()));
        Map<Long, Reading> out = new HashMap<>();
        for (Long u : units) {
            out.put(u, reading(key, code, r, u));
        }
        return out;
    }

    private static Reading reading(SourceKey key, String code, Optional<IndicatorFigures.Reading> o, long unit) {
        if (o.isEmpty()) {
            return Reading.noData(code + " 本年度尚无已公布的增速（无数据）");
        }
        var r = o.get();
        String label = r.name() + " " + r.period().getYear() + "年1-" + r.period().getMonthValue() + "月 增速 "
                + plain(r.growth()) + "%（" + r.status() + (r.source() == null ? "" : "，" + r.source()) + "）";
        String detail = "目标 " + (r.target() == null ? "未设" : plain(r.target()) + "%") + "；全市 "
                + (r.cityGrowth() == null ? "未录入" : plain(r.cityGrowth()) + "%");
        List<UnitFact> facts = List.of(new UnitFact(unit, r.valueId(), label, "/indicators/" + r.code(), r.period(),
                detail, null, r.growth(), r.target()));
        return switch (key) {
            case INDICATOR_GROWTH -> Reading.of(r.growth().doubleValue(), null, facts);
            case INDICATOR_VS_TARGET -> r.target() == null ? new Reading(null, null, null, "未设增速目标（无数据）", facts)
                    : Reading.of(r.growth().subtract(r.target()).doubleValue(), null, facts);
            default -> r.cityGrowth() == null ? new Reading(null, null, null, "无全市增速（无数据）", facts)
                    : Reading.of(r.growth().subtract(r.cityGrowth()).doubleValue(), null, facts);
        };
    }

    private static String plain(BigDecimal b) {
        return b.stripTrailingZeros().toPlainString();
    }
}
