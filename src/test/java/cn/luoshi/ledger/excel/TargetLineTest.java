package cn.luoshi.ledger.excel;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luoshi.ledger.Target;
import cn.luoshi.ledger.TaskForm;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The line of targets in 任务内容, as the export writes it and the import reads it back. */
class TargetLineTest {

    @Test
    void theExportedLineReadsBackIntoTheSameTargets() {
        List<Target> targets = List.of(new Target(new BigDecimal("115"), "个", "老旧小区改造", "今年"),
                new Target(new BigDecimal("4.98"), "亿元", "一般公共预算收入", null),
                new Target(new BigDecimal("36"), "万平方米", "新增绿地", "今年"),
                new Target(new BigDecimal("5"), "%", null, null));
        String line = "目标：" + Target.describeAll(targets);
        assertThat(line).isEqualTo("目标：115个老旧小区改造（今年）；4.98亿元一般公共预算收入；36万平方米新增绿地（今年）；5%");
        assertThat(LedgerImporter.targets(line)).contains(targets);
    }

    @Test
    void aTargetLineInTheContentBecomesTheTargetsAndTheRestTheDescription() {
        TaskForm f = new TaskForm();
        LedgerImporter.splitContent("完成城市更新\n目标：115个老旧小区改造（今年）；22个社区健身中心\n统筹推进", f);
        assertThat(f.title).isEqualTo("完成城市更新");
        assertThat(f.targetValue).isEqualByComparingTo("115");
        assertThat(f.targetObject).isEqualTo("老旧小区改造");
        assertThat(f.targetPeriod).isEqualTo("今年");
        assertThat(f.moreTargets).singleElement().satisfies(l -> {
            assertThat(l.value).isEqualByComparingTo("22");
            assertThat(l.unit).isEqualTo("个");
            assertThat(l.object).isEqualTo("社区健身中心");
        });
        assertThat(f.description).isEqualTo("统筹推进");
    }

    @Test
    void aLineThatIsNotOfTargetsStaysInTheDescription() {
        TaskForm f = new TaskForm();
        LedgerImporter.splitContent("完成城市更新\n目标：全面完成改造任务", f);
        assertThat(f.targetValue).isNull();
        assertThat(f.description).isEqualTo("目标：全面完成改造任务");
    }
}
