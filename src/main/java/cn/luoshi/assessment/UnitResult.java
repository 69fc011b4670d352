package cn.luoshi.assessment;

import java.math.BigDecimal;

/**
 * One unit's stored result in a run ({@code linesJson}: every line without facts, or null in lists; {@code factsJson}:
 * the facts by indicator code, or null when not read).
 */
public record UnitResult(long unitId, String unitName, String group, int groupSeq, BigDecimal subtotal,
        BigDecimal bonus, BigDecimal deduction, BigDecimal total, int rank, Grade grade, String gradeRule,
        boolean vetoed, String linesJson, String factsJson) {
}
