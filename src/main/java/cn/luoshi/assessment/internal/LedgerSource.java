package cn.luoshi.assessment.internal;

import cn.luoshi.assessment.Reading;
import cn.luoshi.assessment.SourceKey;
import cn.luoshi.assessment.SourceReader;
import cn.luoshi.common.UnitFact;
import cn.luoshi.ledger.LedgerUnitFigures;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/** 督查台账: 按时办结率 over the tasks due in the period; 逾期任务数 = those due and not completed by the deadline. */
@Component
class LedgerSource implements SourceReader {

    private final LedgerUnitFigures figures;

    LedgerSource(LedgerUnitFigures figures) {
        this.figures = figures;
    }

    @Override
    public Set<SourceKey> keys() {
        return Set.of(SourceKey.LEDGER_ON_TIME_RATE, SourceKey.LEDGER_OVERDUE);
    }

    @Override
    public Map<Long, Reading> read(SourceKey key, Map<String, Object> params, Collection<Long> units, Period p) {
        Map<Long, List<UnitFact>> due = p.memo("ledger.due", () -> Facts.byUnit(figures.dueTasks(p.from(), p.to())));
        return key == SourceKey.LEDGER_ON_TIME_RATE ? Facts.rates(due, units, "到期任务")
                : Facts.counts(due, units, f -> !Boolean.TRUE.equals(f.good()), "本期无逾期任务");
    }
}
