package cn.luoshi.assessment;

import cn.luoshi.assessment.SchemeDefinition.GroupDef;
import cn.luoshi.assessment.SchemeDefinition.IndicatorDef;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * 考核办法预设, named after their source. {@link #districtCommonPractice} follows the shape common to published
 * 区/县 综合考核办法 (docs/assessment.md cites them): 百分制 per group with 差异化考核 (经济部门, 社会事业部门, 街道),
 * 等次 优秀 ≥ 90 / 良好 ≥ 80 / 合格 ≥ 60 / 不合格, 优秀 not more than 30% of a group, 加分 capped at 5, 扣分 at 10,
 * 一票否决 for a 重大安全生产事故, appeals within 5 working days, an indicator without data for a unit scored at the
 * group's average (未承担或无数据的按平均分计). Thresholds and weights are data: copy and edit.
 */
public final class SchemePresets {

    private SchemePresets() {
    }

    static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    private static IndicatorDef i(String code, String cat, String name, String w, Method m, Map<String, Object> p,
            SourceKey s, Map<String, Object> sp) {
        return new IndicatorDef(code, cat, name, d(w), m, p, s, sp);
    }

    private static final Map<String, Object> SURVEY = Map.of("min", 0, "max", 100, "unit", "分");

    private static List<IndicatorDef> common() {
        return List.of(
                i("overdue", "扣分项目", "督查任务逾期", "5", Method.PER_ITEM, Map.of("perItem", 0.5),
                        SourceKey.LEDGER_OVERDUE, Map.of()),
                i("orders", "扣分项目", "被下发督办单", "4", Method.PER_ITEM, Map.of("perItem", 1),
                        SourceKey.SUPERVISION_ORDERS, Map.of()),
                i("named", "扣分项目", "被通报逾期或落后", "3", Method.PER_ITEM, Map.of("perItem", 0.5),
                        SourceKey.BULLETIN_NAMED, Map.of()),
                i("award", "加分项目", "获市级以上表彰", "3", Method.BONUS, Map.of("each", 1, "perEventCap", 1),
                        SourceKey.MANUAL, Map.of("min", 0, "max", 10, "unit", "次")),
                i("safety", "一票否决", "发生重大安全生产事故", "0", Method.VETO, Map.of("threshold", 1),
                        SourceKey.MANUAL, Map.of("min", 0, "max", 10, "unit", "起")));
    }

    /** 常见区级综合考核办法（参照）: three groups, indicators drawn from every module. */
    public static SchemeDefinition districtCommonPractice(int year) {
        List<IndicatorDef> economy = new java.util.ArrayList<>(List.of(
                i("ontime", "共性指标", "督查任务按时办结率", "25", Method.LINEAR, Map.of("floor", 60, "target", 100),
                        SourceKey.LEDGER_ON_TIME_RATE, Map.of()),
                i("gdp", "经济发展", "地区生产总值增速与目标之差", "20", Method.LINEAR, Map.of("floor", -3, "target", 0),
                        SourceKey.INDICATOR_VS_TARGET, Map.of("code", "GDP")),
                i("invest", "经济发展", "重点项目年度投资完成率", "20", Method.THRESHOLD_LADDER,
                        Map.of("threshold", 90, "perPoint", 1), SourceKey.PROJECT_INVESTMENT_RATE, Map.of()),
                i("requests", "服务群众", "接诉即办办结率", "15", Method.ALL_OR_NOTHING, Map.of("target", 90),
                        SourceKey.REQUEST_FINISH_RATE, Map.of()),
                i("survey", "满意度", "民主测评得分", "20", Method.PROPORTIONAL, Map.of("target", 95),
                        SourceKey.MANUAL, SURVEY),
                i("growthBonus", "加分项目", "增速达到目标", "2", Method.GATED_BONUS,
                        Map.of("conditions", List.of(Map.of("code", "gdp", "min", 0))), SourceKey.INDICATOR_VS_TARGET,
                        Map.of("code", "GDP"))));
        economy.addAll(common());
        List<IndicatorDef> social = new java.util.ArrayList<>(List.of(
                i("ontime", "共性指标", "督查任务按时办结率", "30", Method.LINEAR, Map.of("floor", 60, "target", 100),
                        SourceKey.LEDGER_ON_TIME_RATE, Map.of()),
                i("petitions", "社会稳定", "信访件一次性化解率", "20", Method.LINEAR, Map.of("floor", 50, "target", 90),
                        SourceKey.PETITION_ONCE_RATE, Map.of()),
                i("satisfied", "服务群众", "接诉即办满意率", "20", Method.BEST, Map.of(),
                        SourceKey.REQUEST_SATISFACTION_RATE, Map.of()),
                i("survey", "满意度", "民主测评得分", "30", Method.PROPORTIONAL, Map.of("target", 95),
                        SourceKey.MANUAL, SURVEY),
                i("rectify", "扣分项目", "整改逾期", "3", Method.PER_ITEM, Map.of("perItem", 1),
                        SourceKey.SUPERVISION_RECT_OVERDUE, Map.of())));
        social.addAll(common());
        List<IndicatorDef> streets = new java.util.ArrayList<>(List.of(
                i("ontime", "共性指标", "督查任务按时办结率", "30", Method.LINEAR, Map.of("floor", 60, "target", 100),
                        SourceKey.LEDGER_ON_TIME_RATE, Map.of()),
                i("finish", "基层治理", "接诉即办办结率排名", "25", Method.RANK_TABLE,
                        Map.of("table", List.of(25, 24, 23, 22, 21)), SourceKey.REQUEST_FINISH_RATE, Map.of()),
                i("respond", "基层治理", "接诉即办响应率", "20", Method.THRESHOLD_LADDER,
                        Map.of("threshold", 95, "perPoint", 2), SourceKey.REQUEST_RESPONSE_RATE, Map.of()),
                i("survey", "满意度", "群众满意度", "25", Method.FORMULA,
                        Map.of("expr", "min(weight, value * weight / 90)"), SourceKey.MANUAL, SURVEY)));
        streets.addAll(common());
        return new SchemeDefinition(year + "年度全区综合绩效考核办法", year, LocalDate.of(year, 1, 1),
                LocalDate.of(year, 12, 31), "参照各地公开的区县年度综合考核办法（百分制、四个等次、优秀比例30%）", d("90"), d("80"),
                d("60"), d("0.30"), d("5"), d("10"), SchemeDefinition.NoData.AVERAGE, 5, List.of(
                        new GroupDef("经济部门", d("100"), List.of("发改", "商务", "工信", "财政", "统计"), economy),
                        new GroupDef("社会事业部门", d("100"), List.of("住建", "城管", "教体", "卫健", "人社", "文旅",
                                "生态环境"), social),
                        new GroupDef("街道", d("100"), List.of("东城街道", "西城街道", "南关街道", "北郊街道", "新城街道"),
                                streets)));
    }
}
