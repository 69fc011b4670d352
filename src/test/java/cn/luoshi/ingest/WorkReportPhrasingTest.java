package cn.luoshi.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static cn.luoshi.ingest.Drafted.draft;
import static cn.luoshi.ingest.Drafted.plan;
import static cn.luoshi.ingest.Drafted.plain;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * The general rules written after held-out county work reports were first scored for targets and figures (session 13,
 * docs/benchmarks-ingest.md), each on sentences of its own, not the reports': the phrasing it names and what must not
 * change.
 */
class WorkReportPhrasingTest {

    @Test
    void aProjectsSizeSaidBeforeItsCountDoesNotPutTheVerbOutOfReach() {
        DirectiveDraft d = plan("全力抓好总投资86.5亿元的24个产业项目建设。大力推进总投资12亿元的9个社区服务中心项目，完善配套。"
                + "抓好总投资310亿元、64个区级重点项目建设。");
        assertThat(d.targets()).extracting(t -> t.value().stripTrailingZeros().toPlainString(), DirectiveDraft.Target::unit)
                .containsExactly(tuple("86.5", "亿元"), tuple("24", "个"), tuple("12", "亿元"), tuple("9", "个"),
                        tuple("310", "亿元"), tuple("64", "个"));
        assertThat(d.targets().get(1).object()).startsWith("产业项目");
    }

    @Test
    void aCountThatSumsUpTheNamesBeforeItIsWhatTheVerbGoverns() {
        DirectiveDraft d = plan("推动东方电机、华信材料等18个续建项目早日竣工，加快城南小学、实验中学等5所学校建设。");
        assertThat(d.targets()).extracting(t -> t.value().intValue(), DirectiveDraft.Target::unit)
                .containsExactly(tuple(18, "个"), tuple(5, "所"));
    }

    @Test
    void whatIsWorkedOnPutBeforeItsVerbWithDuiIsCounted() {
        assertThat(plan("对85个老旧小区分类实施改造，确保整治成效。").targets())
                .extracting(t -> t.value().intValue()).containsExactly(85);
        assertThat(plan("针对3个方面的问题，加强督导。").targets()).isEmpty();
    }

    @Test
    void aLevelKeptAndEveryoneLiftedAreTargets() {
        DirectiveDraft d = plan("确保粮食总产量稳定在3.2亿斤以上。确保剩余126户贫困群众年底全部脱贫。");
        assertThat(d.targets()).extracting(t -> t.value().stripTrailingZeros().toPlainString(), DirectiveDraft.Target::unit,
                DirectiveDraft.Target::bound).containsExactly(tuple("3.2", "亿斤", "at_least"), tuple("126", "户", "exact"));
    }

    @Test
    void noneLeftOutAndAPhaseAreNotCounts() {
        DirectiveDraft d = plan("确保小康路上不落一户一人，做到一个不少。实施城区供水管网二期工程，谋划三期项目。");
        assertThat(d.targets()).isEmpty();
        assertThat(d.figures()).isEmpty();
    }

    @Test
    void aPlaceNamedInsideABrandOrAPartnershipLeavesTheSentenceToTheCounty() {
        DirectiveDraft d = plan("推进“人人持证、技能河南”建设，确保全年新增就业5000人以上。深化与北京中医医院合作，建成名医工作室3个。");
        assertThat(d.targets()).extracting(t -> t.value().intValue()).containsExactly(5000, 3);
        // an example from elsewhere stays elsewhere
        assertThat(plan("比如杭州，集聚了3000余个创业项目。").targets()).isEmpty();
    }

    @Test
    void aReportPastedFromInsideItsReviewReportsUntilItsPlanPart() {
        DirectiveDraft d = draft("""
                （七）民生持续改善。全面完成46家事业单位改革。新增城镇就业8000人，养老床位达到1200张，空气质量优良天数达到286天。
                （八）社会大局稳定。全年化解矛盾纠纷3120起，化解率98.6%。
                二、2025年工作安排
                （一）稳就业。新增城镇就业7000人，全面完成30家事业单位改革。
                """);
        assertThat(d.targets()).extracting(t -> t.value().intValue()).containsExactly(7000, 30);
        // a text that starts at its own 一、 is not an excerpt: 一、 before 二、重点任务分解 says what it is
        assertThat(draft("一、抓好老旧小区改造\n今年完成35个老旧小区改造，由区住建局牵头。\n二、重点任务分解\n新建口袋公园8个。\n")
                .targets()).extracting(t -> t.value().intValue()).containsExactly(35, 8);
        assertThat(d.figures()).extracting(DirectiveDraft.Figure::measure, f -> f.value().stripTrailingZeros().toPlainString(),
                DirectiveDraft.Figure::unit).contains(tuple("count", "46", "家"), tuple("count", "8000", "人"),
                tuple("count", "1200", "张"), tuple("count", "286", "天"), tuple("count", "3120", "起"),
                tuple("share_pct", "98.6", "%"));
    }

