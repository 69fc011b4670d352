package cn.luoshi.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.luoshi.ingest.review.ReviewForm;
import cn.luoshi.ingest.review.ReviewRow;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The scripted review: decisions applied to a draft by its drafted titles, and the count of what a person changed. */
class DemoReviewTest {

    static final DemoReview.Lookup LOOKUP = new DemoReview.Lookup(
            name -> Map.of("住建", 3L, "组织部", 2L, "宣传部", 1L, "东城街道", 6L).get(name),
            name -> Map.of("张卫东", 11L).get(name),
            md -> MonthDay.parse("--" + md).atYear(2026));

    private static ReviewRow row(String id, String title, boolean include, Long lead) {
        ReviewRow r = new ReviewRow();
        r.nodeId = id;
        r.title = title;
        r.kind = "task";
        r.include = include;
        r.leadUnitId = lead;
        r.deadline = LocalDate.of(2026, 12, 31);
        return r;
    }

    /** Seed 002's 一要 and two neighbours, as the engine drafts them. */
    private static ReviewForm drafted() {
        ReviewForm f = new ReviewForm();
        ReviewRow renewal = row("n11", "突出城市更新，推动城市品质升级", true, null);
        renewal.targets = new ArrayList<>(List.of(new ReviewRow.Target(new BigDecimal("115"), "个", "老旧小区改造", "今年"),
                new ReviewRow.Target(new BigDecimal("1"), "条", "精品特色街区", "街道办事处每年")));
        renewal.coUnitIds = new ArrayList<>(List.of(6L));
        f.rows.add(renewal);
        f.rows.add(row("n21", "压实责任、强化落实", true, 1L));
        f.rows.add(row("n22", "加强学习、提升能力", true, null));
        return f;
    }

    private static DemoReview.Directive directive(Map<String, DemoReview.Decision> rows) {
        return new DemoReview.Directive("002.txt", "城市提质", "02-10", "区委书记", "DISTRICT", "SPEECH", rows);
    }

    @Test
    void decisionsChangeOnlyWhatTheyNameAndTheCountSaysWhichFields() {
        Map<String, DemoReview.Decision> rows = new LinkedHashMap<>();
        rows.put("突出城市更新，推动城市品质升级", new DemoReview.Decision(null, null, null, null,
                List.of(new DemoReview.DemoTarget(new BigDecimal("115"), "个", "老旧小区改造", "今年"),
                        new DemoReview.DemoTarget(new BigDecimal("5"), "条", "精品特色街区", "今年")),
                "住建", null, "张卫东", "赵刚", "五个街道办事处各1条"));
        rows.put("压实责任、强化落实", new DemoReview.Decision(null, null, null, "03-31", null, "组织部", null, null,
                null, null));
        rows.put("加强学习、提升能力", new DemoReview.Decision(false, null, null, null, null, null, null, null, null,
                null));
        ReviewForm before = drafted();
        ReviewForm after = drafted();
        DemoReview.apply(directive(rows), after, LOOKUP);

        ReviewRow renewal = after.rows.get(0);
        assertThat(renewal.leadUnitId).isEqualTo(3L);
        assertThat(renewal.coUnitIds).containsExactly(6L); // not named: kept as drafted
        assertThat(renewal.leadLeaderId).isEqualTo(11L);
        assertThat(renewal.targets).extracting(t -> t.value.intValue() + t.unit + t.object)
                .containsExactly("115个老旧小区改造", "5条精品特色街区");
        assertThat(after.rows.get(1).deadline).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(after.rows.get(2).include).isFalse();

        DemoReview.Changes c = DemoReview.changes(before, after);
        assertThat(c.drafted()).isEqualTo(3);
        assertThat(c.included()).isEqualTo(2);
        assertThat(c.changed()).isEqualTo(3);
        assertThat(c.byField()).containsEntry(DemoReview.Field.INCLUDE, 1).containsEntry(DemoReview.Field.TARGETS, 1)
                .containsEntry(DemoReview.Field.LEAD, 2).containsEntry(DemoReview.Field.DEADLINE, 1)
                .containsEntry(DemoReview.Field.CO, 0).containsEntry(DemoReview.Field.TITLE, 0);
        assertThat(c.owned()).isEqualTo(2);
        assertThat(c.leadSuggested()).isEqualTo(1);
        assertThat(c.leadKept()).isZero();
        assertThat(c.leadNone()).isEqualTo(1);
        assertThat(DemoReview.describe("002", c)).isEqualTo("002 起草3个节点，纳入台账2个，人工改动3个（纳入与否1，完成时限1，"
                + "量化目标1，牵头单位2，牵头区领导1，责任人1）；任务和举措2个，引擎建议牵头单位1个（讲话点名1），保留0个，改动1个，"
                + "未能建议1个；建议牵头区领导0个，保留0个；建议责任人0个，保留0个");
    }

