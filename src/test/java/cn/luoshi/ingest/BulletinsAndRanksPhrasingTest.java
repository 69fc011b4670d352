package cn.luoshi.ingest;

import static cn.luoshi.ingest.Drafted.draft;
import static cn.luoshi.ingest.Drafted.plain;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

/**
 * Session 21, after round 10 (sets 112–117: streets, townships and prefecture-level cities) was scored, each rule on
 * sentences of its own: a total shared out among places (分别为：A县52个、B区47个), a rate given for each place, a ranking
 * line without 得分, letters counted in 封 with their bracketed share, places named in ranked order (居前3位的…分别是),
 * one value said of several places, 一二三产业, gaps against several levels at once with their own rates in brackets,
 * changes against several bases said without 增速, 快于, a part's pull on the whole (not a gap), a rank's move (not a
 * count), and a bulletin of results (考核结果的通报) whose numbers are facts.
 */
class BulletinsAndRanksPhrasingTest {

    @Test
    void aTotalSharedOutAmongPlacesAndARateForEachPlace() {
        DirectiveDraft d = draft("1-6月份全市新签约亿元以上项目120个，分别为：东河县40个、西山区35个、南湖区45个。"
                + "各县区项目开工率分别为：东河县80.5%、西山区72%。\n");
        assertThat(d.figures()).extracting(f -> f.subject(), f -> f.measure(), f -> plain(f.value())).contains(
                tuple("东河县新签约亿元以上项目", "count", "40"), tuple("南湖区新签约亿元以上项目", "count", "45"),
                tuple("东河县项目开工率", "share_pct", "80.5"), tuple("西山区项目开工率", "share_pct", "72"));
    }

    @Test
    void aRankingLineWithoutTheWordScoreAndLettersWithTheirShare() {
        DirectiveDraft d = draft("观摩评比排名如下：\n第一名：东河县 92.15分\n第二名：西山区 90.40分\n");
        assertThat(d.figures()).extracting(f -> f.measure(), f -> plain(f.value()))
                .contains(tuple("rank", "1"), tuple("amount", "92.15"), tuple("rank", "2"), tuple("amount", "90.4"));
        DirectiveDraft letters = draft("3月份，区长信箱共收到来信186封。从来信分类看，城市管理92封(49.5%)；教育41封(22%)。\n");
        assertThat(letters.figures()).extracting(f -> f.subject(), f -> f.measure(), f -> plain(f.value())).contains(
                tuple("城市管理", "count", "92"), tuple("城市管理", "share_pct", "49.5"), tuple("教育", "share_pct", "22"));
    }

    @Test
    void placesNamedInRankedOrderAndOneValueSaidOfSeveralPlaces() {
        DirectiveDraft d = draft("关于2024年上半年重点工作考核结果的通报\n各县区：\n综合考核，总分居前3位的县区分别是东河县、西山区、"
                + "南湖区，居第4位至第5位的县区分别是北岭县、中原区。\n上半年，东河县、西山区地区生产总值过100亿元。"
                + "一二三产业增加值分别完成20.1亿元、80.2亿元和60.3亿元。\n");
        assertThat(d.figures()).filteredOn(f -> f.measure().equals("rank"))
                .extracting(f -> f.subject(), f -> plain(f.value())).containsExactly(tuple("东河县总分", "1"),
                        tuple("西山区总分", "2"), tuple("南湖区总分", "3"), tuple("北岭县总分", "4"), tuple("中原区总分", "5"));
        assertThat(d.figures()).filteredOn(f -> plain(f.value()).equals("100")).extracting(f -> f.subject())
                .containsExactly("东河县地区生产总值", "西山区地区生产总值");
        assertThat(d.figures()).extracting(f -> f.subject(), f -> plain(f.value())).contains(
                tuple("第一产业增加值", "20.1"), tuple("第三产业增加值", "60.3"));
        assertThat(d.targets()).isEmpty(); // a bulletin of results: its numbers are what was
    }

    @Test
    void gapsAgainstSeveralLevelsAndChangesAgainstSeveralBases() {
        DirectiveDraft d = draft("一季度，全市地区生产总值同比增长5.8%，分别高于全国（5.4%）、全省（5.0%）0.4和0.8个百分点。"
                + "全年，全市规上工业增加值同比增长6.2%，较一季度、上半年分别提高2.1个和1.3个百分点，快于全省平均水平0.6个百分点，"
                + "位次较一季度前移5位。第一产业增加值增长3.1%，拉动经济增长0.4个百分点，贡献率8.2%。\n");
        assertThat(d.figures()).filteredOn(f -> f.measure().equals("gap_pp"))
                .extracting(f -> f.subject(), f -> plain(f.value()), f -> f.reference()).contains(
                        tuple("地区生产总值", "0.4", "全国"), tuple("地区生产总值", "0.8", "全省"),
                        tuple("规上工业增加值增速", "2.1", null), tuple("规上工业增加值增速", "1.3", null));
        assertThat(d.figures()).filteredOn(f -> f.measure().equals("gap_pp") && plain(f.value()).equals("0.6"))
                .extracting(f -> f.reference()).containsExactly("全省平均水平");
        // a part's pull on the whole is no gap; its contribution is the part's
        assertThat(d.figures()).filteredOn(f -> f.measure().equals("gap_pp")).hasSize(5);
        assertThat(d.figures()).filteredOn(f -> f.subject().contains("拉动")).isEmpty();
        assertThat(d.figures()).filteredOn(f -> plain(f.value()).equals("8.2")).extracting(f -> f.subject())
                .containsExactly("第一产业增加值贡献率");
        assertThat(d.figures()).filteredOn(f -> f.measure().equals("count")).isEmpty(); // 前移5位 counts nothing
    }

