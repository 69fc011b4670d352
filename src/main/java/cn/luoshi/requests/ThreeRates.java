package cn.luoshi.requests;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * 三率 (响应率、解决率、满意率) and their composite, per unit per month. Definitions and weights are data
 * ({@link Rule}); the shipped preset {@link Rule#LOCAL_DEFAULT} (30/35/35, 基本满意 counts as satisfied) is a local
 * default: published district rules differ (some weigh 20/40/40, some count 基本满意 as 0.8), so set yours.
 *
 * <ul>
 * <li>响应率 = 按时签收的派单数 ÷ 应签收的派单数 (派单 whose 签收 clock has ended or was signed);</li>
 * <li>解决率 = 评价为已解决的诉求 ÷ 已评价（或回访）的诉求 — or, when {@code resolvedBySelfReport}, 单位自报已解决
 * ÷ 已办结;</li>
 * <li>满意率 = (满意 + 基本满意 × {@code basicSatisfiedWeight}) ÷ 已评价.</li>
 * </ul>
 * A rate with nothing to count is absent (—) and its weight is spread over the others, so a unit is not punished
 * for receiving nothing; a unit with no counted rate at all is not ranked.
 */
public final class ThreeRates {

    private ThreeRates() {
    }

    /** The configurable definition. Weights are percentages summing to 100. */
    public record Rule(String name, int responseWeight, int resolutionWeight, int satisfactionWeight,
            BigDecimal basicSatisfiedWeight, boolean resolvedBySelfReport) {

        public static final Rule LOCAL_DEFAULT = new Rule("本地默认 30/35/35（无公开规定依据）", 30, 35, 35,
                BigDecimal.ONE, false);

        public Rule {
            if (responseWeight < 0 || resolutionWeight < 0 || satisfactionWeight < 0
                    || responseWeight + resolutionWeight + satisfactionWeight != 100) {
                throw new IllegalArgumentException("三率权重须为非负且合计100");
            }
            if (basicSatisfiedWeight.signum() < 0 || basicSatisfiedWeight.compareTo(BigDecimal.ONE) > 0) {
                throw new IllegalArgumentException("基本满意折算系数须在0到1之间");
            }
        }

        /** The rule as one sentence for the page (排名规则). */
        public String statement() {
            return "综合得分 = 响应率×" + responseWeight + "% + 解决率×" + resolutionWeight + "% + 满意率×"
                    + satisfactionWeight + "%；基本满意按" + basicSatisfiedWeight.stripTrailingZeros().toPlainString()
                    + "个满意计；解决率按" + (resolvedBySelfReport ? "单位自报" : "群众评价") + "；无数据的率不计，其权重按比例分给其余各率；"
                    + "得分相同按响应率、再按单位名称排序。（" + name + "）";
        }
    }

    /** The counts behind one unit's month. */
    public record Counts(long unitId, String unitName, int dueToSign, int signedInTime, int rated, int resolvedByRating,
            int finished, int resolvedBySelf, int satisfied, int basicSatisfied, int unsatisfied) {
    }

    /** One ranked line; rates are percentages with one decimal, null when there was nothing to count. */
    public record Line(int rank, long unitId, String unitName, BigDecimal response, BigDecimal resolution,
            BigDecimal satisfaction, BigDecimal score, Counts counts) {
    }

    public static BigDecimal response(Counts c) {
        return pct(c.signedInTime(), c.dueToSign());
    }

    public static BigDecimal resolution(Counts c, Rule r) {
        return r.resolvedBySelfReport() ? pct(c.resolvedBySelf(), c.finished()) : pct(c.resolvedByRating(), c.rated());
    }

    public static BigDecimal satisfaction(Counts c, Rule r) {
        int rated = c.satisfied() + c.basicSatisfied() + c.unsatisfied();
        if (rated == 0) {
            return null;
        }
        BigDecimal good = BigDecimal.valueOf(c.satisfied()).add(r.basicSatisfiedWeight().multiply(BigDecimal.valueOf(c.basicSatisfied())));
        return good.multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(rated), 1, RoundingMode.HALF_UP);
    }

    /** The composite score (综合得分), null when no rate could be counted. */
    public static BigDecimal score(BigDecimal response, BigDecimal resolution, BigDecimal satisfaction, Rule r) {
        BigDecimal sum = BigDecimal.ZERO;
        int weights = 0;
        if (response != null) {
            sum = sum.add(response.multiply(BigDecimal.valueOf(r.responseWeight())));
            weights += r.responseWeight();
        }
        if (resolution != null) {
            sum = sum.add(resolution.multiply(BigDecimal.valueOf(r.resolutionWeight())));
            weights += r.resolutionWeight();
        }
        if (satisfaction != null) {
            sum = sum.add(satisfaction.multiply(BigDecimal.valueOf(r.satisfactionWeight())));
            weights += r.satisfactionWeight();
        }
        if (weights == 0) {
            return null;
        }
        return sum.divide(BigDecimal.valueOf(weights), 2, RoundingMode.HALF_UP);
    }

    /** Ranks units: by score descending, then response rate, then unit name; equal scores share a rank. */
    public static List<Line> rank(List<Counts> counts, Rule r) {
        List<Line> lines = new ArrayList<>();
        for (Counts c : counts) {
            BigDecimal a = response(c);
            BigDecimal b = resolution(c, r);
            BigDecimal s = satisfaction(c, r);
            lines.add(new Line(0, c.unitId(), c.unitName(), a, b, s, score(a, b, s, r), c));
        }
        Comparator<BigDecimal> desc = Comparator.nullsLast(Comparator.<BigDecimal>reverseOrder());
        lines.sort(Comparator.comparing(Line::score, desc).thenComparing(Line::response, desc)
                .thenComparing(Line::unitName));
        List<Line> ranked = new ArrayList<>();
        int rank = 0;
        BigDecimal prev = null;
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (l.score() == null) {
                ranked.add(l);
                continue;
            }
            if (prev == null || l.score().compareTo(prev) != 0) {
                rank = i + 1;
            }
            prev = l.score();
            ranked.add(new Line(rank, l.unitId(), l.unitName(), l.response(), l.resolution(), l.satisfaction(),
                    l.score(), l.counts()));
        }
        return ranked;
    }

    private static BigDecimal pct(int part, int whole) {
        if (whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
