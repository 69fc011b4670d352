package cn.luoshi.ingest;

import static cn.luoshi.ingest.Drafted.draft;
import static cn.luoshi.ingest.Drafted.plain;
import static cn.luoshi.ingest.Drafted.units;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

/**
 * Session 21, after round 9 (sets 106–111) was scored, each rule on sentences of its own: an indicator table saved one
 * cell per line with its unit above it; a list summed up by its count (…三个行业…分别增长); a note of how a value was
 * priced ((现价), (可比价)) and an alias after a name ((GDP)); a decimal point written ·; a space before %; 减低; units
 * of concentration, standard coal and 亿斤; where a value started (从…增长到…); a rank 在主城区; a change against
 * 二季度; bodies sent to do the work (将组织自然资源、城管等部门…); a county named in the lead names its units at its
 * level (县公安局, not 区公安分局); a table saved one cell per line whose unit cell is merged over several rows.
 */
class StatisticsAndTablesPhrasingTest {

    @Test
    void anIndicatorTableSavedOneCellPerLineWithItsUnitAboveIt() {
        DirectiveDraft d = draft("2023年全县生产总值及其增长速度\n|\n单位：亿元\n|\n指 标\n|\n绝对数\n|\n比上年增长%\n|\n"
                + "第一产业\n|\n31.2\n|\n4.1\n|\n建筑业\n|\n12.6\n|\n-3.5\n|\n金融业\n|\n9.8\n|\n5.0\n|\n");
        assertThat(d.figures()).extracting(f -> f.subject(), f -> f.measure(), f -> plain(f.value()), f -> f.unit())
                .contains(tuple("第一产业", "amount", "31.2", "亿元"), tuple("建筑业", "growth_pct", "-3.5", "%"),
                        tuple("金融业", "amount", "9.8", "亿元"), tuple("金融业", "growth_pct", "5", "%"));
    }

    @Test
    void aListSummedUpByItsCountIsZippedWithItsValues() {
        DirectiveDraft d = draft("1-6月，全区医药制造业、专用设备制造业、电气机械和器材制造业三个行业增加值较快增长，分别增长"
                + "21.3%、15.2%、9.6%。\n");
        assertThat(d.figures()).extracting(f -> f.subject(), f -> plain(f.value())).containsExactly(
                tuple("医药制造业", "21.3"), tuple("专用设备制造业", "15.2"), tuple("电气机械和器材制造业", "9.6"));
    }

    @Test
    void howAValueWasPricedAndAnAliasAfterItsNameAreNotItsSubject() {
        DirectiveDraft d = draft("上半年，全县地区生产总值(GDP)完成88.6亿元(现价)，同比增长4.4%(可比价)。"
                + "居民消费价格上涨1·6%。工业增加值比上年增长 5.3 %，增速比上年减低1.1个百分点。\n");
        assertThat(d.figures()).extracting(f -> f.subject(), f -> f.measure(), f -> plain(f.value())).contains(
                tuple("地区生产总值", "amount", "88.6"), tuple("地区生产总值", "growth_pct", "4.4"),
                tuple("居民消费价格", "growth_pct", "1.6"), tuple("工业增加值", "growth_pct", "5.3"));
        assertThat(d.figures()).filteredOn(f -> f.measure().equals("gap_pp"))
                .extracting(f -> plain(f.value())).containsExactly("-1.1");
    }

    @Test
    void concentrationsStandardCoalAndJinAreAmounts() {
        DirectiveDraft d = draft("全年细颗粒物（PM2.5）平均浓度为31微克/立方米，同比下降3.1%。全县综合能源消费量达86.4万吨标准煤。"
                + "2024年，全县粮食总产15.2亿斤，比上年增长1.3%。\n");
        assertThat(d.figures()).filteredOn(f -> f.measure().equals("amount"))
                .extracting(f -> plain(f.value()), f -> f.unit())
                .contains(tuple("31", "微克/立方米"), tuple("86.4", "万吨标准煤"), tuple("15.2", "亿斤"));
        assertThat(d.figures()).filteredOn(f -> plain(f.value()).equals("86.4"))
                .extracting(f -> f.subject()).containsExactly("综合能源消费量");
    }

