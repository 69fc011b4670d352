package cn.luoshi.ingest;

import static cn.luoshi.ingest.Drafted.draft;
import static cn.luoshi.ingest.Drafted.units;
import static cn.luoshi.ingest.Drafted.plain;
import static cn.luoshi.ingest.Drafted.plan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

/**
 * The general rules written after held-out sets 16 and 17 were read (session 15, decision 213,
 * docs/benchmarks-ingest.md), each on sentences of its own: who a notice or a meeting report addresses, a section that
 * reports how goals went, and the growth or the kinds said after a target's level or count.
 */
class AddresseesPhrasingTest {


    @Test
    void aShortNameWithBuMenAndBodiesAddressedAsAWholeAreOwners() {
        DirectiveDraft d = draft("区政府召开第十二次常务会议\n会议要求，区财政部门要加快资金拨付。"
                + "全区各级各部门要压实安全责任。区城管局、区住建局等部门及属地街道要做好危房处置。有关部门要形成合力。\n");
        assertThat(units(d)).contains(tuple("区财政部门", "owner"), tuple("全区各级各部门", "owner"),
                tuple("区城管局", "owner"), tuple("区住建局", "owner"), tuple("属地街道", "owner"), tuple("有关部门", "owner"));
    }

    @Test
    void aNoticesResponsibleUnitsAndWhatTheyWillDoAreOwners() {
        DirectiveDraft d = draft("关于印发重点任务责任分解方案的通知\n一、各责任单位要高度重视，制订工作方案。\n"
                + "二、区考核机构要将目标任务纳入考核。\n三、区人民政府办公室将对落实情况进行跟踪督办。\n");
        assertThat(units(d)).containsExactly(tuple("各责任单位", "owner"), tuple("区考核机构", "owner"),
                tuple("区人民政府办公室", "owner"));
    }

    @Test
    void membersOfABodyAndStreetOfficesWithAnAsideAreUnitsOfTheList() {
        DirectiveDraft d = draft("一、抓好疫情防控\n1. 落实常态化防控措施。[牵头单位：区卫健局；责任单位：区防控指挥部成员单位、"
                + "区创卫工作领导小组成员单位、各街办（新区）]\n");
        assertThat(units(d)).containsExactly(tuple("区卫健局", "lead"), tuple("区防控指挥部成员单位", "co"),
                tuple("区创卫工作领导小组成员单位", "co"), tuple("各街办（新区）", "co"));
    }

    @Test
    void aSectionOnHowTheGoalsWentReports() {
        DirectiveDraft d = draft("一、上半年计划执行情况\n（一）主要目标完成情况\n上半年，全区实现地区生产总值512亿元，同比增长4.1%。"
                + "城镇和农村常住居民人均可支配收入完成30120元、18450元，分别增长3.6%、6.2%。\n");
        assertThat(d.targets()).isEmpty();
        assertThat(d.figures()).extracting(DirectiveDraft.Figure::measure, f -> plain(f.value()))
                .contains(tuple("amount", "512"), tuple("growth_pct", "4.1"), tuple("amount", "30120"),
                        tuple("growth_pct", "6.2"));
    }

    @Test
    void aGrowthAfterALevelAndTheKindsOfACountAreOfWhatWasSaidBefore() {
        DirectiveDraft d = plan("预期目标是：地区生产总值达到380亿元，同比增长7%；固定资产投资完成160亿元，同比增长9%。"
                + "全年安排重点项目96个，其中，工业类32个、城建类41个。");
        assertThat(d.targets()).extracting(t -> plain(t.value()), DirectiveDraft.Target::object)
                .contains(tuple("7", "地区生产总值增长"), tuple("9", "固定资产投资增长"), tuple("32", "工业类重点项目"),
                        tuple("41", "城建类重点项目"));
    }

    @Test
    void aBracketedListOfBodiesAndTheirRoleNamesEachOfThem() {
        DirectiveDraft d = draft("一、提高城乡低保标准。城乡低保标准每人每月提高20元。（区民政局、财政局、区农办负责） "
                + "二、完善供水供热设施。完成自来水户表改造2600户。（区住建委、热电中心、自来水服务中心负责） "
                + "三、改造农村公路。改造农村公路36公里。（区交通局负责）\n");
        assertThat(d.nodes()).extracting(DirectiveDraft.Node::marker).containsExactly("一、", "二、", "三、");
        assertThat(units(d)).contains(tuple("区民政局", "lead"), tuple("财政局", "lead"), tuple("区农办", "lead"),
                tuple("区住建委", "lead"), tuple("热电中心", "lead"), tuple("自来水服务中心", "lead"),
                tuple("区交通局", "lead"));
    }

    @Test
    void shortNamesBeforeTheCollectiveOfTheTownshipsAndABodysLeadersAreAddressed() {
        DirectiveDraft d = draft("县政府召开推进会\n会议要求，国土、发改、公安、纪检监察及各乡镇要各负其责，形成合力。"
                + "县自然资源局全体班子成员要带领股室下沉一线。\n");
        assertThat(units(d)).contains(tuple("国土", "owner"), tuple("发改", "owner"), tuple("公安", "owner"),
                tuple("纪检监察", "owner"), tuple("各乡镇", "owner"), tuple("县自然资源局", "owner"));
    }

    @Test
    void aLeadResponsibleColumnLeadsAndTheResponsibleColumnBesideItHelps() {
        DirectiveDraft d = draft("序号\t目标与任务\t分管县领导\t牵头责任单位\t责任单位\n"
                + "1\t新增托位400个以上。\t王明\t县教育局\t县各有关单位\n");
        assertThat(units(d)).containsExactly(tuple("县教育局", "lead"), tuple("县各有关单位", "co"));
    }

    @Test
    void aResponsibleUnitBesideAHelperLeadsAndWhoCarriesWorkOutOwnsIt() {
        DirectiveDraft d = draft("1.建设20个幸福老年之家。\n责任部门:民政局 配合部门:各街道\n"
                + "2.新建文化扶助工程示范点30个。\n责任部门:文体局\n");
        assertThat(units(d)).containsExactly(tuple("民政局", "lead"), tuple("各街道", "co"), tuple("文体局", "owner"));
        DirectiveDraft m = draft("县指挥部召开碰头会\n会议决定：九重区域环境整治由王明牵头，九重镇落实；干渠绿化由李华牵头，林业局落实；"
                + "督导组负责每天报送进度。区城管委办要充分发挥其牵头抓总作用。\n");
        assertThat(units(m)).contains(tuple("九重镇", "owner"), tuple("林业局", "owner"), tuple("督导组", "lead"),
                tuple("区城管委办", "lead"));
        DirectiveDraft notice = draft("关于分解下达目标任务的通知\n政府督查室、监察局要跟踪问效，严肃责任追究。各乡镇及相关单位要抓紧耕种管护。\n");
        assertThat(units(notice)).contains(tuple("政府督查室", "owner"), tuple("监察局", "owner"), tuple("各乡镇", "owner"),
                tuple("相关单位", "owner"));
        // 城乡 is no township, and 要素 is no 要
        assertThat(plan("大力推动新型城镇化，促进城乡要素平等交换。").units()).isEmpty();
    }
}
