package cn.luoshi.assessment;

import java.math.BigDecimal;

/** One unit's stored result in a run ({@code linesJson}: every line with its facts, or null in lists). */
public record UnitResult(long unitId, String unitName, String group, int groupSeq, BigDecimal subtotal,
        BigDecimal bonus, BigDecimal deduction, BigDecimal total, int rank, Grade grade, String gradeRule,
        boolean vetoed, String linesJson) {
}
