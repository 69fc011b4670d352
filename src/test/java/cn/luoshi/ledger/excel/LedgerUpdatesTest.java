package cn.luoshi.ledger.excel;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luoshi.ledger.Target;
import cn.luoshi.ledger.TaskForm;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The plain parts of 台账导入更新 (issue 12): reading 任务编号/数据版本 cells, and the targets a row's content carries. */
class LedgerUpdatesTest {

    @Test
    void anIdIsAWholeNumberFromANumericCellOrItsText() {
        assertThat(LedgerUpdates.number(new SheetCell("123", 123.0, null))).isEqualTo(123L);
        assertThat(LedgerUpdates.number(new SheetCell("123", null, null))).isEqualTo(123L);
        assertThat(LedgerUpdates.number(new SheetCell(" 7 ", null, null))).isEqualTo(7L);
        assertThat(LedgerUpdates.number(new SheetCell("12.5", 12.5, null))).isNull();
        assertThat(LedgerUpdates.number(new SheetCell("-3", -3.0, null))).isNull();
        assertThat(LedgerUpdates.number(new SheetCell("第12号", null, null))).isNull();
        assertThat(LedgerUpdates.number(SheetCell.EMPTY)).isNull();
    }

    @Test
    void theTargetsOfARowAreReadBackInOrderSoAnUnchangedRowComparesEqual() {
        TaskForm f = new TaskForm();
        LedgerImporter.splitContent("老旧小区改造\n目标：115个老旧小区改造（今年）；22个社区健身中心\n按计划推进", f);
        List<Target> targets = LedgerUpdates.targets(f);
        assertThat(targets).extracting(Target::value).containsExactly(new BigDecimal("115"), new BigDecimal("22"));
        assertThat(Target.describeAll(targets)).isEqualTo(Target.describeAll(List.of(
                Target.of(new BigDecimal("115"), "个", "老旧小区改造", "今年"),
                Target.of(new BigDecimal("22"), "个", "社区健身中心", null))));
        assertThat(f.title).isEqualTo("老旧小区改造");
        assertThat(f.description).isEqualTo("按计划推进");
        TaskForm none = new TaskForm();
        LedgerImporter.splitContent("只有名称", none);
        assertThat(LedgerUpdates.targets(none)).isEmpty();
    }
}
