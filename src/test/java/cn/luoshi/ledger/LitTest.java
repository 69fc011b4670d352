package cn.luoshi.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luoshi.ledger.light.Light;
import cn.luoshi.ledger.light.Phase;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** 亮灯范围: which tasks carry a light, in Java and in SQL. */
class LitTest {

    static final LocalDate DEADLINE = LocalDate.of(2026, 12, 31);

    @Test
    void tasksAndMeasuresWithADeadlineCarryALightAreasNever() {
        assertThat(Lit.carriesLight(TaskKind.TASK, DEADLINE)).isTrue();
        assertThat(Lit.carriesLight(TaskKind.MEASURE, DEADLINE)).isTrue();
        assertThat(Lit.carriesLight(TaskKind.AREA, DEADLINE)).isFalse();
        assertThat(Lit.carriesLight(TaskKind.TASK, null)).isFalse();
        assertThat(Lit.carriesLight(TaskKind.MEASURE, null)).isFalse();
        assertThat(Lit.carriesLight(null, DEADLINE)).isFalse();
    }

    @Test
    void theSqlFragmentSaysTheSameAsThePredicate() {
        // The exact text the queries used before (a change of text could change the plans PostgreSQL picks).
        assertThat(Lit.SQL).isEqualTo("t.kind <> 'AREA' and t.deadline is not null");
        assertThat(Lit.sql("t.kind", "coalesce(f.deadline, t.deadline)"))
                .isEqualTo("t.kind <> 'AREA' and coalesce(f.deadline, t.deadline) is not null");
        for (TaskKind kind : TaskKind.values()) {
            boolean excluded = Lit.SQL.contains("'" + kind.name() + "'");
            assertThat(excluded).as(kind.name()).isEqualTo(!Lit.litKind(kind));
        }
    }

    @Test
    void aTaskNotYetAssignedIsNotJudgedOnlyCountedDown() {
        assertThat(Lit.judged(TaskStatus.UNASSIGNED)).isFalse();
        for (TaskStatus s : TaskStatus.values()) {
            if (s != TaskStatus.UNASSIGNED) {
                assertThat(Lit.judged(s)).as(s.name()).isTrue();
            }
        }
    }

    @Test
    void eachStatusHasThePhaseTheLightRuleJudgesIn() {
        assertThat(Lit.phase(TaskStatus.UNASSIGNED)).isEqualTo(Phase.NOT_STARTED);
        assertThat(Lit.phase(TaskStatus.ASSIGNED)).isEqualTo(Phase.NOT_STARTED);
        assertThat(Lit.phase(TaskStatus.RETURNED)).isEqualTo(Phase.NOT_STARTED);
        assertThat(Lit.phase(TaskStatus.IN_PROGRESS)).isEqualTo(Phase.IN_PROGRESS);
        assertThat(Lit.phase(TaskStatus.COMPLETION_REQUESTED)).isEqualTo(Phase.IN_PROGRESS);
        assertThat(Lit.phase(TaskStatus.COMPLETED)).isEqualTo(Phase.COMPLETED);
        assertThat(Lit.phase(TaskStatus.TERMINATED)).isEqualTo(Phase.TERMINATED);
    }

    @Test
    void theStatusesJudgedOnScheduleAreTheOpenAssignedOnes() {
        assertThat(Lit.quoted(s -> Lit.judged(s)
                && (Lit.phase(s) == Phase.NOT_STARTED || Lit.phase(s) == Phase.IN_PROGRESS)))
                .isEqualTo("'ASSIGNED', 'IN_PROGRESS', 'RETURNED', 'COMPLETION_REQUESTED'");
    }

    @Test
    void onlyYellowAndRedAreWarnings() {
        assertThat(Lit.warning(Light.YELLOW)).isTrue();
        assertThat(Lit.warning(Light.RED)).isTrue();
        for (Light l : new Light[] {Light.GREEN, Light.BLUE, Light.GREY, Light.NONE, null}) {
            assertThat(Lit.warning(l)).as(String.valueOf(l)).isFalse();
        }
    }
}
