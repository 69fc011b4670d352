package cn.luoshi.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GradingTests {

    static final Grading.Rules RULES = new Grading.Rules(new BigDecimal("90"), new BigDecimal("80"), new BigDecimal("60"),
            new BigDecimal("0.30"));

    static Grading.Entry e(long id, String total) {
        return new Grading.Entry(id, "单位" + id, new BigDecimal(total), new BigDecimal(total), null, null);
    }

    @Test
    void ties_share_a_rank_and_the_next_rank_skips() {
        var out = Grading.rankAndGrade(List.of(e(1, "88"), e(2, "92"), e(3, "88"), e(4, "70")), RULES);
        assertThat(out).extracting(Grading.Placed::rank).containsExactly(1, 2, 2, 4);
        assertThat(out.get(0).entry().unitId()).isEqualTo(2);
    }

    @Test
    void excellent_is_limited_to_thirty_percent_rounded_down() {
        List<Grading.Entry> seven = new ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            seven.add(e(i, String.valueOf(100 - i)));
        }
        var out = Grading.rankAndGrade(seven, RULES);
        // 30% of 7 = 2.1 → 2 excellent, although six units scored 90 or more
        assertThat(out).extracting(p -> p.grade()).containsExactly(Grade.EXCELLENT, Grade.EXCELLENT, Grade.GOOD,
                Grade.GOOD, Grade.GOOD, Grade.GOOD, Grade.GOOD);
        assertThat(out.get(2).rule()).contains("超出本组优秀名额（2名）");
    }

    @Test
    void units_tied_at_the_quota_border_are_all_lowered() {
        var out = Grading.rankAndGrade(List.of(e(1, "98"), e(2, "95"), e(3, "95"), e(4, "85"), e(5, "85"),
                e(6, "70"), e(7, "50")), RULES);
        assertThat(out).extracting(Grading.Placed::grade).containsExactly(Grade.EXCELLENT, Grade.GOOD, Grade.GOOD,
                Grade.GOOD, Grade.GOOD, Grade.PASS, Grade.FAIL);
        assertThat(out.get(1).rule()).contains("临界并列均不评优秀");
        assertThat(out.get(6).rule()).isEqualTo("总分低于60分");
    }

    @Test
    void a_veto_caps_the_grade_whatever_the_score() {
        var vetoed = new Grading.Entry(9, "单位9", new BigDecimal("99"), new BigDecimal("99"), Grade.FAIL, "发生较大安全生产事故");
        var out = Grading.rankAndGrade(List.of(vetoed, e(1, "80"), e(2, "81"), e(3, "82")), RULES);
        assertThat(out.get(0).rank()).isEqualTo(1);
        assertThat(out.get(0).grade()).isEqualTo(Grade.FAIL);
        assertThat(out.get(0).rule()).isEqualTo("一票否决：发生较大安全生产事故，等次封顶为不合格");
    }

    @Test
    void contradictory_thresholds_are_refused() {
        assertThatThrownBy(() -> new Grading.Rules(new BigDecimal("80"), new BigDecimal("90"), new BigDecimal("60"),
                new BigDecimal("0.3"))).hasMessageContaining("优秀 > 良好 > 合格");
    }
}