    private static ReviewForm.UnitOwner owner(Long leader, String person) {
        ReviewForm.UnitOwner o = new ReviewForm.UnitOwner();
        o.leaderId = leader;
        o.person = person;
        return o;
    }

    @Test
    void aNewLeadTakesItsOwnLeaderAndPersonUnlessTheReviewerChoseThemAndEmptyClears() {
        ReviewForm before = drafted();
        before.unitOwners.put(1L, owner(12L, "许文"));
        before.unitOwners.put(2L, owner(null, "马骏"));
        before.unitOwners.put(3L, owner(11L, "赵刚"));
        ReviewRow duty = before.rows.get(1); // 宣传部 as suggested, with its leader and person filled in
        duty.leadLeaderId = 12L;
        duty.responsiblePerson = "许文";
        duty.suggestion = new ReviewRow.Suggestion();
        duty.suggestion.source = cn.luoshi.ingest.review.OwnerSource.DUTY;
        ReviewRow renewal = before.rows.get(0);
        renewal.leadUnitId = 6L;
        renewal.responsiblePerson = "高峰";
        ReviewForm after = drafted();
        after.unitOwners = before.unitOwners;
        after.rows.get(1).leadLeaderId = 12L;
        after.rows.get(1).responsiblePerson = "许文";
        after.rows.get(0).leadUnitId = 6L;
        after.rows.get(0).responsiblePerson = "高峰";
        Map<String, DemoReview.Decision> rows = new LinkedHashMap<>();
        rows.put("压实责任、强化落实", new DemoReview.Decision(null, null, null, null, null, "组织部", null, null, null,
                null));
        rows.put("突出城市更新，推动城市品质升级", new DemoReview.Decision(null, null, null, null, null, "住建", null, "",
                null, null));
        DemoReview.apply(directive(rows), after, LOOKUP);

        assertThat(after.rows.get(1).leadLeaderId).isNull();            // 组织部 has no 分管 leader
        assertThat(after.rows.get(1).responsiblePerson).isEqualTo("马骏"); // its head
        assertThat(after.rows.get(0).leadLeaderId).isNull();            // "" clears what 住建 brought
        assertThat(after.rows.get(0).responsiblePerson).isEqualTo("高峰"); // typed by the reviewer: kept
        DemoReview.Changes c = DemoReview.changes(before, after);
        assertThat(c.leadSuggested()).isEqualTo(2);
        assertThat(c.leadBy()).containsEntry(cn.luoshi.ingest.review.OwnerSource.DUTY, 1)
                .containsEntry(cn.luoshi.ingest.review.OwnerSource.NAMED, 1);
        assertThat(c.leaderSuggested()).isEqualTo(1);
        assertThat(c.leaderKept()).isZero();
        assertThat(c.personSuggested()).isEqualTo(2);
        assertThat(c.personKept()).isEqualTo(1);
    }

    @Test
    void aDecisionForANodeTheEngineNoLongerDraftsIsAnErrorNotASilentSkip() {
        Map<String, DemoReview.Decision> rows = Map.of("突出城市更新", new DemoReview.Decision(false, null, null, null,
                null, null, null, null, null, null));
        assertThatThrownBy(() -> DemoReview.apply(directive(rows), drafted(), LOOKUP))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("「突出城市更新」不在草稿中").hasMessageContaining("demo-review.json");
    }

    @Test
    void theReviewFileNamesOnlyUnitsLeadersAndNodesThatExist() throws Exception {
        DemoReview plan = DemoDataLoader.read("demo/demo-review.json", DemoReview.class);
        DemoLedger demo = DemoDataLoader.read("demo/demo-ledger.json", DemoLedger.class);
        var units = demo.units().stream().map(DemoLedger.DemoUnit::shortName).toList();
        var leaders = demo.people().stream().filter(DemoLedger.DemoPerson::leader).map(DemoLedger.DemoPerson::name)
                .toList();
        assertThat(plan.directives()).extracting(DemoReview.Directive::seed).hasSize(5).doesNotHaveDuplicates();
        for (DemoReview.Directive d : plan.directives()) {
            for (DemoReview.Decision x : d.rows().values()) {
                if (x.lead() != null) {
                    assertThat(units).contains(x.lead());
                }
                if (x.co() != null) {
                    assertThat(units).containsAll(x.co());
                }
                if (x.leader() != null && !x.leader().isEmpty()) {
                    assertThat(leaders).contains(x.leader());
                }
            }
            assertThat(demo.activity()).containsKey(d.seed());
        }
    }
}
