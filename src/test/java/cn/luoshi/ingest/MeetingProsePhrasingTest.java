package cn.luoshi.ingest;

import static cn.luoshi.ingest.Drafted.draft;
import static cn.luoshi.ingest.Drafted.units;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

/**
 * The rules written after held-out sets 26 and 27 were read (session 16, decision 220, docs/benchmarks-ingest.md), each
 * on sentences of its own: how a meeting report addresses units in prose — a clause that goes on with the unit of the
 * clause before, a sector's 部门, a body's office or company, the bodies of a place list, a quote the source left open.
 */
class MeetingProsePhrasingTest {

    private static final String MEETING = "县政府召开第九次常务会议\n";

    @Test
    void aClauseInAListOfTasksKeepsTheRoleOfTheOneBeforeIt() {
        DirectiveDraft d = draft(MEETING + "会议要求，水利局要加快水毁工程修复，财政局要保障资金，资规局做好用地报批，"
                + "县供电公司要做好线路迁改。\n");
        assertThat(units(d)).contains(tuple("水利局", "owner"), tuple("财政局", "owner"), tuple("资规局", "owner"),
                tuple("县供电公司", "owner"));
    }

    @Test
    void aClauseThatSaysWhatAUnitDoesWithoutARoleWordStaysANameOnItsOwn() {
        DirectiveDraft d = draft(MEETING + "会议听取了水利局的汇报，财政局的意见一并研究。\n");
        assertThat(units(d)).isEmpty();
    }

    @Test
    void aSectorsBuMenIsItsUnitAndAnOrdinalIsNotPartOfAName() {
        DirectiveDraft d = draft(MEETING + "王县长提出：一是交通运输部门要抓紧编制施工计划。二是教育部门要做好校舍排查。"
                + "三是前进镇要做好群众工作。\n");
        assertThat(units(d)).contains(tuple("交通运输部门", "owner"), tuple("教育部门", "owner"),
                tuple("前进镇", "owner"));
        assertThat(units(d)).extracting(t -> (String) t.toArray()[0]).noneMatch(n -> n.startsWith("三是"));
    }

    @Test
    void anOfficeOfALeadingGroupAndACompanyAtAClauseStartAreUnits() {
        DirectiveDraft d = draft(MEETING + "会议强调，整治办公室要发挥牵头抓总作用，加强调度。城投公司要加快融资。\n");
        assertThat(units(d)).contains(tuple("整治办公室", "lead"), tuple("城投公司", "owner"));
    }

    @Test
    void theLeadersOfABodyAddressedInQuotesMakeTheBodyResponsible() {
        DirectiveDraft d = draft(MEETING + "会议强调，各乡镇、各部门“一把手”要负总责、亲自抓。人社局班子成员要深入企业走访。\n");
        assertThat(units(d)).contains(tuple("各乡镇", "lead"), tuple("各部门", "lead"), tuple("人社局", "owner"));
    }

    @Test
    void functionalDepartmentsAndTheResponsibleUnitsAddressedAreCollectives() {
        DirectiveDraft d = draft(MEETING + "会议要求，属地街道和职能部门要压实责任。责任领导和责任单位要切实负起责任。"
                + "涉及单位要各负其责。\n");
        assertThat(units(d)).contains(tuple("属地街道", "owner"), tuple("职能部门", "owner"), tuple("责任单位", "lead"),
                tuple("涉及单位", "owner"));
    }

    @Test
    void placesListedWithTheirCountAndABodyJoinedAreUnits() {
        DirectiveDraft d = draft(MEETING + "县长要求东坝、西河两镇要加快征迁进度；南山、北岭等相关街镇要做好摸排。"
                + "交通局要联合县委督查室做好督导工作。\n");
        assertThat(units(d)).contains(tuple("东坝", "owner"), tuple("西河", "owner"), tuple("南山", "owner"),
                tuple("北岭", "owner"), tuple("交通局", "owner"), tuple("县委督查室", "co"));
    }

