package cn.luoshi.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A finding is checked where it is made, with a message in Chinese, not by the table's constraints. */
class TaskFindingTest {

    @Test
    void aFindingKeepsItsReasonStrippedAndRefusesWhatTheTaskPageCouldNotShow() {
        var f = new TaskFindings.Finding(1, "projects", "P1", FindingLevel.RED, " 投资完成率落后序时32个百分点 ",
                "/projects/1");
        assertThat(f.reason()).isEqualTo("投资完成率落后序时32个百分点");
        assertThatThrownBy(() -> new TaskFindings.Finding(1, "projects", "P1", FindingLevel.RED, "长".repeat(301),
                null)).hasMessageStartingWith("预警原因不得超过300字");
        assertThatThrownBy(() -> new TaskFindings.Finding(1, "projects", "P1", FindingLevel.RED, " ", null))
                .hasMessage("预警须写明原因");
        assertThatThrownBy(() -> new TaskFindings.Finding(1, "Projects!", "P1", FindingLevel.RED, "x", null))
                .hasMessageStartingWith("预警来源须为模块名");
        assertThatThrownBy(() -> new TaskFindings.Finding(1, "projects", "P1", FindingLevel.RED, "x",
                "https://example.com/x")).hasMessageStartingWith("预警链接须为本系统内的路径");
        assertThat(new TaskFindings.Finding(1, "projects", "P1", FindingLevel.YELLOW, "x", null).link()).isNull();
    }
}
