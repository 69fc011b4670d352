package cn.luoshi.ingest;

import cn.luoshi.ingest.DirectiveDraft.UnitMention;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class UnitsTest {

    private static final DirectiveDrafter DRAFTER = DirectiveDrafter.create();

    private static List<UnitMention> units(DirectiveDrafter drafter, String text) {
        return drafter.draft("t.txt", text, LocalDate.of(2023, 7, 31)).units();
    }

    @Test
    void aUnitThatIsToBeFullyResponsibleLeads() {
        // seed 002
        assertThat(units(DRAFTER, "区委宣传部要全面负责文明创建的组织部署、督导考核等工作。"))
                .extracting(UnitMention::name, UnitMention::role).containsExactly(tuple("区委宣传部", "lead"));
    }

    @Test
    void everyUnitOfAListThatIsToDoItsPartOwnsIt() {
        // seed 002: 组织部、各办事处，住建、发改、规划、城管、财政等部门要各司其职
        assertThat(units(DRAFTER, "组织部、各办事处，住建、发改、规划、城管、财政等部门要各司其职、各负其责，加强服务、做好指导。"))
                .extracting(UnitMention::name, UnitMention::role).containsExactly(
                        tuple("区委组织部", "owner"), tuple("街道办事处", "owner"), tuple("区住房和城乡建设局", "owner"),
                        tuple("区发展和改革委员会", "owner"), tuple("区自然资源和规划局", "owner"),
                        tuple("区城市管理局", "owner"), tuple("区财政局", "owner"));
    }

    @Test
    void aLeadingUnitAndItsHelpersAreToldApart() {
        assertThat(units(DRAFTER, "老旧小区改造由住建局牵头，财政局、城管局配合，年底前完成。"))
                .extracting(UnitMention::name, UnitMention::role).containsExactly(
                        tuple("区住房和城乡建设局", "lead"), tuple("区财政局", "co"), tuple("区城市管理局", "co"));
        // seed 002: 实施办事处书记领办科技产业社区工程
        assertThat(units(DRAFTER, "实施办事处书记领办科技产业社区工程。"))
                .extracting(UnitMention::name, UnitMention::role).containsExactly(tuple("街道办事处", "lead"));
    }

    @Test
    void shortNamesThatAreOrdinaryWordsAreNotUnitsOnTheirOwn() {
        // seed 000: 要强化规划引领; seed 004: 国家发改委等四部门近期印发
        assertThat(units(DRAFTER, "要强化规划引领。统筹做好财政保障。")).isEmpty();
        assertThat(units(DRAFTER, "国家发改委等四部门近期印发《关于做好降成本重点工作的通知》。")).isEmpty();
    }

    @Test
    void theOrganisationsOwnUnitListIsUsedInPlaceOfOrBesideTheGazetteer() {
        List<KnownUnit> own = List.of(KnownUnit.of("区城市更新促进中心", "更新中心"));
        String text = "更新中心要牵头编制片区改造方案，住建局配合。";
        assertThat(units(DRAFTER.withUnits(own), text)).extracting(UnitMention::name, UnitMention::role)
                .containsExactly(tuple("区城市更新促进中心", "lead"), tuple("区住房和城乡建设局", "co"));
        assertThat(units(DRAFTER.withOnlyUnits(own), text)).extracting(UnitMention::name)
                .containsExactly("区城市更新促进中心");
    }

    @Test
    void taskListsNameUnitsAfterALabel() {
        assertThat(units(DRAFTER, "完成10个老旧小区改造。（牵头单位：区住建局；配合单位：区财政局、各街道；责任单位：区城管局）"))
                .extracting(UnitMention::name, UnitMention::role).containsExactly(
                        tuple("区住房和城乡建设局", "lead"), tuple("区财政局", "co"), tuple("街道办事处", "co"),
                        tuple("区城市管理局", "owner"));
    }
}
