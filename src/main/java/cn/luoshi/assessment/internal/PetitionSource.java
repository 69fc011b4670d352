package cn.luoshi.assessment.internal;

import cn.luoshi.assessment.Reading;
import cn.luoshi.assessment.SourceKey;
import cn.luoshi.assessment.SourceReader;
import cn.luoshi.common.UnitFact;
import cn.luoshi.petitions.PetitionUnitFigures;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/** 信访: 信访件数 (件) with the unit as 责任单位, and 一次性化解率 over them (no case: 无数据). */
@Component
class PetitionSource implements SourceReader {

    private final PetitionUnitFigures figures;

    PetitionSource(PetitionUnitFigures figures) {
        this.figures = figures;
    }

    @Override
    public Set<SourceKey> keys() {
        return Set.of(SourceKey.PETITION_COUNT, SourceKey.PETITION_ONCE_RATE);
    }

    @Override
    public Map<Long, Reading> read(SourceKey key, Map<String, Object> params, Collection<Long> units, Period p) {
        Map<Long, List<UnitFact>> by = p.memo("petitions", () -> Facts.byUnit(figures.cases(p.from(), p.to())));
        return key == SourceKey.PETITION_COUNT ? Facts.counts(by, units, f -> true, "本期无信访件")
                : Facts.rates(by, units, "信访件");
    }
}