    @Test
    void othersListedAndAUnitThatIsToSupportAreCo() {
        DirectiveDraft d = draft(MEETING + "会议要求，由县自然资源局负责，住建局、发改局等其他相关单位加强配合协调。"
                + "卫健局要牵头研究，相关部门要提前谋划，做好支持与配合。各部门要加强协作配合。\n");
        assertThat(units(d)).contains(tuple("县自然资源局", "lead"), tuple("住建局", "co"), tuple("发改局", "co"),
                tuple("卫健局", "lead"), tuple("相关部门", "co"), tuple("各部门", "owner"));
    }

    @Test
    void aQuoteTheSourceLeftOpenDoesNotHideTheRestOfItsParagraph() {
        DirectiveDraft d = draft("县委召开交通建设汇报会\n下一步，交通、住建及各有关部门要继续按照我县”十三五“规划扎实推进城建工作。"
                + "交通部门要就今年的交通项目列出时间表。住建部门要解决好县城建设问题。\n");
        assertThat(units(d)).contains(tuple("交通部门", "owner"), tuple("住建部门", "owner"));
    }

    @Test
    void unitsAskedToDoSomethingAreOwners() {
        DirectiveDraft d = draft("关于分解下达目标任务的通知\n请各乡镇、县直各单位紧扣目标任务，细化工作措施。\n");
        assertThat(units(d)).contains(tuple("各乡镇", "owner"), tuple("县直各单位", "owner"));
    }

    @Test
    void collectivesOfEveryKindAddressedAreOwners() {
        DirectiveDraft d = draft(MEETING + "会议要求，相关执法部门要严格执法。各行管部门要加强监管。有关单位和部门要高度重视。"
                + "相关部门（单位）要加强统筹。市区两级部门和各街道要倾听群众呼声。各乡镇、各部门、各企业要绷紧安全弦。"
                + "有关部门和苏木乡镇要丰富业态。\n");
        assertThat(units(d)).contains(tuple("相关执法部门", "owner"), tuple("各行管部门", "owner"),
                tuple("有关单位和部门", "owner"), tuple("相关部门（单位）", "owner"), tuple("市区两级部门", "owner"),
                tuple("各企业", "owner"), tuple("苏木乡镇", "owner"));
    }

    @Test
    void aBodyWithLeadersAWorkingGroupAndAWeatherBureauAreUnits() {
        DirectiveDraft d = draft(MEETING + "会议强调，各乡镇党政主要负责人要靠前指挥。县直各单位要与乡（镇）密切配合，"
                + "县气象部门要发挥好预警作用。县森林防火工作督导组要每天到乡镇督导。公安、应急、消防等部门之间要加强协调。\n");
        assertThat(units(d)).contains(tuple("各乡镇", "owner"), tuple("县直各单位", "co"), tuple("县气象部门", "owner"),
                tuple("县森林防火工作督导组", "owner"), tuple("公安", "owner"), tuple("应急", "owner"), tuple("消防", "owner"));
    }

    @Test
    void whatAUnitIsToDoAboutSomethingAndUnitsAskedAfterYaoqiu() {
        DirectiveDraft d = draft(MEETING + "书记指出，一是有关单位和部门对群众反映的问题要高度重视；二是各单位对检查发现的问题要尽快整改。"
                + "会议要求相关单位研究制定整改措施。各街道、部门要完善长效机制。各级部门要增强紧迫感。\n");
        assertThat(units(d)).contains(tuple("有关单位和部门", "owner"), tuple("各单位", "owner"), tuple("相关单位", "owner"),
                tuple("各街道", "owner"), tuple("部门", "owner"), tuple("各级部门", "owner"));
    }

    @Test
    void bodiesJoinedByHeAfterAnOrdinalAndWhoHostsOrAssists() {
        DirectiveDraft d = draft(MEETING + "县长要求，第一是自然资源局和城关镇政府要办理好征地，第二是发改局要落实立项批复。\n"
                + "二、扩大消费\n促进汽车等大宗商品消费。（区商务局主办，相关街道协办）\n");
        assertThat(units(d)).contains(tuple("自然资源局", "owner"), tuple("城关镇政府", "owner"), tuple("发改局", "owner"),
                tuple("区商务局", "lead"), tuple("相关街道", "co"));
        assertThat(units(d)).extracting(t -> (String) t.toArray()[0]).noneMatch(n -> n.startsWith("第二"));
    }

