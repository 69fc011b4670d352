package cn.luoshi.ingest;

import static cn.luoshi.ingest.Drafted.plain;
import static cn.luoshi.ingest.Drafted.review;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/**
 * The rules of session 18 on what a figure measures (数据的主语), each on sentences of its own: a list said once for
 * two subjects (收入和支出, 存贷款), a rate said once for the items of the clause before it, and the subject a measure
 * of a body belongs to (规上工业企业实现利润总额).
 */
class FigureSubjectsPhrasingTest {

    private static List<Tuple> figures(DirectiveDraft d) {
        return d.figures().stream().map(f -> tuple(f.measure(), plain(f.value()), f.subject())).toList();
    }

    @Test
    void theSecondOfAPairSaidShortTakesTheFirstOnesName() {
        DirectiveDraft d = review("一般公共预算收入和支出分别达4.78亿元、20.2亿元，分别增长6.9%、0.8%。");
        assertThat(figures(d)).containsExactlyInAnyOrder(
                tuple("amount", "4.78", "一般公共预算收入"), tuple("amount", "20.2", "一般公共预算支出"),
                tuple("growth_pct", "6.9", "一般公共预算收入"), tuple("growth_pct", "0.8", "一般公共预算支出"));
    }

    @Test
    void aContractedPairIsTwoSubjects() {
        DirectiveDraft d = review("金融机构存贷款余额达到831.8亿元、406.7亿元，分别增长13%、7.9%。");
        assertThat(figures(d)).containsExactlyInAnyOrder(
                tuple("amount", "831.8", "金融机构存款余额"), tuple("amount", "406.7", "金融机构贷款余额"),
                tuple("growth_pct", "13", "金融机构存款余额"), tuple("growth_pct", "7.9", "金融机构贷款余额"));
        DirectiveDraft trade = review("外贸进出口总额分别完成12.5亿元、8.3亿元。");
        assertThat(figures(trade)).extracting(t -> t.toList().get(2)).containsExactly("外贸进口总额", "外贸出口总额");
    }

    @Test
    void aRateSaidOnceForEachItemOfTheClauseBeforeIsEachItemsRate() {
        DirectiveDraft d = review("医疗废物、生活垃圾、城市污水处理能力不断提高，处理率分别达到95%、85%、80%以上。");
        assertThat(figures(d)).containsExactly(tuple("share_pct", "95", "医疗废物处理率"),
                tuple("share_pct", "85", "生活垃圾处理率"), tuple("share_pct", "80", "城市污水处理率"));
        DirectiveDraft works = review("此外，特色街区塑造工程、公共卫生普惠工程、平安稳定守护工程等也都取得了显著成效，"
                + "满意率分别为98.77%、98.64%、98.37%。");
        assertThat(figures(works)).extracting(t -> t.toList().get(2))
                .containsExactly("特色街区塑造工程满意率", "公共卫生普惠工程满意率", "平安稳定守护工程满意率");
    }

    @Test
    void aRateWhoseCountDiffersFromTheListBeforeKeepsItsOwnName() {
        DirectiveDraft d = review("医疗废物、生活垃圾处理能力不断提高，处理率分别达到95%、85%、80%。");
        assertThat(figures(d)).extracting(t -> t.toList().get(2)).containsOnly("处理率");
    }

    @Test
    void whatABodyAchievesIsMeasuredOfTheBody() {
        DirectiveDraft d = review("上半年规上工业企业实现利润总额32.17亿元，同比增长24.0%。");
        assertThat(figures(d)).containsExactly(tuple("amount", "32.17", "规上工业企业利润总额"),
                tuple("growth_pct", "24", "规上工业企业利润总额"));
    }

    @Test
    void aPartCountedByItsStateIsAPartOfWhatWasCountedBefore() {
        DirectiveDraft d = review("全县56个重点项目，已开工建设37个，开工率66%。");
        assertThat(figures(d)).containsExactly(tuple("count", "56", "重点项目"),
                tuple("count", "37", "重点项目已开工建设"), tuple("share_pct", "66", "重点项目开工率"));
        DirectiveDraft matters = review("全年确定事项405项，完成385项，正在办理20项，完成率95.1%。");
        assertThat(figures(matters)).extracting(t -> t.toList().get(2))
                .containsExactly("确定事项", "确定事项完成", "确定事项正在办理", "确定事项完成率");
    }

    @Test
    void partsThatReachedTheirScheduleAreStatesToo() {
        DirectiveDraft d = review("全县挂钩项目中，建设工程23个，达到和基本达到18个、占比78.3%。");
        assertThat(figures(d)).contains(tuple("count", "18", "建设工程达到和基本达到"));
    }

    @Test
    void aChangeSinceAYearOrAtComparablePricesGoesWithTheItemsBefore() {
        DirectiveDraft d = review("城乡居民人均可支配收入分别达4.71万元和2.47万元，比2015年增长43.1%、48.8%。"
                + "财政收入完成5420.9万元，可比增长22%。今年一季度，我们增长15.2%，这个增速比全国低了3.1个百分点。");
        assertThat(figures(d)).contains(tuple("growth_pct", "43.1", "城镇居民人均可支配收入"),
                tuple("growth_pct", "48.8", "农村居民人均可支配收入"), tuple("growth_pct", "22", "财政收入"),
                tuple("gap_pp", "-3.1", "这个增速"));
    }

    @Test
    void twoCountsOfOneThingAreNoStateOfIt() {
        DirectiveDraft d = review("易地搬迁516户1960人，建成安置点12个。");
        assertThat(figures(d)).extracting(t -> t.toList().get(2)).doesNotContain("易地搬迁建成");
    }

