package cn.luoshi.assessment.internal;

import cn.luoshi.assessment.Reading;
import cn.luoshi.assessment.SourceKey;
import cn.luoshi.assessment.SourceReader;
import cn.luoshi.supervision.SupervisionUnitFigures;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/** 督查督办: 督办单 issued to the unit; 整改 items due in the period and not 销号 by their deadline. */
@Component
class SupervisionSource implements SourceReader {

    private final SupervisionUnitFigures figures;

    SupervisionSource(SupervisionUnitFigures figures) {
        this.figures = figures;
    }

    @Override
    public Set<SourceKey> keys() {
        return Set.of(SourceKey.SUPERVISION_ORDERS, SourceKey.SUPERVISION_RECT_OVERDUE);
    }

    @Override
    public Map<Long, Reading> read(SourceKey key, Map<String, Object> params, Collection<Long> units, Period p) {
        if (key == SourceKey.SUPERVISION_ORDERS) {
            return Facts.counts(p.memo("orders", () -> Facts.byUnit(figures.orders(p.from(), p.to()))), units, f -> true, "本期未被下发督办单");
        }
        return Facts.counts(p.memo("rect", () -> Facts.byUnit(figures.rectifications(p.from(), p.to()))), units,
                f -> !Boolean.TRUE.equals(f.good()), "本期无逾期整改");
    }
}
