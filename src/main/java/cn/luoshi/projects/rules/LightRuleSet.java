package cn.luoshi.projects.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * 亮灯规则 for key projects — published local rules kept as data, one preset per source, chosen per district.
 *
 * <p>Investment against 序时 is measured one of three ways ({@link Measure}); starts, 入库 and nodes by months and
 * working days; escalation (约谈 / 督办单) by consecutive months. Dimensions a source does not regulate follow the
 * Yinchuan values (named in {@link #note}).
 *
 * @param investYellow threshold of the investment measure for 黄灯 (see {@link Measure} for its sense)
 * @param investRed threshold for 红灯
 * @param minAnnualPlan projects with a smaller annual plan (万元) are not judged on investment; null: all
 * @param startYellowMonths not started in the n-th month counted from the planned start month (1 = that month): 黄灯
 * @param startRedMonths not started in the n-th month: 红灯
 * @param statsYellowMonths not 纳统入库 this many months after the start: 黄灯 (on or after)
 * @param statsRedMonths more than this many months after the start: 红灯
 * @param nodeRedDays a node overdue (or the predicted start late) by more than this many working days: 红灯
 * @param talkAfterYellowMonths consecutive months at least yellow that suggest a 约谈
 * @param orderAfterRedMonths consecutive red months that suggest a 督办单
 */
public record LightRuleSet(String code, String name, String source, Measure measure, BigDecimal investYellow,
        BigDecimal investRed, BigDecimal minAnnualPlan, int startYellowMonths, int startRedMonths,
        int statsYellowMonths, int statsRedMonths, int nodeRedDays, int talkAfterYellowMonths,
        int orderAfterRedMonths, String note) {

    /** How investment against 序时 is measured. */
    public enum Measure {
        /** 落后序时百分点: 序时进度 − 投资完成率 in points; yellow when ≥ yellow, red when &gt; red (银川). */
        POINTS_BEHIND,
        /** 低于序时的比例: (序时计划 − 完成) ÷ 序时计划 in %; yellow when &gt; yellow, red when &gt; red (三亚). */
        SHORTFALL,
        /** 完成序时的比例: 完成 ÷ 序时计划 in %; yellow when &lt; yellow, red when &lt; red (武汉). */
        RATIO
    }

    /** 银川市2025年重点项目亮灯规则. */
    public static final LightRuleSet YINCHUAN_2025 = new LightRuleSet("YINCHUAN_2025", "银川2025",
            "银川市重点项目“红黄绿”亮灯管理（2025）：投资进度落后序时10—30个百分点亮黄灯、30个百分点以上亮红灯；"
                    + "应开工当月未开工亮黄灯、连续3个月未开工亮红灯；开工后1个月未纳统入库亮黄灯、超过2个月亮红灯",
            Measure.POINTS_BEHIND, new BigDecimal("10"), new BigDecimal("30"), null, 1, 3, 1, 2, 20, 2, 1, null);

    /** 三亚市2022年重点项目亮灯规则 (年度计划1000万元以上项目). */
    public static final LightRuleSet SANYA_2022 = new LightRuleSet("SANYA_2022", "三亚2022",
            "三亚市重点项目投资进度亮灯（2022，年度计划投资1000万元及以上项目）：低于序时进度50%以内亮黄灯、50%以上亮红灯，"
                    + "连续两个月红灯的升级督办",
            Measure.SHORTFALL, BigDecimal.ZERO, new BigDecimal("50"), new BigDecimal("1000"), 1, 3, 1, 2, 20, 2, 2,
            "开工、入库、节点沿用银川口径");

    /** 武汉市2022年重点项目亮灯规则. */
    public static final LightRuleSet WUHAN_2022 = new LightRuleSet("WUHAN_2022", "武汉2022",
            "武汉市重大项目投资进度预警（2022）：完成序时进度80%以下亮黄灯、60%以下亮红灯",
            Measure.RATIO, new BigDecimal("80"), new BigDecimal("60"), null, 1, 3, 1, 2, 20, 2, 1,
            "开工、入库、节点沿用银川口径");

    public static final List<LightRuleSet> PRESETS = List.of(YINCHUAN_2025, SANYA_2022, WUHAN_2022);

    public static Optional<LightRuleSet> preset(String code) {
        return PRESETS.stream().filter(p -> p.code.equals(code)).findFirst();
    }
}
