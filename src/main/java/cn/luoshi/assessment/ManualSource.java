package cn.luoshi.assessment;

import cn.luoshi.common.UnitFact;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/** 手工录入 (民主测评, 满意度, 表彰次数…): the value entered for the unit and year, with its evidence file as the fact. */
@Component
class ManualSource implements SourceReader {

    private final AssessmentStore store;

    ManualSource(AssessmentStore store) {
        this.store = store;
    }

    @Override
    public Set<SourceKey> keys() {
        return Set.of(SourceKey.MANUAL);
    }

    @Override
    public Map<Long, Reading> read(SourceKey key, Map<String, Object> params, Collection<Long> units, Period p) {
        String code = String.valueOf(params.get("__code"));
        Map<Long, Reading> out = new HashMap<>();
        for (AssessmentStore.Manual m : store.manual(p.year(), code)) {
            String label = "录入值 " + m.value().stripTrailingZeros().toPlainString() + (m.note() == null ? "" : "（" + m.note() + "）");
            String link = m.fileName() == null ? null : "/assessment/evidence/" + m.id();
            out.put(m.unitId(), Reading.of(m.value().doubleValue(), null, List.of(new UnitFact(m.unitId(), m.id(),
                    label, link, m.enteredOn(), m.enteredBy() + " 录入" + (m.fileName() == null ? "，无佐证材料"
                            : "，佐证：" + m.fileName()), null, m.value(), null))));
        }
        return out;
    }
}
