package cn.luoshi.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * 计分方法 — the scoring methods of a 考核办法, each a named rule with typed, validated parameters. All return points
 * between 0 and the indicator's 分值 (weight), except the bonus/deduction rules which return the points to add or
 * subtract (already capped). Parameters that contradict (a floor above the target, a negative weight) throw
 * {@link IllegalArgumentException} with a Chinese message, so a scheme cannot be saved with them.
 * Points are rounded to two decimals, half up (四舍五入保留两位小数), at the end of each rule.
 */
public final class ScoringMethods {

    private ScoringMethods() {
    }

    static final int SCALE = 2;

    static BigDecimal r(double v) {
        return BigDecimal.valueOf(v).setScale(SCALE, RoundingMode.HALF_UP);
    }

    private static void weight(double weight) {
        if (!(weight >= 0) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException("分值不能为负数");
        }
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    /** 达标得分（全有或全无）: the full weight if the value reaches the target, otherwise nothing. */
    public static BigDecimal allOrNothing(double value, double target, boolean lowerIsBetter, double weight) {
        weight(weight);
        boolean met = lowerIsBetter ? value <= target : value >= target;
        return r(met ? weight : 0);
    }

    /**
     * 按完成比例计分（封顶）: weight × value ÷ target, at most {@code capRatio} × weight (封顶 e.g. 1.0 or 1.2).
     * A target of zero or below is a contradiction.
     */
    public static BigDecimal proportional(double value, double target, double capRatio, double weight) {
        weight(weight);
        if (!(target > 0)) {
            throw new IllegalArgumentException("目标值必须大于0，才能按完成比例计分");
        }
        if (!(capRatio >= 1)) {
            throw new IllegalArgumentException("封顶倍数不能小于1");
        }
        return r(clamp(weight * value / target, 0, weight * capRatio));
    }

    /**
     * 区间线性计分（保底值→目标值）: nothing at or below the floor (保底值), the full weight at or above the target,
     * linear between. With {@code lowerIsBetter} (e.g. 逾期率, 能耗) the floor is the worst acceptable value and lies
     * above the target. A floor on the wrong side of the target is rejected ("保底值不能高于目标值").
     */
    public static BigDecimal linear(double value, double floor, double target, boolean lowerIsBetter, double weight) {
        weight(weight);
        if (!lowerIsBetter && floor >= target) {
            throw new IllegalArgumentException("保底值不能高于或等于目标值（" + fmt(floor) + " ≥ " + fmt(target) + "）");
        }
        if (lowerIsBetter && floor <= target) {
            throw new IllegalArgumentException("越低越好的指标，保底值必须高于目标值（" + fmt(floor) + " ≤ " + fmt(target) + "）");
        }
        double share = (value - floor) / (target - floor);
        return r(weight * clamp(share, 0, 1));
    }

    /**
     * 阈值阶梯扣分: full weight when the value reaches {@code threshold} (e.g. 90%), then {@code perPoint} less for
     * each whole or part point below (差1个百分点扣1分，不足1个百分点按1个百分点计), never below zero.
     */
    public static BigDecimal thresholdLadder(double value, double threshold, double perPoint, double weight) {
        weight(weight);
        if (!(perPoint > 0)) {
            throw new IllegalArgumentException("每低1个百分点的扣分必须大于0");
        }
        if (value >= threshold) {
            return r(weight);
        }
        double pointsBelow = Math.ceil(threshold - value - 1e-9);
        return r(Math.max(0, weight - pointsBelow * perPoint));
    }

    /**
     * 排名计分（按名次递减）: the first place has the full weight, each place after loses {@code stepShare} of the
     * weight (e.g. 0.05 = 5%), never below {@code floorShare} of the weight.
     */
    public static BigDecimal rankStep(int rank, double stepShare, double floorShare, double weight) {
        weight(weight);
        if (rank < 1) {
            throw new IllegalArgumentException("名次从1开始");
        }
        if (!(stepShare > 0 && stepShare < 1)) {
            throw new IllegalArgumentException("每降一名的扣减比例必须在0与1之间");
        }
        if (!(floorShare >= 0 && floorShare <= 1)) {
            throw new IllegalArgumentException("保底比例必须在0与1之间");
        }
        return r(weight * Math.max(floorShare, 1 - stepShare * (rank - 1)));
    }

    /**
     * 排名计分（分值表）: the points for each place from a table such as 60/57/54/51/48; places beyond the table get
     * its last entry. The table must not rise (a lower place never earns more).
     */
    public static BigDecimal rankTable(int rank, List<Double> table) {
        if (rank < 1) {
            throw new IllegalArgumentException("名次从1开始");
        }
        if (table == null || table.isEmpty()) {
            throw new IllegalArgumentException("名次分值表不能为空");
        }
        for (int i = 1; i < table.size(); i++) {
            if (table.get(i) > table.get(i - 1)) {
                throw new IllegalArgumentException("名次分值表必须逐名不增（第" + (i + 1) + "名高于第" + i + "名）");
            }
        }
        if (table.get(table.size() - 1) < 0) {
            throw new IllegalArgumentException("名次分值不能为负数");
        }
        return r(table.get(Math.min(rank, table.size()) - 1));
    }

    /**
     * 对标最优计分: weight × value ÷ best value of the group (the best unit gets the full weight). For lower-is-better
     * values: weight × best ÷ value. No best (all zero) gives nothing to compare: the full weight if the value equals
     * the best, otherwise zero.
     */
    public static BigDecimal proportionalToBest(double value, double best, boolean lowerIsBetter, double weight) {
        weight(weight);
        if (value < 0 || best < 0) {
            throw new IllegalArgumentException("对标最优计分要求数值不为负");
        }
        double share;
        if (lowerIsBetter) {
            share = value == 0 ? 1 : best / value;
        } else {
            share = best == 0 ? (value == 0 ? 1 : 0) : value / best;
        }
        return r(weight * clamp(share, 0, 1));
    }

    /**
     * 逐项扣分（封顶）: {@code perItem} points off for each item (each overdue task, each 督办单, each time named in a
     * 通报), at most {@code cap}. Returns the deduction (a positive number to subtract).
     */
    public static BigDecimal perItemDeduction(int items, double perItem, double cap) {
        if (items < 0) {
            throw new IllegalArgumentException("扣分事项数不能为负");
        }
        if (!(perItem > 0) || !(cap >= 0)) {
            throw new IllegalArgumentException("每项扣分必须大于0，扣分上限不能为负");
        }
        return r(Math.min(cap, items * perItem));
    }

    /**
     * 加分（逐项封顶、全年封顶）: each event earns its points but at most {@code perEventCap}; the year's bonus is at most
     * {@code annualCap}.
     */
    public static BigDecimal bonus(List<Double> events, double perEventCap, double annualCap) {
        if (!(perEventCap >= 0) || !(annualCap >= 0)) {
            throw new IllegalArgumentException("加分上限不能为负");
        }
        double sum = 0;
        for (double e : events) {
            if (e < 0) {
                throw new IllegalArgumentException("加分事项的分值不能为负");
            }
            sum += Math.min(e, perEventCap);
        }
        return r(Math.min(sum, annualCap));
    }

    /**
     * 条件加分: the bonus only when every condition holds (e.g. GDP增速 ≥ 8% 且 固定资产投资增速 ≥ 8%); a condition
     * without data does not hold.
     */
    public static BigDecimal gatedBonus(List<Boolean> conditions, double points) {
        if (!(points >= 0)) {
            throw new IllegalArgumentException("加分不能为负");
        }
        if (conditions.isEmpty()) {
            throw new IllegalArgumentException("条件加分至少要有一个条件");
        }
        return r(conditions.stream().allMatch(Boolean.TRUE::equals) ? points : 0);
    }

    static String fmt(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
