package cn.luoshi.indicators;

import java.util.List;

/**
 * What an import did: rows read, new figures, revised figures (each a new vintage, listed in {@code differences}),
 * rows equal to the current figure (no new vintage), and notes (e.g. a 位次 in the file that differs from the
 * computed one). {@code importId} is null when nothing changed.
 */
public record ImportResult(Long importId, String layout, int total, int added, int revised, int unchanged,
        List<Difference> differences, List<String> notes) {

    /** One revised figure: old and new level and growth. */
    public record Difference(String indicator, String region, String period, String oldValue, String newValue,
            String oldGrowth, String newGrowth, int vintage) {
    }

    public boolean changedNothing() {
        return added == 0 && revised == 0;
    }

    public String summary() {
        if (changedNothing()) {
            return "共" + total + "行，与现有数据完全相同，未生成新版本";
        }
        return "共" + total + "行：新增" + added + "个数据，修订" + revised + "个数据（每个修订生成新版本，旧版本保留），"
                + unchanged + "个与现有数据相同";
    }
}
