package cn.luoshi.ingest;

import static cn.luoshi.ingest.Drafted.draft;
import static cn.luoshi.ingest.Drafted.units;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

/**
 * The rules of session 18 on collective addressees (集体受文对象), each on sentences of its own: collectives named by
 * their role (各配合单位), 需 as a duty, a collective a leader's demand or a 督促/责令/压实 is about, and
 * a list of collectives before a comma and 要.
 */
class RoleNamedCollectivesPhrasingTest {

    @Test
    void aCollectiveNamedByItsRoleHasThatRole() {
        DirectiveDraft d = draft("请各牵头单位要严格按照任务分工，对涉及的工作任务进行再细化。各协作和配合单位要积极主动与牵头单位衔接联系。"
                + "各责任(配合)单位要加强协调。\n");
        // 各牵头单位 addressed as a whole is given the sentence's work (owner); 各配合单位 still helps
        assertThat(units(d)).containsExactly(tuple("各牵头单位", "owner"), tuple("各协作和配合单位", "co"),
                tuple("各责任（配合）单位", "co"));
    }

    @Test
    void needIsADuty() {
        assertThat(units(draft("各责任单位需严格对照任务清单，逐项细化职责。\n"))).containsExactly(tuple("各责任单位", "owner"));
    }

    @Test
    void whatALeaderDemandsOfACollectiveIsItsWork() {
        assertThat(units(draft("会议要求，各相关部门继续巩固来之不易的信访稳定良好局面。\n")))
                .containsExactly(tuple("各相关部门", "owner"));
        assertThat(units(draft("视察中，蔡红责令相关单位进行整改。\n"))).containsExactly(tuple("相关单位", "owner"));
        assertThat(units(draft("要严格开展监督执法，压实相关部门主体责任。\n"))).containsExactly(tuple("相关部门", "owner"));
    }

    @Test
    void aListOfCollectivesGoesOnBeforeACommaAndYao() {
        assertThat(units(draft("各相关单位和涉农部门，要加快推进秋冬农业开发。\n")))
                .contains(tuple("各相关单位", "owner"));
        assertThat(units(draft("各乡镇学校要加强教育经费管理。\n"))).containsExactly(tuple("各乡镇学校", "owner"));
    }

    @Test
    void aBodyThatIsTheObjectOfAnotherVerbIsNoAddressee() {
        assertThat(units(draft("我们联系了相关单位，要确保按时完成。\n"))).isEmpty();
        assertThat(units(draft("会议听取了各相关部门的汇报。\n"))).isEmpty();
        // a named body after 会议要求， may be the one that acts on it in the news, not the one asked
        assertThat(units(draft("根据会议要求，市城市管理工作领导小组办公室对全市城市管理工作进行了综合评价。\n"))).isEmpty();
    }

    @Test
    void unitsThatLeadByTheirDutiesInBracketsLead() {
        DirectiveDraft d = draft("一、建立农产品质量安全体系。(市农业局、畜牧局、质监局按职责牵头负责)\n"
                + "二、大高通用航空城建设工程。(沾化县牵头负责)\n三、马厂七期安置房完成主体工程(三水街道牵头)\n");
        assert d.units().stream().allMatch(u -> u.role().equals("lead"));
        assertThat(units(d)).extracting(t -> t.toList().get(0))
                .containsExactly("市农业局", "畜牧局", "质监局", "沾化县", "三水街道");
    }

    @Test
    void theBodiesOfAProjectAndTheMediaAreAddressed() {
        assertThat(units(draft("王毅强调，各项目业主和承建单位要严格按照时限完成。项目牵头单位要亲自督促。\n")))
                .containsExactly(tuple("各项目业主", "owner"), tuple("承建单位", "owner"), tuple("项目牵头单位", "owner"));
        assertThat(units(draft("报社、电视台要广开言论渠道。\n"))).containsExactly(tuple("报社", "owner"), tuple("电视台", "owner"));
        assertThat(units(draft("各镇(区)和相关成员单位要严格落实领导带班制度。\n")))
                .containsExactly(tuple("各镇（区）", "owner"), tuple("相关成员单位", "owner"));
    }

    @Test
    void aBodyJoinedToOneThatIsGivenTheWorkHelpsButNotInNews() {
        assertThat(units(draft("县发改委要会同县督查落实办对相关工作进行督导。\n")))
                .containsExactly(tuple("县发改委", "owner"), tuple("县督查落实办", "co"));
        assertThat(units(draft("近期县督查办会同县双创办，对全县重点工程项目进展情况进行了跟踪督查。\n"))).isEmpty();
    }

    @Test
    void aHopeIsADemandButEachCountyIsNoBodyOfTheCityCommittee() {
        assertThat(units(draft("秦春成强调，希望各县按照市委部署要求，高度重视工业振兴。\n")))
                .containsExactly(tuple("各县", "owner"));
    }

    @Test
    void aTaskListThatNamesItsLeadsSpeaksToThemAgainAsEachLead() {
        DirectiveDraft d = draft("一、加快项目建设\n牵头单位：县发改局\n二、扩大消费\n牵头单位：县商务局\n"
                + "各牵头单位要对照任务细化措施，每月25日前将进展情况报县政府督查室。\n");
        assertThat(units(d)).containsExactly(tuple("县发改局", "lead"), tuple("县商务局", "lead"));
    }

    @Test
    void aBreakdownWhoseFirstUnitLeadsGivesEachUnitItsPlace() {
        DirectiveDraft d = draft("1.地区生产总值增长5.5%。 责任单位：县发改局（首位单位为牵头单位，下同）、县财政局、县税务局\n"
                + "2.推进法治政府建设。 责任单位：县司法局\n");
        assertThat(units(d)).containsExactly(tuple("县发改局", "lead"), tuple("县财政局", "co"), tuple("县税务局", "co"),
                tuple("县司法局", "lead"));
    }

    @Test
    void aUnitHeadingItsTasksAndBodiesAsCountiesCallThem() {
        assertThat(units(draft("2023年重点任务\n市交通运输局：\n（1）狠抓重点项目建设。全力推进高速公路建设。\n")))
                .containsExactly(tuple("市交通运输局", "owner"));
        assertThat(units(draft("各镇街道、区直部门：\n现将方案印发给你们，请认真贯彻执行。\n"))).isEmpty();
        assertThat(units(draft("区交通运输局、区交警队要站在服务群众角度，做好预案。\n")))
                .containsExactly(tuple("区交通运输局", "owner"), tuple("区交警队", "owner"));
        assertThat(units(draft("张小平要求，各镇街、园区，各专安办要严格按照会议要求抓好落实。相关部门和供热单位要切实强化责任。\n")))
                .containsExactly(tuple("各镇街", "owner"), tuple("园区", "owner"), tuple("各专安办", "owner"),
                        tuple("相关部门", "owner"), tuple("供热单位", "owner"));
    }

    @Test
    void aDraftingGroupOtherBodiesAndTheTownshipsConcerned() {
        assertThat(units(draft("区起草组要对意见建议逐条梳理、认真研究。\n"))).containsExactly(tuple("区起草组", "owner"));
        assertThat(units(draft("市交通运输局要做好验收相关工作，其他单位部门做好配合。\n")))
                .containsExactly(tuple("市交通运输局", "owner"), tuple("其他单位部门", "co"));
        assertThat(units(draft("各相关责任乡镇要确保在11月底前完成整治工作。\n"))).containsExactly(tuple("各相关责任乡镇", "owner"));
    }
}
