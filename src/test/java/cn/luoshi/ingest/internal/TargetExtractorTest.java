package cn.luoshi.ingest.internal;

import cn.luoshi.ingest.DirectiveDraft.Target;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class TargetExtractorTest {

    @Test
    void aCommitmentWithPeriodGetsItsDeadline() {
        // seed 002
        List<Target> targets = Texts.targets("对雨污管网、“断头路”等进行系统治理，今年要完成115个老旧小区改造任务。");
        assertThat(targets).singleElement().satisfies(t -> {
            assertThat(t.value()).isEqualByComparingTo("115");
            assertThat(t.unit()).isEqualTo("个");
            assertThat(t.object()).isEqualTo("老旧小区改造");
            assertThat(t.period()).isEqualTo("今年");
            assertThat(t.bound()).isEqualTo("exact");
            assertThat(t.due()).isEqualTo(LocalDate.of(2023, 12, 31));
            assertThat(t.text()).isEqualTo("今年要完成115个老旧小区改造任务");
        });
    }

    @Test
    void aRecurringTargetNamesWhatItAppliesTo() {
        // seed 002: 从今年起，每个办事处每年打造一个科技产业社区
        assertThat(Texts.targets("瞄准电子信息等产业，从今年起，每个办事处每年打造一个科技产业社区，更好集聚创新资源。"))
                .extracting(Target::value, Target::object, Target::period, Target::per)
                .containsExactly(tuple(BigDecimal.ONE, "科技产业社区", "每年", "办事处"));
    }

    @Test
    void theCountedActorsOfASentenceAreNotTargetsButTellWhatARecurringTargetAppliesTo() {
        // seed 002: 15个街道办事处要立足辖区特点和优势，每年至少打造1条精品特色街区
        List<Target> targets = Texts.targets("15个街道办事处要立足辖区特点和优势，每年至少打造1条精品特色街区，通过接续打造串珠成链。");
        assertThat(targets).extracting(Target::value, Target::unit, Target::bound, Target::per)
                .containsExactly(tuple(BigDecimal.ONE, "条", "at_least", "街道办事处"));
    }

    @Test
    void maskedValuesAreRedactedAndAnAmountBeforeDeTakesItsHeadNoun() {
        // seed 001: 加紧实施总投资X亿元的X个年度重点项目
        assertThat(Texts.targets("要突出抓好省市重点项目，加紧实施总投资X亿元的X个年度重点项目，扩大有效投资。"))
                .extracting(Target::value, Target::unit, Target::object, Target::redacted)
                .containsExactly(tuple(null, "亿元", "年度重点项目总投资", true), tuple(null, "个", "年度重点项目", true));
    }

    @Test
    void everyItemOfAListGovernedByOneVerbIsATarget() {
        // seed 001
        assertThat(Texts.targets("要以实施城建项目为抓手，推动X小区等X个老旧小区改造提升、X等X条背街小巷整治、X路等X条道路雨污分流改造、"
                + "X游园等X个城市游园和X分校等X所学校建设，加快西部区域路网完善。"))
                .extracting(Target::unit, Target::object)
                .containsExactly(tuple("个", "老旧小区改造提升"), tuple("条", "背街小巷整治"), tuple("条", "道路雨污分流改造"),
                        tuple("个", "城市游园"), tuple("所", "学校建设"));
    }

    @Test
    void percentTargetsNeedAVerbOfChangeAndAForwardLookingSentence() {
        assertThat(Texts.targets("今年全区地区生产总值要增长7%左右，一般公共预算收入控制在3%以内。"))
                .extracting(Target::value, Target::unit, Target::bound)
                .containsExactly(tuple(new BigDecimal("7"), "%", "about"), tuple(new BigDecimal("3"), "%", "at_most"));
        assertThat(Texts.targets("今年全区地区生产总值要增长7%左右。").get(0).object()).contains("地区生产总值增长");
    }

    @Test
    void factsBodiesAndWaysOfSpeakingAreNotTargets() {
        // seeds 002 and 000
        assertThat(Texts.targets("一年来，我们完成了29个老旧小区改造、6条城区主干道沿线美化亮化等重点事项。")).isEmpty();
        assertThat(Texts.targets("5个区委督查组要围绕重点工作开展督导检查，持续跟踪问效。")).isEmpty();
        assertThat(Texts.targets("坚持全区统筹，成立1个领导小组，下设3个专班、13个分指挥部，13村联动。")).isEmpty();
        assertThat(Texts.targets("提升经济品质，要突出抓好两个方面：一方面，要立足当前稳定经济增长。")).isEmpty();
        assertThat(Texts.targets("统筹布局城市书房，着力打造“15分钟阅读文化圈”。")).isEmpty();
        assertThat(Texts.targets("谋划实施一批新基建重大项目，纳入一张蓝图。")).isEmpty();
        assertThat(Texts.targets("今年要实现三个突破，做到两个确保。")).isEmpty();
    }

    @Test
    void anotherCitysNumbersAreNotTargets() {
        // seed 002: 杭州…集聚了3000余个创业项目
        assertThat(Texts.targets("杭州为创新产业发展提供了肥沃的土壤，目前，集聚了3000余个创业项目，企业营收从200亿元上升到7000多亿元。"))
                .isEmpty();
    }

    @Test
    void aBareFigureAfterAPromiseIsATargetWithTheWordsBeforeItAsObject() {
        assertThat(Texts.targets("确保粮食播种面积稳定在42万亩以上，力争培育国家高新技术企业10家以上。"))
                .extracting(Target::value, Target::unit, Target::object, Target::bound).containsExactly(
                        tuple(new BigDecimal("42"), "万亩", "粮食播种面积", "at_least"),
                        tuple(new BigDecimal("10"), "家", "培育国家高新技术企业", "at_least"));
    }
}
