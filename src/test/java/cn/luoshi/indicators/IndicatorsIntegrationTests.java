package cn.luoshi.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.luoshi.common.ForbiddenException;
import cn.luoshi.common.InvalidInputException;
import cn.luoshi.common.Violations;
import cn.luoshi.ledger.LightService;
import cn.luoshi.ledger.TaskFindings;
import cn.luoshi.ledger.light.Light;
import cn.luoshi.org.CurrentUser;
import cn.luoshi.org.OrgDirectory;
import cn.luoshi.org.Role;
import cn.luoshi.org.SystemUser;
import cn.luoshi.support.LuoshiIntegrationTest;
import cn.luoshi.support.TestClock;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo's figures, imports good and bad, revisions as vintages, and the finding on the owning task. */
@LuoshiIntegrationTest
class IndicatorsIntegrationTests {

    @Autowired
    IndicatorService indicators;
    @Autowired
    IndicatorImportService imports;
    @Autowired
    TaskFindings findings;
    @Autowired
    LightService lights;
    @Autowired
    OrgDirectory org;
    @Autowired
    JdbcClient jdbc;
    @org.springframework.boot.test.web.server.LocalServerPort
    int port;

    static final CurrentUser ADMIN = SystemUser.INSTANCE;

    int demoYear() {
        return TestClock.today().getYear() - 1;
    }

    CurrentUser userOf(String unit, Role role) {
        long unitId = org.findUnitByName(unit).orElseThrow().id();
        return new CurrentUser(9999, "t-" + unit, "测试", role, unitId, unit);
    }

