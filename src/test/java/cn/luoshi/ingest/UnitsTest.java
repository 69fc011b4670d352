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
                .extracting(UnitMention::unit, UnitMention::role).containsExactly(tuple("区委宣传部", "lead"));
    }

    @Test
    void everyUnitOfAListThatIsToDoItsPartOwnsIt() {
        // seed 002: 组织部、各办事处，住建、发改、规划、城管、财政等部门要各司其职
        assertThat(units(DRAFTER, "组织部、各办事处，住建、发改、规划、城管、财政等部门要各司其职、各负其责，加强服务、做好指导。"))
                .extracting(UnitMention::unit, UnitMention::role).containsExactly(
                        tuple("区委组织部", "owner"), tuple("街道办事处", "owner"), tuple("区住房和城乡建设局", "owner"),
                        tuple("区发展和改革委员会", "owner"), tuple("区自然资源和规划局", "owner"),
                        tuple("区城市管理局", "owner"), tuple("区财政局", "owner"));
    }

    @Test
    void aLeadingUnitAndItsHelpersAreToldApart() {
        assertThat(units(DRAFTER, "老旧小区改造由住建局牵头，财政局、城管局配合，年底前完成。"))
                .extracting(UnitMention::unit, UnitMention::role).containsExactly(
                        tuple("区住房和城乡建设局", "lead"), tuple("区财政局", "co"), tuple("区城市管理局", "co"));
        // seed 002: 实施办事处书记领办科技产业社区工程
        assertThat(units(DRAFTER, "实施办事处书记领办科技产业社区工程。"))
                .extracting(UnitMention::unit, UnitMention::role).containsExactly(tuple("街道办事处", "lead"));
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
        assertThat(units(DRAFTER.withUnits(own), text)).extracting(UnitMention::unit, UnitMention::role)
                .containsExactly(tuple("区城市更新促进中心", "lead"), tuple("区住房和城乡建设局", "co"));
        // with only its own list, 住建局 is a body named as written and matched to no gazetteer unit
        assertThat(units(DRAFTER.withOnlyUnits(own), text)).extracting(UnitMention::name, UnitMention::unit)
                .containsExactly(tuple("更新中心", "区城市更新促进中心"), tuple("住建局", null));
    }

    @Test
    void taskListsNameUnitsAfterALabel() {
        assertThat(units(DRAFTER, "完成10个老旧小区改造。（牵头单位：区住建局；配合单位：区财政局、各街道；责任单位：区城管局）"))
                .extracting(UnitMention::unit, UnitMention::role).containsExactly(
                        tuple("区住房和城乡建设局", "lead"), tuple("区财政局", "co"), tuple("街道办事处", "co"),
                        tuple("区城市管理局", "co")); // 责任单位 beside a 牵头单位 helps (contract, issue 18)
    }

    @Test
    void aCountyTextStaysCountyAndAMergedBureauIsNotAnother() {
        // issue 18: a 县 text must not become 区; 科技和经信局 must not become 科学技术局
        assertThat(units(DRAFTER, "全县规上工业增加值增长8%。牵头单位：县科技和经信局；责任单位：县发改局、各乡镇。"))
                .extracting(UnitMention::name, UnitMention::unit, UnitMention::role).containsExactly(
                        tuple("县科技和经信局", null, "lead"), tuple("县发改局", "县发展和改革委员会", "co"),
                        tuple("各乡镇", "乡镇", "co"));
        assertThat(units(DRAFTER, "全区创建工作由科技和经信局牵头。")).extracting(UnitMention::unit).containsOnlyNulls();
    }

    @Test
    void aResponsibleUnitStandingAloneOwnsIt() {
        assertThat(units(DRAFTER, "1.完成农村改厕3200户。责任单位：区农业农村局。"))
                .extracting(UnitMention::name, UnitMention::unit, UnitMention::role)
                .containsExactly(tuple("区农业农村局", "区农业农村局", "owner"));
    }

    @Test
    void collectiveAddresseesAndUnitsOfTheLastSentenceCount() {
        assertThat(units(DRAFTER, "一、抓好项目。全年开工项目20个。\n各街道、区直各部门要对照目标任务逐项细化分解。"))
                .extracting(UnitMention::name, UnitMention::role)
                .containsExactly(tuple("各街道", "owner"), tuple("区直各部门", "owner"));
    }

    @Test
    void anOrganisationsUnitIsMatchedByItsShortNameButNeverAcrossLevels() {
        DirectiveDrafter org = DRAFTER.withOnlyUnits(List.of(KnownUnit.of("区住房和城乡建设局", "住建局", "住建")));
        assertThat(units(org, "老旧小区改造由区住建局牵头。")).extracting(UnitMention::name, UnitMention::unit)
                .containsExactly(tuple("区住建局", "区住房和城乡建设局"));
        assertThat(units(org, "全县老旧小区改造由县住建局牵头。")).extracting(UnitMention::name, UnitMention::unit)
                .containsExactly(tuple("县住建局", null));
    }
}
