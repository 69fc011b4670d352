package cn.luoshi.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.luoshi.common.ConflictException;
import cn.luoshi.common.InvalidInputException;
import cn.luoshi.common.NotFoundException;
import cn.luoshi.org.CurrentUser;
import cn.luoshi.org.OrgDirectory;
import cn.luoshi.org.UserAccount;
import cn.luoshi.support.LuoshiIntegrationTest;
import cn.luoshi.support.TestClock;
import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.result.MockMvcResultMatchers;
import org.hamcrest.Matchers;

/** Source → score → publish → appeal → new version; bad input; scope. */
@LuoshiIntegrationTest
class AssessmentFlowTests {

    @Autowired
    AssessmentService assessment;

    @Autowired
    OrgDirectory org;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    RequestPostProcessor login(String username) {
        return SecurityMockMvcRequestPostProcessors.user(users.loadUserByUsername(username));
    }

    @Test
    void pages_answer_409_for_a_published_scheme_404_outside_scope_and_the_exports_open() throws Exception {
        java.util.function.Function<String, MockHttpServletRequestBuilder> get = MockMvcRequestBuilders::get;
        var status = MockMvcResultMatchers.status();
        SchemeSummary s = assessment.schemes().stream().filter(x -> x.year() == TestClock.startDate().getYear())
                .filter(x -> x.version() == 1).findFirst().orElseThrow(); // the demo's, published with a result
        mvc.perform(get.apply("/assessment/schemes/" + s.id() + "/edit").with(login("duchashi")))
                .andExpect(status.isConflict());
        mvc.perform(MockMvcRequestBuilders.post("/assessment/schemes/" + s.id())
                .param("json", "{}").param("rowVersion", String.valueOf(s.rowVersion())).with(login("duchashi"))
                .with(SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status.isConflict());
        Run run = assessment.runs(s.id()).stream().filter(Run::published).findFirst().orElseThrow();
        mvc.perform(get.apply("/assessment/runs/" + run.id() + "/units/" + unit("发改")).with(login("zhujian")))
                .andExpect(status.isNotFound());
        mvc.perform(get.apply("/assessment/runs/" + run.id() + "/units/" + unit("住建")).with(login("zhujian")))
                .andExpect(status.isOk())
                .andExpect(MockMvcResultMatchers.content().string(Matchers.containsString("怎么算的")));
        byte[] xlsx = mvc.perform(get.apply("/assessment/runs/" + run.id() + "/sheet.xlsx").with(login("lingdao")))
                .andExpect(status.isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var wb = WorkbookFactory.create(new java.io.ByteArrayInputStream(xlsx))) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(3);
            assertThat(wb.getSheetAt(0).getNumMergedRegions()).isGreaterThan(3);
            assertThat(wb.getSheetAt(0).getRow(1).getCell(0).getStringCellValue()).isEqualTo("单位");
        }
        byte[] docx = mvc.perform(get.apply("/assessment/runs/" + run.id() + "/notice.docx").with(login("lingdao")))
                .andExpect(status.isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var doc = new XWPFDocument(new java.io.ByteArrayInputStream(docx))) {
            assertThat(doc.getParagraphs().get(1).getText()).contains("考核结果的通报");
            assertThat(doc.getTables()).hasSize(3);
        }
        byte[] pdf = mvc.perform(get.apply("/assessment/runs/" + run.id() + "/notice.pdf").with(login("lingdao")))
                .andExpect(status.isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    CurrentUser as(String username) {
        UserAccount a = org.users().stream().filter(u -> u.username().equals(username)).findFirst().orElseThrow();
        return new CurrentUser(a.id(), a.username(), a.displayName(), a.role(), a.unitId(), a.unitName());
    }

    long unit(String name) {
        return org.findUnitByName(name).orElseThrow().id();
    }

    SchemeDefinition preset() {
        return SchemePresets.districtCommonPractice(TestClock.today().getYear());
    }

    static SchemeDefinition withGroups(SchemeDefinition d, List<SchemeDefinition.GroupDef> groups) {
        return new SchemeDefinition(d.title(), d.year(), d.effectiveFrom(), d.effectiveTo(), d.basis(), d.excellentFrom(),
                d.goodFrom(), d.passFrom(), d.excellentShare(), d.bonusCap(), d.deductionCap(), d.noData(),
                d.appealDays(), groups);
    }

    @Test
    void the_demo_scores_the_year_from_the_modules_and_an_accepted_appeal_made_a_logged_second_version() {
        CurrentUser ducha = as("duchashi");
        SchemeSummary s = assessment.schemes().stream().filter(x -> x.year() == TestClock.startDate().getYear())
                .filter(x -> x.version() == 1).findFirst().orElseThrow();
        List<Run> runs = assessment.runs(s.id());
        Run current = runs.stream().filter(Run::published).findFirst().orElseThrow();
        Run first = runs.stream().filter(r -> r.resultVersion() == 1).findFirst().orElseThrow();
        assertThat(current.resultVersion()).isEqualTo(2);
        assertThat(current.parentId()).isEqualTo(first.id());
        assertThat(first.status()).isEqualTo("SUPERSEDED");
        assertThat(current.number()).isEqualTo(first.number()).matches("〔\\d{4}〕\\d+号");
        assertThat(assessment.changes(current)).anyMatch(c -> c.unitName().equals("住建") && c.what().equals("民主测评得分"));

        var zj = assessment.explanation(current.id(), unit("住建"), ducha);
        Scorer.Line survey = zj.lines().stream().filter(l -> l.code().equals("survey")).findFirst().orElseThrow();
        assertThat(survey.value()).isEqualTo(90.0);
        assertThat(survey.facts().get(0).label()).startsWith("申诉采纳：");
        // the ledger line traces to tasks
        Scorer.Line ontime = zj.lines().stream().filter(l -> l.code().equals("ontime")).findFirst().orElseThrow();
        if (!ontime.noData()) {
            assertThat(ontime.facts()).isNotEmpty().allMatch(f -> f.link().startsWith("/tasks/"));
            assertThat(ontime.total()).isEqualTo(ontime.facts().size());
        } else {
            assertThat(ontime.valueText()).startsWith("无数据");
        }
        // the old version is kept as it was
        var old = assessment.explanation(first.id(), unit("住建"), ducha);
        assertThat(old.lines().stream().filter(l -> l.code().equals("survey")).findFirst().orElseThrow().value())
                .isNotEqualTo(90.0);
    }

    @Test
    void bad_schemes_are_refused_whole_with_chinese_messages_and_nothing_is_saved() {
        CurrentUser ducha = as("duchashi");
        int before = assessment.schemes().size();
        SchemeDefinition p = preset();
        var g = p.groups().get(0);
        var inds = new java.util.ArrayList<>(g.indicators());
        inds.set(0, new SchemeDefinition.IndicatorDef("ontime", "共性指标", "督查任务按时办结率", new BigDecimal("20"),
                Method.LINEAR, Map.of("floor", 100, "target", 60), SourceKey.LEDGER_ON_TIME_RATE, Map.of()));
        var bad = withGroups(p, List.of(new SchemeDefinition.GroupDef(g.name(), g.total(), g.units(), inds)));
        assertThatThrownBy(() -> assessment.createScheme(bad, ducha)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).violations()).extracting(v -> v.message())
                        .contains("考核组「经济部门」各项基本分分值合计为95分，与总分值100分不一致",
                                "指标「督查任务按时办结率」（区间线性计分）：保底值不能高于或等于目标值（100 ≥ 60）"));
        assertThat(assessment.schemes()).hasSize(before);
    }

