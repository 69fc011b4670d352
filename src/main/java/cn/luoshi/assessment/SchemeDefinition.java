package cn.luoshi.assessment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * 考核办法 as data, the form in which it is entered and shown (units by name). Validated as a whole by
 * {@link SchemeRules}; stored in tables by the service.
 *
 * @param noData how a 基本分 line 无数据 scores: {@code NO_POINTS} 不得分, {@code FULL_POINTS} 得满分, or
 *               {@code AVERAGE} the average of the group's units with data (full points when none has data); bonus,
 *               deduction and veto lines without data add, subtract and cap nothing
 */
public record SchemeDefinition(String title, int year, LocalDate effectiveFrom, LocalDate effectiveTo, String basis,
        BigDecimal excellentFrom, BigDecimal goodFrom, BigDecimal passFrom, BigDecimal excellentShare,
        BigDecimal bonusCap, BigDecimal deductionCap, NoData noData, int appealDays, List<GroupDef> groups) {

    public enum NoData {
        NO_POINTS("无数据的指标不得分"), FULL_POINTS("无数据的指标得满分"),
        AVERAGE("无数据的指标按本组有数据单位的平均得分计，全组均无数据的按满分计");

        private final String label;

        NoData(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** 考核组 (差异化考核): its declared 总分值, its member units (names) and its indicators. */
    public record GroupDef(String name, BigDecimal total, List<String> units, List<IndicatorDef> indicators) {
    }

    /**
     * One 考核指标. {@code code} is its short name (formulas and gated bonuses refer to it); {@code weight} is its 分值
     * (for a deduction: the cap; for a bonus: the annual cap; for a veto: 0).
     */
    public record IndicatorDef(String code, String category, String name, BigDecimal weight, Method method,
            Map<String, Object> params, SourceKey source, Map<String, Object> sourceParams) {
        public IndicatorDef {
            params = params == null ? Map.of() : params;
            sourceParams = sourceParams == null ? Map.of() : sourceParams;
        }
    }

    public Grading.Rules gradeRules() {
        return new Grading.Rules(excellentFrom, goodFrom, passFrom, excellentShare);
    }
}
