package cn.luoshi.ledger.light;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class FindingOverlayTest {

    @Test
    void aFindingLiftsAnOpenTaskToItsLevelAndNeverLowersIt() {
        assertThat(FindingOverlay.lift(Light.GREEN, List.of(Light.YELLOW))).isEqualTo(Light.YELLOW);
        assertThat(FindingOverlay.lift(Light.GREEN, List.of(Light.YELLOW, Light.RED))).isEqualTo(Light.RED);
        assertThat(FindingOverlay.lift(Light.RED, List.of(Light.YELLOW))).isEqualTo(Light.RED);
        assertThat(FindingOverlay.lift(Light.YELLOW, List.of())).isEqualTo(Light.YELLOW);
    }

    @Test
    void workNotStartedDoneOrStoppedKeepsItsLight() {
        for (Light own : List.of(Light.GREY, Light.BLUE, Light.NONE)) {
            assertThat(FindingOverlay.lift(own, List.of(Light.RED))).isEqualTo(own);
            assertThat(FindingOverlay.reasons(own, "已办结", List.of("固定资产投资增速低于全市平均1.7个百分点")))
                    .isEqualTo("已办结");
        }
    }

    @Test
    void theFindingsReasonFollowsTheTasksOwn() {
        assertThat(FindingOverlay.reasons(Light.GREEN, "", List.of("固定资产投资增速低于全市平均1.7个百分点")))
                .isEqualTo("固定资产投资增速低于全市平均1.7个百分点");
        assertThat(FindingOverlay.reasons(Light.YELLOW, "2026年11月进展未报送", List.of("投资完成率落后序时32个百分点")))
                .isEqualTo("2026年11月进展未报送；投资完成率落后序时32个百分点");
    }

    @Test
    void onlyYellowOrRedIsAFinding() {
        assertThatThrownBy(() -> FindingOverlay.lift(Light.GREEN, List.of(Light.BLUE)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