    @Test
    void aTownshipsOfficesAndCollectivesListedWithBodiesNamedWithoutLevel() {
        DirectiveDraft d = draft("会议要求，各股室站所、村两委、乡村振兴工作组要高度重视。人社所要做好技能培训，镇政府要加强巡查。\n");
        assertThat(Drafted.units(d)).contains(tuple("各股室站所", "owner"), tuple("村两委", "owner"),
                tuple("乡村振兴工作组", "owner"), tuple("人社所", "owner"), tuple("镇政府", "owner"));
    }

    @Test
    void aRankAmongTheProvincesCitiesAndSpansOfTimeAreNoCounts() {
        DirectiveDraft d = draft("全市规模以上工业增加值同比增长9.5%，连续8个季度高于全省，增速居全省16个市州第3位。"
                + "纺织业和食品加工业分别实现工业增加值6.1亿元和5.2亿元，同比增长3.3%和7.4%。\n");
        assertThat(d.figures()).filteredOn(f -> f.measure().equals("rank"))
                .extracting(f -> plain(f.value()), f -> f.reference()).containsExactly(tuple("3", "全省16个市州"));
        assertThat(d.figures()).filteredOn(f -> f.measure().equals("count")).isEmpty();
        assertThat(d.figures()).filteredOn(f -> f.measure().equals("amount"))
                .extracting(f -> plain(f.value())).containsExactly("6.1", "5.2");
        assertThat(d.figures()).filteredOn(f -> f.subject().startsWith("食品加工业"))
                .extracting(f -> plain(f.value())).containsExactly("5.2", "7.4");
    }

    @Test
    void reportedPointsWhoseLastOpensASentenceOfItsOwn() {
        // after round 11: 一是…；二是…；三是…。四是… — the fourth point after a full stop is still one of the four
        DirectiveDraft d = draft("市水务局召开防汛工作对接会。\n副局长李明提出了四点要求：一是市应急局、市气象局要在5月20日前完成预案修订；"
                + "二是要督促各县区5月25日前上报隐患清单；三是市住建局、市城管局6月1前要完成排水设施检修。四是由市防汛办汇总全市方案。\n");
        assertThat(d.nodes()).extracting(n -> n.depth(), n -> n.marker())
                .containsExactly(tuple(1, "一是"), tuple(1, "二是"), tuple(1, "三是"), tuple(1, "四是"));
        assertThat(Drafted.units(d)).contains(tuple("市住建局", "owner"), tuple("市城管局", "owner"));
    }

    @Test
    void keepingStableIsAResultNotAnAim() {
        DirectiveDraft d = draft("2023年，园区主要经济指标保持稳定，完成规模工业总产值86.5亿元。\n");
        assertThat(d.figures()).extracting(f -> plain(f.value())).containsExactly("86.5");
    }

    @Test
    void yearsOfAverageGrowthAndTheEndOfAQuarterAreNoSubjects() {
        // after round 12: 近三年年均增长, 五年年均增长, 年均分别增长, 比一季度末增长
        DirectiveDraft d = draft("五年全市固定资产投资共完成650亿元，近三年年均增长18.2%；2023年地方财政收入40.5亿元，五年年均增长9.1%。"
                + "城镇和农村居民人均可支配收入分别达41200元、19800元，年均分别增长6.6%、8.1%。"
                + "二季度末，生猪存栏120.5万头，比一季度末增长4.0%。\n");
        assertThat(d.figures()).filteredOn(f -> f.measure().equals("growth_pct"))
                .extracting(f -> f.subject(), f -> plain(f.value())).containsExactly(
                        tuple("固定资产投资", "18.2"), tuple("地方财政收入", "9.1"), tuple("城镇居民人均可支配收入", "6.6"),
                        tuple("农村居民人均可支配收入", "8.1"), tuple("生猪存栏", "4"));
    }

    @Test
    void aDivisionOfWorkIsAPlanAndACollectiveIsNamedByWhatItsMembersDo() {
        // after round 12, read: 重点工作责任分工 names a plan; 各经济部门要…, 各施工单位要… are addressed
        DirectiveDraft d = draft("市政府2025年重点工作责任分工\n确保地区生产总值增长6%以上。固定资产投资增长8%左右，社会消费品零售总额增长6%。"
                + "各经济部门要加强运行监测，各施工单位要落实安全责任。\n");
        assertThat(d.targets()).extracting(t -> plain(t.value())).containsExactly("6", "8", "6");
        assertThat(d.figures()).isEmpty();
        assertThat(Drafted.units(d)).contains(tuple("各经济部门", "owner"), tuple("各施工单位", "owner"));
    }

    @Test
    void aValueSaidOfSeveralPlacesTogetherIsNotEachPlaces() {
        // the re-read: 共 sums the places' values — one figure, not one per place
        DirectiveDraft d = draft("上半年，东河县、西山区共完成固定资产投资50亿元。东河县、西山区地区生产总值过100亿元。\n");
        assertThat(d.figures()).filteredOn(f -> plain(f.value()).equals("50")).hasSize(1);
        assertThat(d.figures()).filteredOn(f -> plain(f.value()).equals("100")).hasSize(2);
    }
}
