package cn.luoshi.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScoringMethodsTests {

    static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @Test
    void all_or_nothing_gives_the_full_weight_exactly_at_the_target_and_nothing_just_below() {
        assertThat(ScoringMethods.allOrNothing(95, 95, false, 10)).isEqualByComparingTo("10");
        assertThat(ScoringMethods.allOrNothing(94.99, 95, false, 10)).isEqualByComparingTo("0");
        assertThat(ScoringMethods.allOrNothing(3, 3, true, 10)).isEqualByComparingTo("10");
        assertThat(ScoringMethods.allOrNothing(3.01, 3, true, 10)).isEqualByComparingTo("0");
    }

    @Test
    void proportional_scores_by_share_of_target_and_stops_at_the_cap() {
        assertThat(ScoringMethods.proportional(80, 100, 1.0, 10)).isEqualByComparingTo("8.00");
        assertThat(ScoringMethods.proportional(130, 100, 1.0, 10)).isEqualByComparingTo("10");
        assertThat(ScoringMethods.proportional(130, 100, 1.2, 10)).isEqualByComparingTo("12");
        assertThat(ScoringMethods.proportional(110, 100, 1.2, 10)).isEqualByComparingTo("11");
        assertThat(ScoringMethods.proportional(-5, 100, 1.0, 10)).isEqualByComparingTo("0");
        assertThatThrownBy(() -> ScoringMethods.proportional(5, 0, 1, 10)).hasMessageContaining("目标值必须大于0");
        assertThatThrownBy(() -> ScoringMethods.proportional(5, 10, 0.9, 10)).hasMessageContaining("封顶倍数");
    }

    @Test
    void linear_between_floor_and_target_both_directions() {
        assertThat(ScoringMethods.linear(60, 60, 100, false, 10)).isEqualByComparingTo("0");
        assertThat(ScoringMethods.linear(80, 60, 100, false, 10)).isEqualByComparingTo("5");
        assertThat(ScoringMethods.linear(100, 60, 100, false, 10)).isEqualByComparingTo("10");
        assertThat(ScoringMethods.linear(120, 60, 100, false, 10)).isEqualByComparingTo("10");
        assertThat(ScoringMethods.linear(50, 60, 100, false, 10)).isEqualByComparingTo("0");
        // lower is better: 逾期率 floor 20%, target 5%
        assertThat(ScoringMethods.linear(5, 20, 5, true, 6)).isEqualByComparingTo("6");
        assertThat(ScoringMethods.linear(11, 20, 5, true, 6)).isEqualByComparingTo("3.60");
        assertThat(ScoringMethods.linear(25, 20, 5, true, 6)).isEqualByComparingTo("0");
    }

    @Test
    void linear_rejects_a_floor_on_the_wrong_side_with_a_chinese_message() {
        assertThatThrownBy(() -> ScoringMethods.linear(50, 100, 60, false, 10)).hasMessage("保底值不能高于或等于目标值（100 ≥ 60）");
        assertThatThrownBy(() -> ScoringMethods.linear(50, 60, 60, false, 10)).hasMessageContaining("保底值不能高于或等于目标值");
        assertThatThrownBy(() -> ScoringMethods.linear(5, 5, 20, true, 10)).hasMessageContaining("保底值必须高于目标值");
        assertThatThrownBy(() -> ScoringMethods.linear(5, 20, 5, true, -1)).hasMessage("分值不能为负数");
    }

    @Test
    void threshold_ladder_counts_a_part_point_as_a_whole_point_and_stops_at_zero() {
        assertThat(ScoringMethods.thresholdLadder(90, 90, 1, 10)).isEqualByComparingTo("10");
        assertThat(ScoringMethods.thresholdLadder(89.5, 90, 1, 10)).isEqualByComparingTo("9");
        assertThat(ScoringMethods.thresholdLadder(89, 90, 1, 10)).isEqualByComparingTo("9");
        assertThat(ScoringMethods.thresholdLadder(88.9, 90, 1, 10)).isEqualByComparingTo("8");
        assertThat(ScoringMethods.thresholdLadder(50, 90, 1, 10)).isEqualByComparingTo("0");
        assertThatThrownBy(() -> ScoringMethods.thresholdLadder(50, 90, 0, 10)).hasMessageContaining("必须大于0");
    }

    @Test
    void rank_step_loses_a_share_per_place_down_to_the_floor() {
        assertThat(ScoringMethods.rankStep(1, 0.05, 0.6, 20)).isEqualByComparingTo("20");
        assertThat(ScoringMethods.rankStep(2, 0.05, 0.6, 20)).isEqualByComparingTo("19");
        assertThat(ScoringMethods.rankStep(9, 0.05, 0.6, 20)).isEqualByComparingTo("12");
        assertThat(ScoringMethods.rankStep(20, 0.05, 0.6, 20)).isEqualByComparingTo("12");
        assertThatThrownBy(() -> ScoringMethods.rankStep(0, 0.05, 0.6, 20)).hasMessage("名次从1开始");
    }

    @Test
    void rank_table_60_57_54_51_48_and_beyond_the_table() {
        List<Double> t = List.of(60.0, 57.0, 54.0, 51.0, 48.0);
        assertThat(ScoringMethods.rankTable(1, t)).isEqualByComparingTo("60");
        assertThat(ScoringMethods.rankTable(3, t)).isEqualByComparingTo("54");
        assertThat(ScoringMethods.rankTable(5, t)).isEqualByComparingTo("48");
        assertThat(ScoringMethods.rankTable(9, t)).isEqualByComparingTo("48");
        assertThatThrownBy(() -> ScoringMethods.rankTable(1, List.of(50.0, 57.0))).hasMessageContaining("逐名不增");
    }

    @Test
    void proportional_to_the_best_both_directions_and_all_zero() {
        assertThat(ScoringMethods.proportionalToBest(8, 10, false, 10)).isEqualByComparingTo("8");
        assertThat(ScoringMethods.proportionalToBest(10, 10, false, 10)).isEqualByComparingTo("10");
        assertThat(ScoringMethods.proportionalToBest(0, 0, false, 10)).isEqualByComparingTo("10");
        assertThat(ScoringMethods.proportionalToBest(4, 2, true, 10)).isEqualByComparingTo("5");
        assertThat(ScoringMethods.proportionalToBest(0, 0, true, 10)).isEqualByComparingTo("10");
    }

    @Test
    void per_item_deduction_stops_at_its_cap() {
        assertThat(ScoringMethods.perItemDeduction(0, 0.5, 3)).isEqualByComparingTo("0");
        assertThat(ScoringMethods.perItemDeduction(5, 0.5, 3)).isEqualByComparingTo("2.5");
        assertThat(ScoringMethods.perItemDeduction(6, 0.5, 3)).isEqualByComparingTo("3");
        assertThat(ScoringMethods.perItemDeduction(7, 0.5, 3)).isEqualByComparingTo("3");
        assertThatThrownBy(() -> ScoringMethods.perItemDeduction(-1, 0.5, 3)).hasMessageContaining("不能为负");
    }

    @Test
    void bonus_is_capped_per_event_and_per_year() {
        assertThat(ScoringMethods.bonus(List.of(1.0, 2.0), 1.5, 5)).isEqualByComparingTo("2.5");
        assertThat(ScoringMethods.bonus(List.of(2.0, 2.0, 2.0, 2.0), 2, 5)).isEqualByComparingTo("5");
        assertThat(ScoringMethods.bonus(List.of(), 2, 5)).isEqualByComparingTo("0");
    }

    @Test
    void gated_bonus_needs_every_condition_and_a_missing_one_does_not_hold() {
        assertThat(ScoringMethods.gatedBonus(List.of(true, true), 2)).isEqualByComparingTo("2");
        assertThat(ScoringMethods.gatedBonus(List.of(true, false), 2)).isEqualByComparingTo("0");
        assertThatThrownBy(() -> ScoringMethods.gatedBonus(List.of(), 2)).hasMessageContaining("至少要有一个条件");
    }

    @Test
    void composition_caps_each_part_before_combining_and_never_goes_below_zero() {
        var t = ScoreComposition.compose(List.of(d("40"), d("45")), d("80"), List.of(d("3"), d("4")), d("5"),
                List.of(d("2.5")), d("10"));
        assertThat(t.subtotal()).isEqualByComparingTo("80");
        assertThat(t.bonus()).isEqualByComparingTo("5");
        assertThat(t.deduction()).isEqualByComparingTo("2.5");
        assertThat(t.total()).isEqualByComparingTo("82.5");
        var z = ScoreComposition.compose(List.of(d("1")), d("80"), List.of(), d("5"), List.of(d("30")), d("10"));
        assertThat(z.total()).isEqualByComparingTo("0");
    }
}