    @Test
    void anItemOfAListOfFiguresMayBeAQuotedName() {
        DirectiveDraft d = draft("一、2024年工作回顾\n（一）民生改善。新建“邻里食堂”12个、“四点半课堂”30个，惠及群众2万人次。\n");
        assertThat(d.figures()).extracting(DirectiveDraft.Figure::value).contains(new BigDecimal("12"), new BigDecimal("30"));
    }

    @Test
    void theGoalsParagraphPromisesEveryItemAndWhatComesBeforeItReports() {
        DirectiveDraft d = draft("""
                旅游业加快发展，全年接待游客42.5万人次，旅游综合收入2.6亿元。
                经济社会发展的主要预期目标是：全县生产总值增长8%；规模以上工业增加值同比增长12.5%；一般公共预算收入可比增长9%左右。
                （一）抓项目。年内建成肉牛养殖小区6个，年出栏肉牛4000头。
                """);
        assertThat(d.targets()).extracting(t -> t.value().stripTrailingZeros().toPlainString(), DirectiveDraft.Target::unit)
                .containsExactly(tuple("8", "%"), tuple("12.5", "%"), tuple("9", "%"), tuple("6", "个"), tuple("4000", "头"));
        assertThat(d.figures()).extracting(f -> f.value().stripTrailingZeros().toPlainString(), DirectiveDraft.Figure::unit)
                .containsExactly(tuple("42.5", "万人次"), tuple("2.6", "亿元"));
        // a report of last year's target is not a promise: 超额完成…年度目标 with 同比
        assertThat(plan("PM2.5浓度同比下降15%，超额完成50微克/立方米年度目标。").targets()).isEmpty();
    }

    @Test
    void ratesOfAListTwoCountsOfOneThingAndAboutAmounts() {
        DirectiveDraft d = draft("""
                一、2024年工作回顾
                （一）民生。城乡居民基本医保、养老保险参保率分别达到95.2%、98.7%，办理建议提案61件，办复率、满意率均达100%。
                易地搬迁318户1204人，为12万人次报销医疗费用3260万余元，登记失业率控制在4.2%以内，森林覆盖率提高到31.5%。
                新装太阳能路灯860盏，关停自备井42眼，河北联创、京华物流等6个市重点项目完成投资5.3亿元，完成年计划投资的112.4%。
                """);
        assertThat(d.figures()).extracting(DirectiveDraft.Figure::subject, f -> f.value().stripTrailingZeros().toPlainString(),
                DirectiveDraft.Figure::unit).contains(
                tuple("城乡居民基本医保参保率", "95.2", "%"), tuple("养老保险参保率", "98.7", "%"),
                tuple("办理建议提案办复率", "100", "%"), tuple("办理建议提案满意率", "100", "%"),
                tuple("易地搬迁", "318", "户"), tuple("易地搬迁", "1204", "人"), tuple("登记失业率", "4.2", "%"),
                tuple("森林覆盖率", "31.5", "%"), tuple("新装太阳能路灯", "860", "盏"), tuple("关停自备井", "42", "眼"));
        assertThat(d.figures()).extracting(f -> f.value().stripTrailingZeros().toPlainString(), DirectiveDraft.Figure::unit)
                .contains(tuple("3260", "万元"), tuple("6", "个"), tuple("5.3", "亿元"), tuple("112.4", "%"));
    }

    @Test
    void whereARankStandsPeopleCountedAndMoneySpentOnWork() {
        DirectiveDraft d = draft("""
                一、2024年工作回顾
                （二）生态。空气质量优良天数高达262天，优良天数在全市平原县排名第三。地下水位回升0.92米，同类县排名第一。
                南水北调配套工程惠及16万人口。投资2.3亿元完成滨河路、迎宾大道等9个绿化亮化项目。
                投资0.8亿元新建21公里供水、供热、排水管网。村集体累计增收860万元。
                """);
        assertThat(d.figures()).extracting(DirectiveDraft.Figure::subject, DirectiveDraft.Figure::measure,
                f -> f.value().stripTrailingZeros().toPlainString(), DirectiveDraft.Figure::reference).contains(
                tuple("空气质量优良天数", "count", "262", null), tuple("优良天数", "rank", "3", "全市平原县"),
                tuple("地下水位回升", "rank", "1", "同类县"), tuple("南水北调配套工程惠及人口", "count", "16", null),
                tuple("绿化亮化项目投资", "amount", "2.3", null), tuple("供水、供热、排水管网投资", "amount", "0.8", null),
                tuple("供水、供热、排水管网", "amount", "21", null), tuple("村集体累计增收", "amount", "860", null));
    }