    @Test
    void whereAValueStartedIsAFigureOfTheSameSubject() {
        DirectiveDraft d = draft("五年来，全区一般公共预算收入从2019年的6.2亿元增长到2023年的9.1亿元，年均增长10.1%。\n");
        assertThat(d.figures()).extracting(f -> f.subject(), f -> f.measure(), f -> plain(f.value())).contains(
                tuple("一般公共预算收入", "amount", "6.2"), tuple("一般公共预算收入", "amount", "9.1"),
                tuple("一般公共预算收入", "growth_pct", "10.1"));
    }

    @Test
    void aRankAmongAGroupOfDistrictsAndAChangeAgainstTheSecondQuarter() {
        DirectiveDraft d = draft("前三季度，全区社会消费品零售总额312.5亿元，同比增长6.1%，增速在主城区排名第二位。"
                + "全区规模以上工业增加值同比下降2.4%，降幅较上半年收窄0.8个百分点，较二季度收窄1.3个百分点。\n");
        assertThat(d.figures()).filteredOn(f -> f.measure().equals("rank"))
                .extracting(f -> f.subject(), f -> plain(f.value()), f -> f.reference())
                .containsExactly(tuple("社会消费品零售总额增速", "2", "主城区"));
        assertThat(d.figures()).filteredOn(f -> f.measure().equals("gap_pp"))
                .extracting(f -> f.subject(), f -> plain(f.value()), f -> f.reference())
                .contains(tuple("规模以上工业增加值降幅", "1.3", "二季度"));
    }

    @Test
    void bodiesSentToDoTheWorkOwnItAndACountysUnitsAreTheCountys() {
        DirectiveDraft d = draft("临江县召开违建整治推进会\n会议明确，下周临江县将组织自然资源、城管、公安等部门对滨河片区违章建筑"
                + "予以拆除。\n");
        assertThat(d.units()).extracting(u -> u.name(), u -> u.unit(), u -> u.role()).contains(
                tuple("自然资源", "县自然资源和规划局", "owner"), tuple("城管", "县城市管理局", "owner"),
                tuple("公安", "县公安局", "owner"));
        // a report that bodies did the work together names no one responsible for work to come
        DirectiveDraft done = draft("7月10日，区卫健局联合教育、财政、消防等部门对5家托育机构进行了督导检查。\n");
        assertThat(units(done)).doesNotContain(tuple("教育", "owner"), tuple("财政", "owner"));
    }

    @Test
    void aTableSavedOneCellPerLineWithAUnitMergedOverSeveralRows() {
        DirectiveDraft d = draft("序号\n重点任务(民生实事)\n牵头单位\n负责科室\n完成时间\n进展情况(上半年)\n"
                + "1\n新建社区食堂12个\n区民政局\n养老服务科\n11月底前\n已建成5个。\n"
                + "2\n新增家庭养老床位300张\n10月底前\n目前已完成120张床位改造。\n"
                + "3\n开展助老服务活动200场次\n目前已开展96场次。\n");
        assertThat(d.targets()).extracting(t -> plain(t.value())).contains("12", "300", "200");
        assertThat(units(d)).containsOnly(tuple("区民政局", "lead"));
        assertThat(d.units()).hasSize(3); // the unit cell merged down: each row's work has its lead
        assertThat(d.figures()).extracting(f -> plain(f.value())).contains("5", "120", "96");
    }

    @Test
    void aDeadlineBetweenABodyAndItsRoleAndTheBodiesALeaderAsksToAct() {
        DirectiveDraft d = draft("会议强调，城东街道项目部11月20日前要完成清零，区水利局12月底前要完成清表。"
                + "他要求业主单位、监理单位严格落实安全生产责任制。\n");
        assertThat(units(d)).contains(tuple("城东街道项目部", "owner"), tuple("区水利局", "owner"),
                tuple("业主单位", "owner"), tuple("监理单位", "owner"));
    }
}
