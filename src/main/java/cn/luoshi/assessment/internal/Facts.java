package cn.luoshi.assessment.internal;

import cn.luoshi.assessment.Reading;
import cn.luoshi.common.UnitFact;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Turns per-unit facts into readings: rates (good/total) and counts. */
final class Facts {

    private Facts() {
    }

    static Map<Long, List<UnitFact>> byUnit(List<UnitFact> facts) {
        Map<Long, List<UnitFact>> m = new HashMap<>();
        for (UnitFact f : facts) {
            m.computeIfAbsent(f.unitId(), k -> new ArrayList<>()).add(f);
        }
        return m;
    }

    /** A rate per unit; 无数据 for a unit with no records. Facts: the ones against the unit first. */
    static Map<Long, Reading> rates(Map<Long, List<UnitFact>> byUnit, Collection<Long> units, String what) {
        Map<Long, Reading> out = new HashMap<>();
        for (Long u : units) {
            List<UnitFact> fs = byUnit.getOrDefault(u, List.of());
            int good = (int) fs.stream().filter(f -> Boolean.TRUE.equals(f.good())).count();
            List<UnitFact> sorted = new ArrayList<>(fs);
            sorted.sort((a, b) -> Boolean.compare(Boolean.TRUE.equals(a.good()), Boolean.TRUE.equals(b.good())));
            out.put(u, Reading.rate(good, fs.size(), what, sorted));
        }
        return out;
    }

    /** A count per unit of the facts that match; 0 (not 无数据) when the module holds none for the unit. */
    static Map<Long, Reading> counts(Map<Long, List<UnitFact>> byUnit, Collection<Long> units,
            java.util.function.Predicate<UnitFact> counted, String none) {
        Map<Long, Reading> out = new HashMap<>();
        for (Long u : units) {
            List<UnitFact> fs = byUnit.getOrDefault(u, List.of()).stream().filter(counted).toList();
            out.put(u, Reading.of(fs.size(), fs.isEmpty() ? none : null, fs));
        }
        return out;
    }
}
