package cn.luoshi.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * 排名与等次评定 within one 考核组 (差异化考核: units are ranked and graded only against their own group).
 *
 * <p><b>排名（并列规则）</b>: by 总分 descending; equal totals share a rank and the next rank skips (1, 2, 2, 4 —
 * 并列名次). The list order among tied units is by 指标得分小计 descending, then by unit name (display only; it gives
 * no better rank).
 *
 * <p><b>等次</b>: thresholds first (e.g. 优秀 ≥ 90, 良好 ≥ 80, 合格 ≥ 60, below: 不合格 by rule); then the 优秀 quota:
 * at most {@code floor(share × group size)} units (向下取整; a group of 7 at 30% allows 2) in rank order; units tied
 * at the border that would together exceed the quota are all lowered to 良好 (nobody is chosen among equals);
 * then caps: 一票否决 lowers the grade to its cap (usually 不合格) whatever the score.
 */
public final class Grading {

    private Grading() {
    }

    /** One unit to rank and grade. {@code cap} is the 一票否决 grade cap, or null. */
    public record Entry(long unitId, String unitName, BigDecimal subtotal, BigDecimal total, Grade cap, String capReason) {
    }

    /** The outcome for one unit, with the rule that decided its grade. */
    public record Placed(Entry entry, int rank, Grade grade, String rule) {
    }

    /** Published thresholds (minimum total per grade) and the share of 优秀. */
    public record Rules(BigDecimal excellentFrom, BigDecimal goodFrom, BigDecimal passFrom, BigDecimal excellentShare) {
        public Rules {
            if (!(excellentFrom.compareTo(goodFrom) > 0 && goodFrom.compareTo(passFrom) > 0 && passFrom.signum() >= 0)) {
                throw new IllegalArgumentException("等次分数线须满足：优秀 > 良好 > 合格 ≥ 0");
            }
            if (excellentShare.signum() < 0 || excellentShare.compareTo(BigDecimal.ONE) > 0) {
                throw new IllegalArgumentException("优秀比例须在0到100%之间");
            }
        }

        public String describe() {
            return "优秀≥" + plain(excellentFrom) + "分且不超过本组" + excellentShare.movePointRight(2).stripTrailingZeros()
                    .toPlainString() + "%（向下取整，临界并列者均不评优秀）；良好≥" + plain(goodFrom) + "分；合格≥"
                    + plain(passFrom) + "分；低于" + plain(passFrom) + "分为不合格；一票否决者等次封顶";
        }
    }

    static String plain(BigDecimal b) {
        return b.stripTrailingZeros().toPlainString();
    }

    public static List<Placed> rankAndGrade(List<Entry> entries, Rules rules) {
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparing(Entry::total).reversed().thenComparing(Comparator.comparing(Entry::subtotal)
                .reversed()).thenComparing(Entry::unitName));
        int[] rank = new int[sorted.size()];
        for (int i = 0; i < sorted.size(); i++) {
            rank[i] = i > 0 && sorted.get(i).total().compareTo(sorted.get(i - 1).total()) == 0 ? rank[i - 1] : i + 1;
        }
        int quota = rules.excellentShare().multiply(BigDecimal.valueOf(sorted.size())).setScale(0,
                java.math.RoundingMode.FLOOR).intValue();
        // how many units share each total (for the border rule)
        Map<BigDecimal, Integer> ties = new HashMap<>();
        for (Entry e : sorted) {
            ties.merge(e.total().stripTrailingZeros(), 1, Integer::sum);
        }
        List<Placed> out = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            Entry e = sorted.get(i);
            BigDecimal t = e.total();
            Grade g;
            String rule;
            if (t.compareTo(rules.excellentFrom()) >= 0) {
                int lastPlaceOfTie = rank[i] - 1 + ties.get(t.stripTrailingZeros());
                if (lastPlaceOfTie <= quota) {
                    g = Grade.EXCELLENT;
                    rule = "总分≥" + plain(rules.excellentFrom()) + "且在本组优秀名额（" + quota + "名）内";
                } else {
                    g = Grade.GOOD;
                    rule = "总分≥" + plain(rules.excellentFrom()) + "但超出本组优秀名额（" + quota + "名）"
                            + (ties.get(t.stripTrailingZeros()) > 1 && rank[i] <= quota ? "，临界并列均不评优秀" : "")
                            + "，评为良好";
                }
            } else if (t.compareTo(rules.goodFrom()) >= 0) {
                g = Grade.GOOD;
                rule = "总分≥" + plain(rules.goodFrom());
            } else if (t.compareTo(rules.passFrom()) >= 0) {
                g = Grade.PASS;
                rule = "总分≥" + plain(rules.passFrom());
            } else {
                g = Grade.FAIL;
                rule = "总分低于" + plain(rules.passFrom()) + "分";
            }
            if (e.cap() != null && g.atMost(e.cap()) != g) {
                g = g.atMost(e.cap());
                rule = "一票否决：" + (e.capReason() == null ? "" : e.capReason()) + "，等次封顶为" + e.cap().label();
            }
            out.add(new Placed(e, rank[i], g, rule));
        }
        return out;
    }
}
