package cn.luoshi.ingest.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** 批量修改: what the request must carry, and what it changes (and leaves). */
class BatchEditTest {

    static final LocalDate ISSUED = LocalDate.of(2026, 3, 2);

    static ReviewForm form() {
        ReviewForm f = new ReviewForm();
        f.issuedOn = ISSUED;
        for (int i = 1; i <= 3; i++) {
            ReviewRow r = new ReviewRow();
            r.nodeId = "n" + i;
            r.title = "任务" + i;
            r.include = true;
            r.kind = "task";
            r.deadline = LocalDate.of(2026, 12, 31);
            f.rows.add(r);
        }
        ReviewForm.UnitOwner housing = new ReviewForm.UnitOwner();
        housing.leaderId = 7L;
        housing.person = "赵刚";
        f.unitOwners.put(3L, housing);
        ReviewForm.UnitOwner party = new ReviewForm.UnitOwner();
        party.person = "马骏";
        f.unitOwners.put(5L, party);
        return f;
    }

    @Test
    void theChosenRowsTakeTheValuesAndALeadBringsItsOwnLeaderAndPerson() {
        ReviewForm f = form();
        f.rows.get(0).leadUnitId = 3L;
        f.rows.get(0).leadLeaderId = 7L;
        f.rows.get(0).responsiblePerson = "赵刚";
        f.rows.get(1).responsiblePerson = "王芳"; // typed by the clerk: kept
        f.rows.get(1).coUnitIds.add(5L);
        int n = new BatchEdit(List.of("n1", "n2"), 5L, null, LocalDate.of(2026, 6, 30)).apply(f);
        assertThat(n).isEqualTo(2);
        assertThat(f.rows).extracting(r -> r.leadUnitId).containsExactly(5L, 5L, null);
        assertThat(f.rows).extracting(r -> r.deadline).containsExactly(LocalDate.of(2026, 6, 30),
                LocalDate.of(2026, 6, 30), LocalDate.of(2026, 12, 31));
        assertThat(f.rows.get(0).responsiblePerson).isEqualTo("马骏");
        assertThat(f.rows.get(0).leadLeaderId).isNull();
        assertThat(f.rows.get(1).responsiblePerson).isEqualTo("王芳");
        assertThat(f.rows.get(1).coUnitIds).doesNotContain(5L); // the lead is no co-unit of itself
    }

    @Test
    void aLeaderGivenInTheBatchWinsOverTheOneTheUnitBrings() {
        ReviewForm f = form();
        new BatchEdit(List.of("n3"), 3L, 9L, null).apply(f);
        assertThat(f.rows.get(2).leadLeaderId).isEqualTo(9L);
        assertThat(f.rows.get(2).responsiblePerson).isEqualTo("赵刚");
    }

    @Test
    void aRequestWithoutRowsOrValuesOrWithUnknownOnesIsRefusedWithChineseMessages() {
        ReviewForm f = form();
        var none = new BatchEdit(List.of(), null, null, null).check(f, id -> true, id -> true, ISSUED);
        assertThat(none.list()).extracting(v -> v.message()).containsExactly(
                "请先勾选要批量修改的条目（每行左侧的「选中」）", "请至少选择一项要批量设置的内容：牵头单位、牵头区领导或完成时限");
        var bad = new BatchEdit(List.of("n1"), 99L, 98L, ISSUED.minusDays(1)).check(f, id -> id != 99L, id -> id != 98L, ISSUED);
        assertThat(bad.list()).extracting(v -> v.message()).containsExactly("牵头单位不存在", "所选人员不是区领导",
                "完成时限不能早于讲话日期（2026-03-02）");
        assertThat(new BatchEdit(List.of("n2"), 3L, null, null).check(f, id -> true, id -> true, ISSUED).list()).isEmpty();
    }
}
