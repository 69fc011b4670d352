package cn.luoshi.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luoshi.assessment.SchemeDefinition.GroupDef;
import cn.luoshi.assessment.SchemeDefinition.IndicatorDef;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A whole small scheme scored by hand (the calculation is written below) and compared line by line. */
class HandScoredSchemeTests {

    static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    static IndicatorDef ind(String code, String name, String weight, Method m, Map<String, Object> params, SourceKey src) {
        return new IndicatorDef(code, "共性指标", name, d(weight), m, params, src, Map.of("min", 0, "max", 100));
    }

    static final GroupDef GROUP = new GroupDef("经济部门", d("100"), List.of("甲局", "乙局", "丙局"), List.of(
            ind("ontime", "按时办结率", "40", Method.LINEAR, Map.of("floor", 60, "target", 100), SourceKey.LEDGER_ON_TIME_RATE),
            new IndicatorDef("growth", "共性指标", "牵头指标增速", d("30"), Method.RANK_TABLE, Map.of("table", List.of(30, 27, 24)),
                    SourceKey.INDICATOR_GROWTH, Map.of("code", "RETAIL")),
            ind("survey", "满意度测评", "30", Method.PROPORTIONAL, Map.of("target", 95), SourceKey.MANUAL),
            ind("overdue", "逾期任务", "3", Method.PER_ITEM, Map.of("perItem", 0.5), SourceKey.LEDGER_OVERDUE),
            ind("award", "获上级表彰", "2", Method.BONUS, Map.of("each", 1), SourceKey.MANUAL),
            ind("safety", "重大安全事故", "0", Method.VETO, Map.of(), SourceKey.MANUAL)));

    static final SchemeDefinition SCHEME = new SchemeDefinition("测试考核办法", 2026, LocalDate.of(2026, 1, 1),
            LocalDate.of(2026, 12, 31), "手算", d("90"), d("80"), d("60"), d("0.30"), d("3"), d("5"),
            SchemeDefinition.NoData.NO_POINTS, 5, List.of(GROUP));

    static Reading v(double x) {
        return Reading.of(x, null, List.of());
    }

    @Test
    void the_scheme_is_valid_as_data() {
        assertThat(SchemeRules.check(SCHEME, List.of("甲局", "乙局", "丙局")).list()).isEmpty();
    }

    @Test
    void a_small_scheme_scored_by_hand() {
        Map<Long, String> units = new LinkedHashMap<>(Map.of(1L, "甲局"));
        units.put(2L, "乙局");
        units.put(3L, "丙局");
        Map<String, Map<Long, Reading>> readings = Map.of(
                "ontime", Map.of(1L, Reading.rate(9, 10, "任务", List.of()), 2L, v(100), 3L, v(50)),
                "growth", Map.of(1L, v(8.1), 2L, v(6.0), 3L, v(7.0)),
                "survey", Map.of(1L, v(90), 2L, v(95)), // 丙局: 无数据
                "overdue", Map.of(1L, v(3), 2L, v(0), 3L, v(8)),
                "award", Map.of(1L, v(1), 2L, v(3), 3L, v(0)),
                "safety", Map.of(1L, v(0), 2L, v(0), 3L, v(0)));
        // By hand:
        // 按时办结率 linear 60→100, 40 points: 甲 90% → 40×(90−60)/(100−60) = 30; 乙 100% → 40; 丙 50% → 0
        // 增速 rank table 30/27/24: 甲 8.1 first → 30; 丙 7.0 second → 27; 乙 6.0 third → 24
        // 满意度 proportional to 95, 30 points: 甲 90 → 30×90/95 = 28.421… → 28.42; 乙 95 → 30; 丙 无数据 → 0 (不得分)
        // 小计: 甲 30+30+28.42 = 88.42; 乙 40+24+30 = 94; 丙 0+27+0 = 27
        // 逾期 −0.5 each, cap 3: 甲 3 → 1.5; 乙 0 → 0; 丙 8 → 4, capped at 3
        // 表彰 +1 each, cap 2: 甲 1 → 1; 乙 3 → 3, capped at 2; 丙 0
        // 总分: 甲 88.42+1−1.5 = 87.92; 乙 94+2−0 = 96; 丙 27+0−3 = 24
        // 排名: 乙 1, 甲 2, 丙 3. 优秀名额 floor(30%×3) = 0, so 乙 (≥90) is 良好; 甲 ≥80 良好; 丙 <60 不合格
        var out = Scorer.scoreGroup(SCHEME, GROUP, units, readings);
        assertThat(out).extracting(Scorer.UnitScore::unitName).containsExactly("乙局", "甲局", "丙局");
        var yi = out.get(0);
        var jia = out.get(1);
        var bing = out.get(2);
        assertThat(jia.lines()).extracting(Scorer.Line::points).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(d("30"), d("30"), d("28.42"), d("1.5"), d("1"), d("0"));
        assertThat(yi.lines()).extracting(Scorer.Line::points).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(d("40"), d("24"), d("30"), d("0"), d("2"), d("0"));
        assertThat(bing.lines()).extracting(Scorer.Line::points).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(d("0"), d("27"), d("0"), d("3"), d("0"), d("0"));
        assertThat(jia.subtotal()).isEqualByComparingTo("88.42");
        assertThat(jia.total()).isEqualByComparingTo("87.92");
        assertThat(yi.total()).isEqualByComparingTo("96");
        assertThat(bing.subtotal()).isEqualByComparingTo("27");
        assertThat(bing.deduction()).isEqualByComparingTo("3");
        assertThat(bing.total()).isEqualByComparingTo("24");
        assertThat(out).extracting(Scorer.UnitScore::rank).containsExactly(1, 2, 3);
        assertThat(out).extracting(Scorer.UnitScore::grade).containsExactly(Grade.GOOD, Grade.GOOD, Grade.FAIL);
        assertThat(yi.gradeRule()).contains("优秀名额（0名）");
        assertThat(bing.lines().get(2).noData()).isTrue();
        assertThat(bing.lines().get(2).how()).isEqualTo("无数据：无数据的指标不得分（考核办法规定）");
        assertThat(jia.lines().get(0).valueText()).isEqualTo("90%（9/10）");
        assertThat(jia.lines().get(0).lost()).isEqualByComparingTo("10");
    }