    @Test
    void anAsciiCommaAfterANumberEndsTheClauseButNotInsideANumber() {
        DirectiveDraft d = review("完成生产总值877.3亿元、增长7.5%,固定资产投资948.9亿元,地方税收12,500万元。");
        assertThat(figures(d)).contains(tuple("amount", "948.9", "固定资产投资"), tuple("amount", "12500", "地方税收"), tuple("growth_pct", "7.5", "生产总值"));
    }

    @Test
    void whatAChangeInPointsIsMeasuredAgainstIsNoSubject() {
        DirectiveDraft d = review("一季度，第三产业贡献率为33.5%，较去年同期提高8.7个百分点。"
                + "1-5月，规模以上工业增加值同比增长21.8%，增幅比1-4月提高1.6个百分点。"
                + "采矿业增加值增长31.0%，较上半年加快5.2个百分点；全县生产总值比上年同期增长21.6%。");
        assertThat(figures(d)).contains(tuple("gap_pp", "8.7", "第三产业贡献率"),
                tuple("gap_pp", "1.6", "规模以上工业增加值增幅"), tuple("gap_pp", "5.2", "采矿业增加值"),
                tuple("growth_pct", "21.6", "生产总值"));
        assertThat(d.figures()).filteredOn(f -> f.measure().equals("gap_pp")).extracting(DirectiveDraft.Figure::reference)
                .containsExactly("去年同期", "1-4月", "上半年");
        assertThat(d.targets()).isEmpty();
    }

    @Test
    void electricityIsAnAmount() {
        assertThat(figures(review("全州规上工业发电量194.36亿千瓦时，全社会用电量123.51亿千瓦时。")))
                .containsExactly(tuple("amount", "194.36", "全州规上工业发电量"), tuple("amount", "123.51", "全社会用电量"));
    }

    @Test
    void workDoneAgainstItsYearsPlanIsReportedNotPlanned() {
        DirectiveDraft d = Drafted.draft("全州重点项目进展情况\n续建项目完成投资144.77亿元，完成年度计划的77.7%；"
                + "新开工项目完成投资84.9亿元，完成年度计划的78.01%。\n");
        assertThat(d.targets()).isEmpty();
        assertThat(figures(d)).contains(tuple("amount", "144.77", "续建项目完成投资"), tuple("amount", "84.9", "新开工项目完成投资"));
    }

    @Test
    void whatFollowsAnItemsProgressLabelReportsAndEachPlacesPartIsNamed() {
        DirectiveDraft d = Drafted.draft("2018年民生实事\n一、实施农村天然气村村通\n年内新增接通天然气1241个村庄。项目进展：至6月底，"
                + "建设完成乡镇至村庄燃气主管网1032.2千米，其中东营区完成141.93千米、河口区完成168.5千米。\n");
        assertThat(d.targets()).extracting(t -> plain(t.value())).containsExactly("1241");
        assertThat(figures(d)).contains(tuple("amount", "141.93", "东营区乡镇至村庄燃气主管网"),
                tuple("amount", "168.5", "河口区乡镇至村庄燃气主管网"));
        d = Drafted.draft("民生实事\n项目进展：至12月底，"
                + "该项目已入户接通天然气172083户，其中东营区完成26866户、河口区完成6445户。\n");
        assertThat(figures(d)).contains(tuple("count", "26866", "东营区入户接通天然气"),
                tuple("count", "6445", "河口区入户接通天然气"));
    }

    @Test
    void aMeasureSaidAfterTheVerbOfAZippedListGoesWithEachItemAndAQuorumIsNoFigure() {
        DirectiveDraft d = review("主要行业中，规上电气机械制造业、金属制品业和纺织行业分别实现增加值63.46亿元、17.77亿元和67.07亿元。"
                + "本次会议实际到会代表153人。");
        assertThat(figures(d)).containsExactly(tuple("amount", "63.46", "规上电气机械制造业增加值"),
                tuple("amount", "17.77", "金属制品业增加值"), tuple("amount", "67.07", "纺织行业增加值"));
    }

    @Test
    void aRankOfTwoIndicatorsCountsBackOverTheSubjectsJustSaid() {
        DirectiveDraft d = review("社会消费品零售总额增长12.6%，城镇居民人均可支配收入增长12.1%，两项指标增速均位居全市第二位；"
                + "地区生产总值增长11.1%，全社会固定资产投资增长8.1%，两项指标的增速均位居全市第三位。\n");
        assertThat(d.figures()).filteredOn(f -> f.measure().equals("rank")).extracting(f -> tuple(f.subject(), plain(f.value())))
                .containsExactly(tuple("社会消费品零售总额增速", "2"), tuple("城镇居民人均可支配收入增速", "2"),
                        tuple("地区生产总值增速", "3"), tuple("全社会固定资产投资增速", "3"));
        assertThat(d.figures()).extracting(f -> f.measure()).doesNotContain("count");
    }

    @Test
    void moneySpentOnALabelledLineIsTheLabelsAndADeclinesNarrowingIsOfItsSubject() {
        DirectiveDraft d = review("2018年重点项目进展情况\n重大产业项目：累计完成投资113.4亿元，完成年度计划的67.05%。\n"
                + "1-5月，限上批发业销售额81.50亿元，同比下降18.9%，降幅比1-4月收窄2.4个百分点。\n");
        assertThat(d.figures()).extracting(f -> tuple(f.measure(), f.subject())).contains(
                tuple("amount", "重大产业项目完成投资"), tuple("gap_pp", "限上批发业销售额降幅"));
    }
}
