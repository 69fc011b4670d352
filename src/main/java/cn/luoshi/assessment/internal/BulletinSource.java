package cn.luoshi.assessment.internal;

import cn.luoshi.assessment.Reading;
import cn.luoshi.assessment.SourceKey;
import cn.luoshi.assessment.SourceReader;
import cn.luoshi.bulletins.BulletinUnitFigures;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/** 通报: each line naming the unit's task as 逾期 or 落后序时 in a published 通报 of the period. */
@Component
class BulletinSource implements SourceReader {

    private final BulletinUnitFigures figures;

    BulletinSource(BulletinUnitFigures figures) {
        this.figures = figures;
    }

    @Override
    public Set<SourceKey> keys() {
        return Set.of(SourceKey.BULLETIN_NAMED);
    }

    @Override
    public Map<Long, Reading> read(SourceKey key, Map<String, Object> params, Collection<Long> units, Period p) {
        return Facts.counts(p.memo("named", () -> Facts.byUnit(figures.namedLagging(p.from(), p.to()))), units, f -> true, "本期未被通报");
    }
}
