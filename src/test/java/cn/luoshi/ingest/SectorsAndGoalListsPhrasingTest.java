package cn.luoshi.ingest;

import static cn.luoshi.ingest.Drafted.draft;
import static cn.luoshi.ingest.Drafted.plain;
import static cn.luoshi.ingest.Drafted.units;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

/**
 * Session 19, each rule on sentences of its own: a list of goals under a line that leads it (定下这些具体目标:), its
 * lines kept apart when the page did not wrap them; 主要目标，包括…; sectors addressed by their department (气象部门,
 * 县建设部门) and the next sentence's sector going on with the work; 由X汇总 gives X the work; a body's other name in
 * brackets and a quoted name inside a body's name.
 */
class SectorsAndGoalListsPhrasingTest {

    @Test
    void theLinesUnderAGoalLeadAreGoalsEachOnItsOwnLine() {
        DirectiveDraft d = draft("龙岗区人代会开幕\n今年，龙岗区在经济增长、产业发展方面，定下这些具体目标:\n经济◢\n"
                + "实现工业投资超265亿元\n引进优质产业项目60个以上\n产业◢\n"
                + "新增国家级专精特新“小巨人”企业20家、省级专精特新企业50家以上\n整备连片产业用地1.5平方公里以上\n"
                + "新建改造21.67公里碧道、8公里绿道\n建成零碳公园、雪竹径公园二期等10个公园\n");
        assertThat(d.targets()).extracting(t -> tuple(plain(t.value()), t.unit())).containsExactly(
                tuple("265", "亿元"), tuple("60", "个"), tuple("20", "家"), tuple("50", "家"), tuple("1.5", "平方公里"),
                tuple("21.67", "公里"), tuple("8", "公里"), tuple("10", "个"));
        assertThat(d.targets()).extracting(t -> t.object()).contains("绿道").doesNotContain("绿道建成零碳公园");
        assertThat(d.figures()).isEmpty();
    }

    @Test
    void aListOfReportedLinesWithoutALeadStaysFigures() {
        DirectiveDraft d = draft("2019年工作回顾\n去年，全区取得以下成绩\n新增规上工业企业32家\n建成道路12条\n");
        assertThat(d.targets()).isEmpty();
        assertThat(d.figures()).extracting(f -> plain(f.value())).containsExactly("32", "12");
    }

    @Test
    void aPagesWrappedSentenceIsStillJoined() {
        // a short line whose next line finishes the sentence with a stop was wrapped, not a list's item
        DirectiveDraft d = draft("区长在全市座谈会上的汇报\n全面落实部署要求推进高质量发展专题\n调研成果交流会部署要求，锚定首要任务。\n");
        assertThat(d.title()).isEqualTo("区长在全市座谈会上的汇报");
        assertThat(d.nodes()).extracting(n -> n.text())
                .containsExactly("全面落实部署要求推进高质量发展专题调研成果交流会部署要求，锚定首要任务。");
    }

    @Test
    void mainGoalsIncludingRatesAreTargets() {
        DirectiveDraft d = draft("高明区人代会\n报告提出了今年高明一系列经济社会发展主要目标,包括地区生产总值增长6.5%左右,力争取得更好成绩;"
                + "地方一般公共预算收入增长3%。\n");
        assertThat(d.targets()).extracting(t -> plain(t.value())).containsExactly("6.5", "3");
        assertThat(d.figures()).isEmpty();
    }

    @Test
    void aSectorAddressedByItsDepartmentIsAUnit() {
        DirectiveDraft d = draft("会议强调，水利部门要深入基层，气象部门要密切关注气象变化。二是县建设部门要加快背街小巷改造。"
                + "公安交管部门要加强疏导管理；工商食药监局一定要加强食品安全监管。\n");
        assertThat(units(d)).extracting(t -> t.toList().get(0)).contains("气象部门", "县建设部门", "公安交管部门",
                "工商食药监局");
        // a collective or a role is no sector
        assertThat(units(draft("牵头部门要加强与配合部门的协调配合。\n"))).isEmpty();
        assertThat(units(draft("这项工作由多个部门共同完成，主管部门要负责。\n"))).extracting(t -> t.toList().get(0))
                .doesNotContain("由多个部门");
    }