    @Test
    void no_data_at_the_group_average_or_full_points_when_nobody_has_data() {
        var avg = new SchemeDefinition("x", 2026, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), "", d("90"),
                d("80"), d("60"), d("0.3"), d("3"), d("5"), SchemeDefinition.NoData.AVERAGE, 5, List.of(GROUP));
        Map<Long, String> units = new LinkedHashMap<>();
        units.put(1L, "甲局");
        units.put(2L, "乙局");
        units.put(3L, "丙局");
        // 满意度: 甲 90 → 28.42, 乙 95 → 30; 丙 无数据 → (28.42 + 30) / 2 = 29.21. 增速: nobody → 30 each.
        var out = Scorer.scoreGroup(avg, GROUP, units, Map.of("survey", Map.of(1L, v(90), 2L, v(95))));
        var bing = out.stream().filter(u -> u.unitId() == 3L).findFirst().orElseThrow();
        assertThat(bing.lines().get(2).points()).isEqualByComparingTo("29.21");
        assertThat(bing.lines().get(2).how()).isEqualTo("无数据：按本组有数据的2个单位平均得分29.21分计（考核办法规定）");
        assertThat(bing.lines().get(1).points()).isEqualByComparingTo("30");
        assertThat(bing.lines().get(1).how()).startsWith("无数据：全组均无数据，按满分计");
    }

    @Test
    void a_veto_caps_the_best_unit() {
        Map<Long, String> units = new LinkedHashMap<>();
        units.put(1L, "甲局");
        units.put(2L, "乙局");
        var out = Scorer.scoreGroup(SCHEME, GROUP, units, Map.of("ontime", Map.of(1L, v(100), 2L, v(70)),
                "growth", Map.of(1L, v(9), 2L, v(5)), "survey", Map.of(1L, v(95), 2L, v(90)),
                "safety", Map.of(1L, v(1))));
        assertThat(out.get(0).unitName()).isEqualTo("甲局");
        assertThat(out.get(0).grade()).isEqualTo(Grade.FAIL);
        assertThat(out.get(0).vetoed()).isTrue();
        assertThat(out.get(0).gradeRule()).contains("一票否决：重大安全事故");
    }

    @Test
    void weights_that_do_not_add_up_and_contradictory_params_are_reported_together() {
        var bad = new GroupDef("经济部门", d("100"), List.of("甲局"), List.of(
                ind("ontime", "按时办结率", "40", Method.LINEAR, Map.of("floor", 100, "target", 60), SourceKey.LEDGER_ON_TIME_RATE),
                ind("survey", "满意度测评", "50", Method.PROPORTIONAL, Map.of("target", 95), SourceKey.MANUAL),
                ind("f", "公式", "0", Method.FORMULA, Map.of("expr", "System.exit(0)"), SourceKey.MANUAL)));
        var s = new SchemeDefinition("x", 2026, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), "", d("90"),
                d("80"), d("60"), d("0.3"), d("3"), d("5"), SchemeDefinition.NoData.NO_POINTS, 5, List.of(bad));
        var msgs = SchemeRules.check(s, List.of("甲局")).list().stream().map(x -> x.message()).toList();
        assertThat(msgs).contains("考核组「经济部门」各项基本分分值合计为90分，与总分值100分不一致",
                "指标「按时办结率」（区间线性计分）：保底值不能高于或等于目标值（100 ≥ 60）");
        assertThat(msgs).anyMatch(m -> m.contains("不允许使用函数「System") || m.contains("公式"));
    }
}