    @Test
    void brigadesSchoolsAndEnforcementAddressedAndACollectiveSaidAgainShorter() {
        DirectiveDraft d = draft(MEETING + "会议要求，县公安交警大队要查处乱停乱放。各学校针对道路拥堵要实施错峰放学，执法部门要坚守岗位。"
                + "各镇办、各地区要集中用力。\n各相关部门要加强协作，相关部门要形成合力。\n");
        assertThat(units(d)).contains(tuple("县公安交警大队", "owner"), tuple("各学校", "owner"), tuple("执法部门", "owner"),
                tuple("各镇办", "owner"), tuple("各地区", "owner"), tuple("各相关部门", "owner"));
        assertThat(units(d)).doesNotContain(tuple("相关部门", "owner"));
    }

    @Test
    void unitsThatWorkWithEachOtherAreOwnersAndHelpersOfALeadAreCo() {
        DirectiveDraft d = draft(MEETING + "会议要求，县城管、住建部门及相关乡镇要协同配合，整改老旧公厕。各创卫成员单位要狠抓落实。\n"
                + "县市场监管局牵头，卫健、教体等部门要密切配合，开展隐患排查。\n");
        assertThat(units(d)).contains(tuple("县城管", "owner"), tuple("住建部门", "owner"), tuple("相关乡镇", "owner"),
                tuple("各创卫成员单位", "owner"), tuple("县市场监管局", "lead"), tuple("卫健", "co"), tuple("教体", "co"));
    }

    @Test
    void whoLeadsAndWhoHelpsEachTaskOfAMeetingAndWhatABodyIs() {
        DirectiveDraft d = draft(MEETING + "会议要求，由县发展和改革局牵头，县委党校、县政务服务管理局配合，9月底前完成供地；"
                + "由丹凤街道牵头，县自然资源局、漾月街道配合，12月底前完成处置。其他涉及部门要积极配合。全县治欠保支工作由县政府抓总。"
                + "经济技术开发区作为经济转型的主阵地，要勇于承担责任。\n");
        assertThat(units(d)).contains(tuple("县发展和改革局", "lead"), tuple("县委党校", "co"), tuple("县政务服务管理局", "co"),
                tuple("丹凤街道", "lead"), tuple("漾月街道", "co"), tuple("其他涉及部门", "co"), tuple("县政府", "lead"),
                tuple("经济技术开发区", "owner"));
    }

    @Test
    void aNoticesAddresseesAskedAndTheirAsides() {
        DirectiveDraft d = draft("关于上半年目标任务完成情况的通报\n请各乡镇、县直有关单位在剩下的半年时间里细化工作措施。"
                + "相关责任单位要认真组织整改。各园区、各乡（镇、街道）要严格按照要求推进。请各地、各部门“一把手”亲自抓。\n"
                + "（责任单位：市直各有关单位、各县（市、区）人民政府）\n");
        assertThat(units(d)).contains(tuple("各乡镇", "owner"), tuple("县直有关单位", "owner"), tuple("相关责任单位", "owner"),
                tuple("各园区", "owner"), tuple("各乡（镇、街道）", "owner"), tuple("各地", "owner"), tuple("各部门", "owner"),
                tuple("各县（市、区）人民政府", "owner"));
    }

    @Test
    void sectorsListedBeforeTheirFunctionsAndForestryBodies() {
        DirectiveDraft d = draft(MEETING + "区长指出，发改、环保、国土、规划等相关职能要尽快完善前期手续。各林场务必高度重视。"
                + "林业部门要切实发挥综合协调职能。各村要做好宣传。\n");
        assertThat(units(d)).contains(tuple("发改", "owner"), tuple("国土", "owner"), tuple("规划", "owner"),
                tuple("各林场", "owner"), tuple("林业部门", "owner"), tuple("各村", "owner"));
    }
}