    @Test
    void theNextSentencesSectorGoesOnWithTheWork() {
        DirectiveDraft d = draft("姚慧强调，林业部门应进一步加大巡护力度，及时排查火灾隐患。气象部门密切关注天气变化，提供精准预报。"
                + "应急管理部门随时待命，做好应对突发事件的准备。\n");
        assertThat(units(d)).extracting(t -> t.toList().get(0)).containsExactly("林业部门", "气象部门", "应急管理部门");
        // a sector merely mentioned in a sentence of its own after no addressed unit is no unit
        assertThat(units(draft("据悉，气象部门密切关注天气变化。\n"))).isEmpty();
    }

    @Test
    void aShortListWhoseLastNameFollowsJiIsOneListOfSectors() {
        assertThat(units(draft("二是积极沟通协调。交通、水务、电力及乡镇等部门要进一步加强沟通协调。\n")))
                .extracting(t -> t.toList().get(0)).containsExactly("交通", "水务", "电力", "乡镇");
    }

    @Test
    void aBodyAfterYouThatIsToDoSomethingIsGivenIt() {
        assertThat(units(draft("各乡镇要摸清劳动力情况，由县劳务移民局汇总建档动态管理。\n")))
                .contains(tuple("县劳务移民局", "owner"));
        assertThat(units(draft("四是由县委督查室（县目标办）、县政府督查室、县“四好农村路”领导小组办公室组成专项督查组进行督查。\n")))
                .extracting(t -> t.toList().get(0))
                .containsExactly("县委督查室", "县政府督查室", "县“四好农村路”领导小组办公室");
        // who of a body presides is not the body given work
        assertThat(units(draft("会议由区人大常委会主任谢晓东主持。\n"))).isEmpty();
    }

    @Test
    void groupsAskedToDoSomethingAreUnits() {
        assertThat(units(draft("三要严明工作责任，考核组要明确每日工作目标。督查巡查组和责任追究组要紧盯问题整改。\n")))
                .extracting(t -> t.toList().get(0)).containsExactly("考核组", "督查巡查组", "责任追究组");
    }

    @Test
    void aTableSavedOneCellPerLineWhoseRowLostItsEmptyLastCellIsStillRead() {
        DirectiveDraft d = draft("2024年政府工作报告主要工作任务分解表\n\n序号\n\n主要工作举措\n\n牵头单位\n\n配合单位\n\n责任领导\n\n"
                + "一、做大做强主导产业\n\n1\n\n加快构建现代化产业体系，实现三产融合发展。\n\n区农业农村局\n\n区发展改革局、区工业和信息化局\n\n"
                + "2\n\n加快在建项目的建设进度。\n\n沈阳近海经济区管委会\n\n自然资源分局、生态环境分局\n\n冯冬昌\n\n");
        assertThat(d.nodes()).extracting(n -> n.marker()).containsExactly("一、", "1", "2");
        assertThat(units(d)).containsExactly(tuple("区农业农村局", "lead"), tuple("区发展改革局", "co"),
                tuple("区工业和信息化局", "co"), tuple("沈阳近海经济区管委会", "lead"), tuple("自然资源分局", "co"),
                tuple("生态环境分局", "co"));
        // the leader column is read for no unit
        assertThat(units(d)).extracting(t -> t.toList().get(0)).doesNotContain("冯冬昌");
    }