    static byte[] csv(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theDemoSaysWhatSpeech000Says() {
        Dashboard d = indicators.dashboard(YearMonth.of(demoYear(), 9));
        assertThat(d.row("GDP").gap()).isEqualByComparingTo("-1");
        assertThat(d.row("FAI").gap()).isEqualByComparingTo("-1.7");
        assertThat(d.row("RETAIL").gap()).isEqualByComparingTo("-0.2");
        assertThat(d.row("REV").rank().fromBottom()).isEqualTo(2);
        assertThat(d.row("REV").rank().words()).isEqualTo("居各县（市、区）倒数第2位");
        assertThat(d.row("FAI").light().level()).isEqualTo(IndicatorLightRule.Level.YELLOW);
        assertThat(d.row("REV").light().level()).isEqualTo(IndicatorLightRule.Level.RED);
        assertThat(Briefing.write(d).get(0).plain()).startsWith("前三季度，我区地区生产总值、固定资产投资、社会消费品零售总额"
                + "增速分别低于全市平均水平1个、1.7个和0.2个百分点；一般公共预算收入增速居各县（市、区）倒数第2位");
        assertThat(Briefing.write(d).get(0).segments()).filteredOn(s -> s.text().equals("1.7")).singleElement()
                .extracting(Briefing.Segment::valueId).isEqualTo(d.row("FAI").home().id());
    }

    @Test
    void theDemoSaysWhatSpeech004Says() {
        Dashboard d = indicators.dashboard(YearMonth.of(demoYear(), 6));
        assertThat(d.growthArea()).isEqualTo(new GrowthArea(30, 19, 11));
        assertThat(d.growthArea().percent()).isEqualByComparingTo("63");
        assertThat(d.row("REV").home().value()).isEqualByComparingTo("4.98");
        assertThat(d.row("REV").growth()).isEqualByComparingTo("-16.39");
        Dashboard.Row gdp = d.row("GDP");
        assertThat(List.of(gdp.nation().growth(), gdp.province().growth(), gdp.city().growth(), gdp.growth()))
                .map(java.math.BigDecimal::toPlainString).containsExactly("5.50", "3.60", "3.30", "3.40");
        IndustryFigure steel = d.industry().stream().filter(f -> f.code().equals("31")).findFirst().orElseThrow();
        assertThat(steel.growth()).isEqualByComparingTo("-14.5");
        java.math.BigDecimal total = d.industry().stream().map(IndustryFigure::output)
                .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
        assertThat(IndicatorMath.share(steel.output(), total)).isEqualByComparingTo("31");
        List<String> text = Briefing.write(d).stream().map(Briefing.Paragraph::plain).toList();
        assertThat(text).contains("上半年中央、省、市、区GDP分别实现增长5.5%、3.6%、3.3%、3.4%。");
        assertThat(text).anySatisfy(t -> assertThat(t).contains("一般公共预算收入完成4.98亿元，同比下降16.39%"));
        assertThat(text).anySatisfy(t -> assertThat(t).contains("一般公共预算收入上半年下降16.39%，全年目标3%"));
        assertThat(text).anySatisfy(t -> assertThat(t).startsWith("全区规模以上工业30个大类行业中，11个行业上半年呈负增长，"
                + "行业增长面仅为63%；其中黑色金属冶炼和压延加工业（占全区规模以上工业比重31%）下降14.5%"));
    }

    @Test
    void aMonthFileGoesInARevisionIsANewVintageWithItsDifferencesAndAnEqualFileAddsNothing() {
        YearMonth p = YearMonth.of(TestClock.today().getYear(), 1);
        String file = """
                %d年1月各县（市、区）主要经济指标
                指标,单位,地区,本月累计,增速(%%),全市平均(%%),位次
                社会消费品零售总额,亿元,本区,13.50,5.1%%,5.9,
                社会消费品零售总额,亿元,东湖区,17.20,6.4,5.9,
                社会消费品零售总额,亿元,西岭区,11.90,—,5.9,
                税收收入,亿元,本区,0.61,-3.2,1.5,
                """.formatted(p.getYear());
        ImportResult first = imports.importFile("1月.csv", csv(file), IndicatorImportService.Options.none(), ADMIN);
        assertThat(first.layout()).isEqualTo("月报表");
        assertThat(first.added()).as("4 rows and two 全市 figures from the column").isEqualTo(6);
        Dashboard d = indicators.dashboard(p);
        assertThat(d.row("RETAIL").growth()).isEqualByComparingTo("5.1");
        assertThat(d.row("RETAIL").gap()).isEqualByComparingTo("-0.8");

        String revised = file.replace("13.50,5.1%", "13.60,5.3");
        ImportResult second = imports.importFile("1月（修订）.csv", csv(revised), IndicatorImportService.Options.none(),
                ADMIN);
        assertThat(second.revised()).isEqualTo(1);
        assertThat(second.unchanged()).isEqualTo(5);
        assertThat(second.differences()).singleElement().satisfies(diff -> {
            assertThat(diff.region()).isEqualTo("本区");
            assertThat(diff.oldGrowth()).isEqualTo("5.1");
            assertThat(diff.newGrowth()).isEqualTo("5.3");
            assertThat(diff.vintage()).isEqualTo(2);
        });
        IndicatorValue now = indicators.dashboard(p).row("RETAIL").home();
        assertThat(now.vintage()).as("the dashboard read before the revision is not served after it").isEqualTo(2);
        assertThat(indicators.dashboard(p).row("RETAIL").growth()).isEqualByComparingTo("5.3");
        IndicatorService.ValueHistory h = indicators.valueHistory(now.id());
        assertThat(h.vintages()).extracting(IndicatorValue::vintage).containsExactly(2, 1);
        assertThat(h.vintages().get(1).growth()).as("the first vintage is kept").isEqualByComparingTo("5.1");
        assertThat(h.vintages().get(0).status()).isEqualTo("修订");

        ImportResult third = imports.importFile("1月（修订）.csv", csv(revised), IndicatorImportService.Options.none(),
                ADMIN);
        assertThat(third.changedNothing()).isTrue();
        assertThat(third.importId()).isNull();
        assertThat(indicators.valueHistory(now.id()).vintages()).hasSize(2);
    }

    @Test
    void aBadFileIsRejectedWholeWithRowAndColumnInChineseAndNothingIsWritten() {
        int y = TestClock.today().getYear();
        YearMonth future = YearMonth.from(TestClock.today()).plusMonths(2);
        String bad = """
                指标,单位,地区,期间,本期累计,增速(%%)
                一般公共预算收入,万元,本区,%1$d-02,5000,-1.7%%
                一般公共预算收入,亿元,火星区,%1$d-02,0.5,2.0
                一般公共预算收入,亿元,东湖区,%2$s,0.5,2.0
                一般公共预算收入,亿元,西岭区,%1$d-02,0.4,—
                一般公共预算收入,亿元,西岭区,%1$d-02,0.4,—
                不存在的指标,亿元,本区,%1$d-02,1,1
                一般公共预算收入,亿元,南塘县,%1$d-02,0.3,abc
                """.formatted(y, future);
        long before = jdbc.sql("select count(*) from ind_value").query(Long.class).single();
        assertThatThrownBy(() -> imports.importFile("坏.csv", csv(bad), IndicatorImportService.Options.none(), ADMIN))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    List<String> messages = e.violations().stream().map(v -> v.field() + "：" + v.message()).toList();
                    assertThat(messages).anySatisfy(m -> assertThat(m).contains("第2行「单位」").contains("万元")
                            .contains("亿元"));
                    assertThat(messages).anySatisfy(m -> assertThat(m).contains("第3行「地区」").contains("火星区")
                            .contains("不在比较范围内"));
                    assertThat(messages).anySatisfy(m -> assertThat(m).contains("第4行").contains("在未来"));
                    assertThat(messages).anySatisfy(m -> assertThat(m).contains("第6行").contains("与第5行重复"));
                    assertThat(messages).anySatisfy(m -> assertThat(m).contains("第7行").contains("未知指标"));
                    assertThat(messages).anySatisfy(m -> assertThat(m).contains("第8行「增速(%)」").contains("不是数字"));
                    assertThat(messages).noneSatisfy(m -> assertThat(m).startsWith("第5行"));
                });
        assertThat(jdbc.sql("select count(*) from ind_value").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void aCumulativeValueBelowLastMonthsIsRefused() {
        int y = TestClock.today().getYear();
        String file = """
                指标,单位,地区,期间,本期累计,增速(%%)
                税收收入,亿元,北山县,%1$d-01,0.70,2.0
                税收收入,亿元,北山县,%1$d-02,0.65,2.1
                """.formatted(y);
        assertThatThrownBy(() -> imports.importFile("累计.csv", csv(file), IndicatorImportService.Options.none(), ADMIN))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(Violations.Violation::message)
                        .anySatisfy(m -> assertThat(m).contains("低于上月累计0.7亿元")));
    }

