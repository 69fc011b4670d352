package cn.luoshi.indicators;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * 经济运行简报 — the month's figures written the way the speeches write them ("1–10月，我区生产总值、固定资产投资、
 * 社会消费品零售总额增速分别低于全市平均水平1个、1.7个和0.2个百分点；一般公共预算收入增速居各县（市、区）倒数第2位").
 * Each number is a {@link Segment} carrying the id of the value it came from, so the page links it to that value and
 * its vintages. Plain Java: no Spring, no database.
 */
public final class Briefing {

    /** A run of text; {@code valueId} is set when the text is a number taken from that value. */
    public record Segment(String text, Long valueId) {
        static Segment text(String t) {
            return new Segment(t, null);
        }
    }

    /** A paragraph of segments. */
    public record Paragraph(String heading, List<Segment> segments) {
        public String plain() {
            StringBuilder sb = new StringBuilder();
            segments.forEach(s -> sb.append(s.text()));
            return sb.toString();
        }
    }

    private Briefing() {
    }

    public static String title(Dashboard d) {
        return d.periodLabel() + "经济运行简报";
    }

    public static List<Paragraph> write(Dashboard d) {
        List<Paragraph> out = new ArrayList<>();
        String when = Periods.shortLabel(d.period());
        // 1. against the city average and the peers
        List<Dashboard.Row> bottom = d.rows().stream().filter(r -> r.rank() != null && r.rank().inBottomHalf()
                && r.rank().fromBottom() <= 2).toList();
        // an indicator named by its rank (倒数第N位) is not repeated in the gap list
        List<Dashboard.Row> below = d.rows().stream().filter(r -> r.gap() != null && r.indicator().higherIsBetter()
                && r.gap().signum() < 0 && !bottom.contains(r)).toList();
        List<Dashboard.Row> above = d.rows().stream().filter(r -> r.gap() != null && r.indicator().higherIsBetter()
                && r.gap().signum() > 0 && !bottom.contains(r)).toList();
        List<Segment> p1 = new ArrayList<>();
        p1.add(Segment.text(when + "，我区"));
        boolean first = true;
        if (!below.isEmpty()) {
            gapSentence(p1, below, "低于");
            first = false;
        }
        for (Dashboard.Row r : bottom) {
            p1.add(Segment.text((first ? "" : "；") + r.indicator().name() + "增速居各县（市、区）倒数第"));
            p1.add(new Segment(String.valueOf(r.rank().fromBottom()), r.home().id()));
            p1.add(Segment.text("位"));
            first = false;
        }
        if (!above.isEmpty()) {
            p1.add(Segment.text(first ? "" : "；"));
            gapSentence(p1, above, "高于");
            first = false;
        }
        if (first) {
            p1.add(Segment.text("暂无可与全市平均比较的指标"));
        }
        p1.add(Segment.text("。"));
        out.add(new Paragraph("与全市及各县（市、区）比较", p1));

        // 2. the figures themselves
        List<Segment> p2 = new ArrayList<>();
        for (Dashboard.Row r : d.rows()) {
            if (r.home() == null || r.growth() == null) {
                continue;
            }
            p2.add(Segment.text((p2.isEmpty() ? when + "，" : "；") + r.indicator().name()));
            if (r.home().value() != null && r.indicator().hasLevel()) {
                p2.add(Segment.text("完成"));
                p2.add(new Segment(IndicatorMath.plain(r.home().value()), r.home().id()));
                p2.add(Segment.text(r.indicator().unit() + "，同比"));
            } else {
                p2.add(Segment.text("同比"));
            }
            p2.add(Segment.text(r.growth().signum() < 0 ? "下降" : "增长"));
            p2.add(new Segment(IndicatorMath.points(r.growth()), r.home().id()));
            p2.add(Segment.text("%"));
            if (r.rank() != null) {
                p2.add(Segment.text("，" + r.rank().words()));
            }
        }
        if (!p2.isEmpty()) {
            p2.add(Segment.text("。"));
            out.add(new Paragraph("主要指标完成情况", p2));
        }

        // 3. GDP of nation, province, city, district (004: "上半年中央、省、市、区GDP分别实现增长5.5%、3.6%、3.3%、3.4%")
        Dashboard.Row gdp = d.row("GDP");
        if (gdp != null && gdp.nation() != null && gdp.province() != null && gdp.city() != null && gdp.home() != null
                && gdp.nation().growth() != null && gdp.province().growth() != null && gdp.city().growth() != null
                && gdp.growth() != null) {
            List<Segment> p3 = new ArrayList<>();
            p3.add(Segment.text(when + "中央、省、市、区GDP分别实现增长"));
            p3.add(new Segment(IndicatorMath.plain(gdp.nation().growth()) + "%", gdp.nation().id()));
            p3.add(Segment.text("、"));
            p3.add(new Segment(IndicatorMath.plain(gdp.province().growth()) + "%", gdp.province().id()));
            p3.add(Segment.text("、"));
            p3.add(new Segment(IndicatorMath.plain(gdp.city().growth()) + "%", gdp.city().id()));
            p3.add(Segment.text("、"));
            p3.add(new Segment(IndicatorMath.plain(gdp.growth()) + "%", gdp.home().id()));
            p3.add(Segment.text("。"));
            out.add(new Paragraph("经济增长", p3));
        }

        // 4. 行业增长面 and the class that weighs most on it
        if (d.growthArea().reported() > 0) {
            List<Segment> p4 = new ArrayList<>();
            GrowthArea a = d.growthArea();
            p4.add(Segment.text("全区规模以上工业" + a.reported() + "个大类行业中，" + a.negative() + "个行业" + when
                    + "呈负增长，行业增长面" + (a.percent().compareTo(BigDecimal.valueOf(70)) < 0 ? "仅为" : "为")
                    + IndicatorMath.plain(a.percent()) + "%"));
            BigDecimal total = d.industry().stream().map(IndustryFigure::output).filter(java.util.Objects::nonNull)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            d.industry().stream().filter(f -> f.growth() != null && f.growth().signum() < 0 && f.output() != null)
                    .max(Comparator.comparing(IndustryFigure::output)).ifPresent(f -> {
                        p4.add(Segment.text("；其中" + f.name() + "（占全区规模以上工业比重"
                                + IndicatorMath.plain(IndicatorMath.share(f.output(), total)) + "%）下降"
                                + IndicatorMath.points(f.growth()) + "%"));
                    });
            p4.add(Segment.text("。"));
            out.add(new Paragraph("工业行业", p4));
        }

        // 5. the path to the year's targets (以月保季、以季保年)
        List<Segment> p5 = new ArrayList<>();
        for (Dashboard.Row r : d.rows()) {
            if (r.target() == null || r.growth() == null) {
                continue;
            }
            p5.add(Segment.text((p5.isEmpty() ? "" : "；") + r.indicator().name() + when
                    + (r.growth().signum() < 0 ? "下降" : "增长")));
            p5.add(new Segment(IndicatorMath.points(r.growth()) + "%", r.home().id()));
            p5.add(Segment.text("，全年目标" + IndicatorMath.plain(r.target()) + "%"));
            if (r.remainingNeed() != null) {
                int left = 12 - d.period().getMonthValue();
                p5.add(Segment.text("，后" + chinese(left) + "个月需增长" + IndicatorMath.plain(r.remainingNeed())
                        + "%"));
            }
        }
        if (!p5.isEmpty()) {
            p5.add(Segment.text("。"));
            out.add(new Paragraph("年度目标", p5));
        }

        // 6. lights
        long red = d.rows().stream().filter(r -> r.light().level() == IndicatorLightRule.Level.RED).count();
        long yellow = d.rows().stream().filter(r -> r.light().level() == IndicatorLightRule.Level.YELLOW).count();
        if (red + yellow > 0) {
            List<Segment> p6 = new ArrayList<>();
            p6.add(Segment.text("红灯" + red + "项、黄灯" + yellow + "项："));
            List<String> reasons = d.rows().stream().filter(Dashboard.Row::lagging)
                    .map(r -> r.light().reason() + (r.indicator().ownerUnit() == null ? "" : "（责任单位：" + r.indicator().ownerUnit() + "）"))
                    .toList();
            p6.add(Segment.text(String.join("；", reasons) + "。"));
            out.add(new Paragraph("预警", p6));
        }
        return out;
    }

    private static void gapSentence(List<Segment> p, List<Dashboard.Row> rows, String word) {
        p.add(Segment.text(names(rows) + "增速" + (rows.size() > 1 ? "分别" : "") + word + "全市平均水平"));
        for (int i = 0; i < rows.size(); i++) {
            Dashboard.Row r = rows.get(i);
            p.add(Segment.text(i == 0 ? "" : i == rows.size() - 1 ? "和" : "、"));
            p.add(new Segment(IndicatorMath.points(r.gap()), r.home().id()));
            p.add(Segment.text("个"));
        }
        p.add(Segment.text("百分点"));
    }

    private static String names(List<Dashboard.Row> rows) {
        List<String> n = rows.stream().map(r -> r.indicator().name()).toList();
        return String.join("、", n);
    }

    private static String chinese(int n) {
        String[] words = {"", "一", "两", "三", "四", "五", "六", "七", "八", "九", "十", "十一"};
        return n >= 1 && n <= 11 ? words[n] : String.valueOf(n);
    }
}