    @Test
    void aTableDrawnWithAClosingPipePerCellAndAYearLongDeadlineIsRead() {
        DirectiveDraft d = draft("2025年开发区重点工作及责任清单\n序号 |\n重点工作 |\n责任领导 |\n责任单位 |\n完成时限 |\n1 |\n"
                + "优化“重点项目直通车”工作机制，全力服务重大项目落地见效。 |\n叶林 |\n招商工作部、安商工作部 |\n全年 |\n2 |\n"
                + "力争全年盘活僵尸企业10家，盘活存量土地400亩。 |\n马振明 |\n改革办 |\n全年 |\n");
        assertThat(d.nodes()).extracting(n -> n.marker()).containsExactly("1", "2");
        assertThat(units(d)).containsExactly(tuple("招商工作部", "owner"), tuple("安商工作部", "owner"),
                tuple("改革办", "owner"));
        assertThat(d.targets()).extracting(t -> plain(t.value())).containsExactly("10", "400");
    }

    @Test
    void theAddressedsOwnPointsOneYaoTwoYaoAreItsStructure() {
        DirectiveDraft d = draft("内乡县召开防汛抗旱工作会\n任永亮指出，三项工作责任重大，各乡镇、各相关部门一要高度重视、精心组织，确保三项工作扎实有序推进；"
                + "二要自觉担当、主动作为。主要负责同志要亲自研究。\n");
        assertThat(d.nodes()).extracting(n -> n.marker()).containsExactly("一要", "二要");
        assertThat(units(d)).containsExactly(tuple("各乡镇", "owner"), tuple("各相关部门", "owner"));
        // 统一要求 is no point of a list
        assertThat(draft("会议通知\n各乡镇统一要求如下。\n").nodes()).extracting(n -> n.marker()).doesNotContain("一要");
    }

    @Test
    void aPointThatOpensASentenceInsideAParagraphIsANodeEvenWithASemicolonInside() {
        DirectiveDraft d = draft("张永潮检查市容环境并提出要求：一是各相关部门要抓好薄弱环节的整治工作。二是县建设部门要加快背街小巷改造；"
                + "县市容园林局要及时做好卫生保洁工作。三是县建设部门要加强城区的规划审批工作。\n");
        assertThat(d.nodes()).extracting(n -> n.marker()).containsExactly("一是", "二是", "三是");
    }

    @Test
    void aRateThatEndsItsGoalItemIsATargetAndTheItemsMarkerIsNoPartOfIt() {
        DirectiveDraft d = draft("2021年重点工作责任分解\n一、2021年经济社会发展主要预期目标\n(一)地区生产总值增长11%。(牵头单位:市发改局)\n"
                + "(三)规上工业增加值增速11%。(牵头单位:市科信局)\n");
        assertThat(d.targets()).extracting(t -> tuple(plain(t.value()), t.object()))
                .containsExactly(tuple("11", "地区生产总值增长"), tuple("11", "规上工业增加值增速"));
        // reported, the same rate stays a figure
        assertThat(draft("2020年工作回顾\n去年，规上工业增加值增速11%。\n").targets()).isEmpty();
    }

    @Test
    void aBodyOrACollectiveAfterAUnitAndJiOrHeSharesItsDuty() {
        assertThat(units(draft("县级各河长、各有关部门及狮山镇要深刻认识菜园河水质提升的紧迫性。\n")))
                .containsExactly(tuple("各有关部门", "owner"), tuple("狮山镇", "owner"));
        assertThat(units(draft("杨永红强调，相关乡镇和部门要提高认识，形成合力。\n")))
                .containsExactly(tuple("相关乡镇", "owner"), tuple("部门", "owner"));
        assertThat(units(draft("一是各相关部门和镇要认真按照会议要求，抓好整治工作。\n")))
                .containsExactly(tuple("各相关部门", "owner"), tuple("镇", "owner"));
    }

    @Test
    void utilityCompaniesAddressedByTheirTradeAreUnits() {
        assertThat(units(draft("张殿成强调，供热企业要坚持以问题为导向，扛牢主体责任。燃气公司要加强巡检。\n")))
                .containsExactly(tuple("供热企业", "owner"), tuple("燃气公司", "owner"));
    }
}