    @Test
    void onlyTheStatisticsUnitTheSupervisionOfficeOrAnAdminImport() {
        String file = "指标,单位,地区,期间,本期累计,增速(%)\n税收收入,亿元,青河市," + TestClock.today().getYear()
                + "-01,0.5,1.0\n";
        assertThatThrownBy(() -> imports.importFile("x.csv", csv(file), IndicatorImportService.Options.none(),
                userOf("住建", Role.UNIT_HEAD))).isInstanceOf(ForbiddenException.class);
        ImportResult r = imports.importFile("x.csv", csv(file), IndicatorImportService.Options.none(),
                userOf("统计", Role.VIEWER));
        assertThat(r.added()).isEqualTo(1);
    }

    @Test
    void aLaggingIndicatorPutsItsFindingOnItsOwnersTaskAndTheTaskTurnsYellow() throws Exception {
        Indicator fai = indicators.indicator("FAI");
        assertThat(fai.ownerTaskId()).as("the demo gives 固定资产投资 an owning task of 发改").isNotNull();
        int y = TestClock.today().getYear();
        String file = """
                指标,单位,地区,期间,本期累计,增速(%%)
                固定资产投资,%%,本区,%1$d-02,—,2.1
                固定资产投资,%%,全市,%1$d-02,—,3.8
                """.formatted(y);
        imports.importFile("2月.csv", csv(file), IndicatorImportService.Options.none(), ADMIN);
        assertThat(findings.on(fai.ownerTaskId())).anySatisfy(f -> {
            assertThat(f.source()).isEqualTo("indicators");
            assertThat(f.reason()).contains("固定资产投资增速低于全市平均1.7个百分点");
            assertThat(f.link()).isEqualTo("/indicators/FAI?period=" + y + "-02");
        });
        Light light = null;
        for (int i = 0; i < 50; i++) {
            light = lights.lightOf(fai.ownerTaskId()).map(l -> l.light()).orElse(null);
            if (light == Light.YELLOW || light == Light.RED) {
                break;
            }
            Thread.sleep(100);
        }
        assertThat(light).isIn(Light.YELLOW, Light.RED);
    }

    @Test
    void theJsonApiImportsForTheStatisticsUnitAndRefusesOthersAndServesTheDashboard() {
        String month = TestClock.today().getYear() + "-03";
        List<java.util.Map<String, String>> rows = List.of(java.util.Map.of("指标", "进出口总额", "单位", "亿元",
                "地区", "本区", "期间", month, "本期累计", "3.2", "增速(%)", "4.4"));
        cn.luoshi.support.Api.Response refused = cn.luoshi.support.Api.as(port, "zhujian")
                .post("/api/indicators/values", rows);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.raw()).contains("只有统计局、督查室或系统管理员可以导入经济指标");
        cn.luoshi.support.Api.Response ok = cn.luoshi.support.Api.as(port, "tongji").post("/api/indicators/values", rows);
        assertThat(ok.status()).as(ok.raw()).isEqualTo(200);
        assertThat(ok.body().get("added").asInt()).isEqualTo(1);
        cn.luoshi.support.Api.Response bad = cn.luoshi.support.Api.as(port, "tongji").post("/api/indicators/values",
                List.of(java.util.Map.of("指标", "进出口总额", "单位", "万元", "地区", "本区", "期间", month, "增速(%)", "4.4")));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.raw()).contains("第2行「单位」");
        cn.luoshi.support.Api.Response board = cn.luoshi.support.Api.as(port, "zhujian")
                .get("/api/indicators/dashboard?period=" + demoYear() + "-09");
        assertThat(board.status()).isEqualTo(200);
        assertThat(board.raw()).contains("\"code\":\"FAI\"").contains("\"gap\":-1.7");
    }

    @Test
    void anOwnerTaskThatDoesNotExistIsRefusedAndAStaleVersionIsAConflict() {
        Indicator trade = indicators.indicator("TRADE");
        assertThatThrownBy(() -> indicators.updateIndicator("TRADE", trade.version(), "商务", 99_999_999L, null, ADMIN))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("任务#99999999不存在");
        indicators.updateIndicator("TRADE", trade.version(), "商务", null, null, ADMIN);
        assertThatThrownBy(() -> indicators.updateIndicator("TRADE", trade.version(), "商务", null, null, ADMIN))
                .isInstanceOf(cn.luoshi.common.ConflictException.class);
    }
}