    @Test
    void rangesPerMilleThresholdsAndTheTotalOfWhatCameBefore() {
        DirectiveDraft d = plan("培育2—3个叫得响的农业品牌，人口自然增长率控制在6.5‰以内。力争新增纳税超500万元企业4家。"
                + "谋划实施市以上重点项目18个，总投资64.5亿元。");
        assertThat(d.targets()).extracting(t -> t.value().stripTrailingZeros().toPlainString(), DirectiveDraft.Target::unit,
                DirectiveDraft.Target::bound).containsExactly(tuple("2", "个", "at_least"), tuple("6.5", "‰", "at_most"),
                tuple("4", "家", "exact"), tuple("18", "个", "exact"), tuple("64.5", "亿元", "exact"));
        assertThat(d.targets().get(4).object()).endsWith("市以上重点项目总投资");
        DirectiveDraft review = draft("一、2024年工作回顾\n（一）项目。全年共谋划实施重点项目42项，总投资96.3亿元。"
                + "办理建议提案57件，办结率、满意率达到100%。\n");
        assertThat(review.figures()).extracting(DirectiveDraft.Figure::subject, f -> f.value().stripTrailingZeros().toPlainString())
                .contains(tuple("谋划实施重点项目总投资", "96.3"), tuple("办理建议提案办结率", "100"), tuple("办理建议提案满意率", "100"));
    }

    @Test
    void aPlanLineAfterSectionsNumberedFiveAndSixEndsTheReview() {
        DirectiveDraft d = draft("""
                五、坚持保障改善民生，群众幸福感不断增强
                社会保障更加有力。完成民生支出18.6亿元，新增就业3820人，建成“希望小屋”25处。
                2025年工作目标任务
                今年经济社会发展的主要预期目标是：地区生产总值增长6%左右。
                一、聚焦高质量发展
                （一）培育壮大优强企业。引导30家以上企业实施技术改造，力争1--2家企业挂牌上市。
                """);
        assertThat(d.targets()).extracting(t -> t.value().stripTrailingZeros().toPlainString(), DirectiveDraft.Target::unit,
                DirectiveDraft.Target::bound).containsExactly(tuple("6", "%", "about"), tuple("30", "家", "at_least"),
                tuple("1", "家", "at_least"));
        assertThat(d.figures()).extracting(f -> f.value().stripTrailingZeros().toPlainString())
                .containsExactly("18.6", "3820", "25");
    }

    @Test
    void moreVerbsAndUnitsOfPlans() {
        DirectiveDraft d = plan("提速总投资186.5亿元的17个省、市重点项目建设步伐。深挖补充耕地指标800亩、产能指标30万公斤。"
                + "确保矿权减量25%。城镇和农村居民人均可支配收入增长7%左右。");
        assertThat(d.targets()).extracting(t -> t.value().stripTrailingZeros().toPlainString(), DirectiveDraft.Target::unit)
                .containsExactly(tuple("186.5", "亿元"), tuple("17", "个"), tuple("800", "亩"), tuple("30", "万公斤"),
                        tuple("25", "%"), tuple("7", "%"), tuple("7", "%"));
        assertThat(d.targets().subList(5, 7)).extracting(DirectiveDraft.Target::object)
                .containsExactly("城镇居民人均可支配收入增长", "农村居民人均可支配收入增长");
    }

    @Test
    void aHeadingThatNamesAYearBeforeTheReportsOwnReviewsIt() {
        DirectiveDraft d = draft("政府工作报告\n——2019年2月16日在进贤县第十七届人民代表大会第四次会议上\n一、奋发有为，2018年迈出铿锵步伐\n"
                + "全年共实现地区生产总值362.7亿元，同比增长9.1%。完成固定资产投资166.5亿元，增长11.6%。\n");
        assertThat(d.targets()).isEmpty();
        assertThat(d.figures()).extracting(f -> plain(f.value())).contains("166.5", "11.6");
    }

    @Test
    void aMonthsEconomyTitledAsSuchReports() {
        DirectiveDraft d = draft("叶集区2024年3月经济运行情况\n（一）农业生产总体稳定。一季度实现农林牧渔业总产值3.26亿元，增长2.8%。"
                + "其中，蔬菜产量5080吨，增长3.9%。\n");
        assertThat(d.targets()).isEmpty();
        // a speech at a meeting on the economy still plans
        assertThat(draft("在全区一季度经济运行分析会上的讲话\n二、下一步工作\n全年地区生产总值要增长6%左右。\n").targets())
                .extracting(t -> plain(t.value())).containsExactly("6");
    }
}