    @Test
    void a_published_scheme_never_changes_and_manual_values_are_range_checked() {
        CurrentUser ducha = as("duchashi");
        long id = assessment.createScheme(preset(), ducha);
        assessment.publishScheme(id, assessment.scheme(id).rowVersion(), ducha);
        SchemeSummary s = assessment.scheme(id);
        assertThatThrownBy(() -> assessment.updateScheme(id, s.rowVersion(), preset(), ducha))
                .isInstanceOf(ConflictException.class).hasMessageContaining("已发布，不能修改");
        assertThatThrownBy(() -> assessment.enterManual(id, "survey", unit("住建"), new BigDecimal("101"), null, null,
                ducha)).isInstanceOf(InvalidInputException.class).satisfies(e -> assertThat(
                        ((InvalidInputException) e).violations().get(0).message())
                        .isEqualTo("「民主测评得分」的数值须在0到100之间，录入的是101"));
        assertThatThrownBy(() -> assessment.enterManual(id, "survey", unit("住建"), new BigDecimal("90"), null,
                new AssessmentService.Upload("x.exe", "application/x-msdownload", new byte[10]), ducha))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> assessment.enterManual(id, "survey", unit("住建"), new BigDecimal("90"), null, null,
                as("zhujian"))).isInstanceOf(cn.luoshi.common.ForbiddenException.class);
    }

    @Test
    void publish_then_appeal_within_the_window_then_a_late_appeal_is_refused() {
        CurrentUser ducha = as("duchashi");
        CurrentUser zhujian = as("zhujian");
        long id = assessment.createScheme(preset(), ducha);
        assessment.publishScheme(id, assessment.scheme(id).rowVersion(), ducha);
        long run = assessment.compute(id, "PREVIEW", 4, ducha);
        assertThatThrownBy(() -> assessment.explanation(run, unit("住建"), zhujian)).isInstanceOf(NotFoundException.class);
        assessment.publish(run, assessment.run(run, ducha).rowVersion(), ducha);
        Run r = assessment.run(run, ducha);
        assertThat(r.appealUntil()).isAfter(TestClock.today());
        // scope: the unit sees its own line only, and not another unit's explanation
        var sheet = assessment.sheet(run, zhujian);
        assertThat(sheet.groups()).hasSize(1);
        assertThat(sheet.groups().get(0).rows()).extracting(x -> x.unit().unitName()).containsExactly("住建");
        assertThat(assessment.sheet(run, as("lingdao")).groups()).hasSize(3);
        assertThatThrownBy(() -> assessment.explanation(run, unit("发改"), zhujian)).isInstanceOf(NotFoundException.class);
        assertThat(assessment.explanation(run, unit("住建"), zhujian).mayAppeal()).isTrue();
        // another unit cannot appeal for 住建
        assertThatThrownBy(() -> assessment.appeal(run, unit("住建"), "survey", "x", null, null, as("fagai")))
                .isInstanceOf(cn.luoshi.common.ForbiddenException.class);
        long appeal = assessment.appeal(run, unit("住建"), "survey", "测评漏计", new BigDecimal("99"), null, zhujian);
        Long newRun = assessment.decide(appeal, false, "原始测评表无误", null, assessment.appealOf(appeal, ducha).rowVersion(),
                ducha);
        assertThat(newRun).isNull();
        assertThat(assessment.appealOf(appeal, zhujian).statusLabel()).isEqualTo("未采纳");
        // the week after the window
        TestClock.advance(Duration.ofDays(10));
        assertThatThrownBy(() -> assessment.appeal(run, unit("住建"), "ontime", "逾期认定有误", null, null, zhujian))
                .isInstanceOf(InvalidInputException.class).satisfies(e -> assertThat(
                        ((InvalidInputException) e).violations().get(0).message()).startsWith("申诉期限已过："));
    }

    @Test
    void what_if_two_more_tasks_on_time_changes_the_score_and_saves_nothing() {
        CurrentUser ducha = as("duchashi");
        long id = assessment.createScheme(preset(), ducha);
        assessment.publishScheme(id, assessment.scheme(id).rowVersion(), ducha);
        long run = assessment.compute(id, "FINAL", null, ducha);
        long zj = unit("住建");
        var before = assessment.explanation(run, zj, ducha);
        var w = assessment.whatIf(run, zj, Map.of("survey", 100.0), 0, ducha);
        assertThat(w.after().total()).isGreaterThanOrEqualTo(before.unit().total());
        Scorer.Line survey = w.after().lines().stream().filter(l -> l.code().equals("survey")).findFirst().orElseThrow();
        assertThat(survey.points()).isEqualByComparingTo("30");
        assertThat(assessment.explanation(run, zj, ducha).unit().total()).isEqualByComparingTo(before.unit().total());
        Scorer.Line ontime = before.lines().stream().filter(l -> l.code().equals("ontime")).findFirst().orElseThrow();
        if (ontime.total() != null && ontime.total() > ontime.good()) {
            var w2 = assessment.whatIf(run, zj, Map.of(), 2, ducha);
            Scorer.Line after = w2.after().lines().stream().filter(l -> l.code().equals("ontime")).findFirst().orElseThrow();
            assertThat(after.good()).isEqualTo(Math.min(ontime.total(), ontime.good() + 2));
        }
    }
}
