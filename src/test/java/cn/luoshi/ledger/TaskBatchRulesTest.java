package cn.luoshi.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.luoshi.common.InvalidInputException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The plain rules behind the task list's batch actions (issue 12): versions seen, outcome wording, deadline input. */
class TaskBatchRulesTest {

    @Test
    void theVersionsTheListShowedAreReadAsIdColonVersionAndAnythingElseIsIgnored() {
        Map<Long, Integer> v = TaskBatchService.versions(Arrays.asList("12:3", " 40 : 7 ", "x:1", "5", null, "9:2:1"));
        assertThat(v).containsExactlyInAnyOrderEntriesOf(Map.of(12L, 3, 40L, 7));
        assertThat(TaskBatchService.versions(null)).isEmpty();
    }

    @Test
    void theSummaryNamesWhatWasDoneAndEachTaskThatWasNot() {
        var r = new TaskBatchService.Result("下发督办单", List.of(
                new TaskBatchService.Outcome(1, "甲", true, "督办〔2026〕第5号"),
                new TaskBatchService.Outcome(2, "乙", true, "督办〔2026〕第6号"),
                new TaskBatchService.Outcome(3, "丙", false, "：只有亮黄灯或红灯的任务可以下发督办单"),
                new TaskBatchService.Outcome(4, null, false, "不存在或不在您的范围内")));
        assertThat(r.done()).isEqualTo(2);
        assertThat(r.summary()).isEqualTo("已下发督办单2项（督办〔2026〕第5号、督办〔2026〕第6号）；2项未处理："
                + "「丙」：只有亮黄灯或红灯的任务可以下发督办单；任务4不存在或不在您的范围内。");
        var plain = new TaskBatchService.Result("调整完成时限（至2027-03-31）",
                List.of(new TaskBatchService.Outcome(1, "甲", true, null)));
        assertThat(plain.summary()).isEqualTo("已调整完成时限（至2027-03-31）1项。");
    }

    @Test
    void aDeadlineChangeNeedsADateAndAReasonOfAtMost200Characters() {
        assertThat(TaskService.deadlineChange(LocalDate.of(2027, 3, 31), "统一调整").list()).isEmpty();
        assertThat(TaskService.deadlineChange(null, "统一调整").list()).extracting(v -> v.message())
                .containsExactly("请填写新的完成时限");
        assertThat(TaskService.deadlineChange(LocalDate.of(2027, 3, 31), " ").list()).extracting(v -> v.field())
                .containsExactly("reason");
        assertThat(TaskService.deadlineChange(LocalDate.of(2027, 3, 31), "理".repeat(201)).list())
                .extracting(v -> v.field()).containsExactly("reason");
    }

    @Test
    void anEmptyOrOversizedSelectionIsRefusedInChinese() {
        assertThatThrownBy(() -> TaskBatchService.selection(List.of())).isInstanceOf(InvalidInputException.class)
                .hasMessage("请先勾选要处理的任务");
        assertThat(TaskBatchService.selection(List.of(3L, 1L, 3L))).containsExactly(3L, 1L);
    }
}
