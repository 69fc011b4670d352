package cn.luoshi.petitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.luoshi.common.ConflictException;
import cn.luoshi.common.ForbiddenException;
import cn.luoshi.common.InvalidInputException;
import cn.luoshi.common.NotFoundException;
import cn.luoshi.ledger.TaskFindings;
import cn.luoshi.org.CurrentUser;
import cn.luoshi.org.OrgDirectory;
import cn.luoshi.org.UserAccount;
import cn.luoshi.support.LuoshiIntegrationTest;
import cn.luoshi.support.TestClock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * 信访 end to end on the demo data: the seed's statements come out of the statistics, registration and its bad
 * input, the 条例 clocks, a case escalated to the nation becoming a ledger task led by its 包案领导 (with the clock
 * pass's finding on it), and the privacy rules — who sees petitioners in clear, that every such read is audited,
 * that the accused unit sees nothing of an accusation — as a role matrix over the pages.
 */
@LuoshiIntegrationTest
class PetitionsTests {

    @Autowired
    PetitionService petitions;

    @Autowired
    PetitionStatistics statistics;

    @Autowired
    OrgDirectory org;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TaskFindings findings;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    CurrentUser as(String username) {
        UserAccount a = org.users().stream().filter(u -> u.username().equals(username)).findFirst().orElseThrow();
        return new CurrentUser(a.id(), a.username(), a.displayName(), a.role(), a.unitId(), a.unitName());
    }

    long category(String name) {
        return petitions.categories().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow().id();
    }

    long unit(String shortName) {
        return org.findUnitByName(shortName).orElseThrow().id();
    }

    long leader(String name) {
        return org.leaders().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow().id();
    }

    static int seq = 0;

    PetitionForm form(String title, Level level) {
        PetitionForm f = new PetitionForm();
        f.title = title;
        f.categoryId = category("欠薪");
        f.channel = Channel.LETTER;
        f.level = level;
        f.receivedOn = TestClock.today().minusDays(10);
        f.name = "测试信访人" + (++seq);
        f.idNumber = String.format("99010119900101%04d", 100 + seq);
        f.phone = String.format("1990001%04d", seq);
        f.address = "演示区测试路" + seq + "号";
        f.leadUnitId = unit("人社");
        f.leaderPersonId = leader("刘晓燕");
        return f;
    }

    long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    // ---- the seed's statements ------------------------------------------------------------------------------------

    @Test
    void theDemoStatesTheSeedsFiguresAsTheSpeechDoes() {
        LocalDate today = TestClock.startDate();
        int y = today.getMonthValue() >= 7 ? today.getYear() : today.getYear() - 1;
        PetitionStatistics.Report r = statistics.report(YearMonth.of(y, 6), VisitCount.Measure.MIXED, null, null);
        assertThat(r.sentences()).anySatisfy(s -> assertThat(s).isEqualTo(
                "截至6月底，到国家局信访量2185件人次，同比上升364.89%，其中到国家局来信1738件次，同比上升2703.22%"));
        assertThat(r.sentences().get(0)).contains("逐月上升趋势明显").contains("其中来信2258件次，同比上升1120.54%");
        for (int i = 1; i < r.monthly().length; i++) {
            assertThat(r.monthly()[i]).isGreaterThanOrEqualTo(r.monthly()[i - 1]);
        }
        PetitionStatistics.Report nation = statistics.report(YearMonth.of(y, 6), VisitCount.Measure.MIXED,
                Level.NATION, null);
        assertThat(nation.cumulative()).isEqualTo(2185);
        assertThat(nation.cumulativeLastYear()).isEqualTo(470);
        PetitionStatistics.Report letters = statistics.report(YearMonth.of(y, 6), VisitCount.Measure.REGISTRATIONS,
                Level.NATION, Channel.LETTER);
        assertThat(letters.cumulative()).isEqualTo(1738);
        assertThat(letters.cumulativeLastYear()).isEqualTo(62);
        assertThat(r.rates().answeredOnTime()).isNotNull();
    }

    @Test
    void theDemoHasABacklogCaseUnderSupervisionLedByItsLeader() {
        Map<String, Object> row = jdbc.sql("""
                select c.task_id, c.leader_person_id, t.lead_leader_id, t.tags from petition_case c
                join task t on t.id = c.task_id where c.backlog""").query().singleRow();
        assertThat(row.get("lead_leader_id")).isEqualTo(row.get("leader_person_id"));
        assertThat(row.get("task_id")).isNotNull();
    }

    // ---- registration, escalation, ledger -------------------------------------------------------------------------

    @Test
    void aCaseThatReachesTheNationBecomesALedgerTaskLedByItsLeader() {
        CurrentUser office = as("xinfang");
        long id = petitions.register(form("拖欠工资升级测试", Level.DISTRICT), office);
        assertThat(petitions.view(id, office).taskId()).isNull();

        VisitForm v = new VisitForm();
        v.visitedOn = TestClock.today().minusDays(2);
        v.channel = Channel.VISIT;
        v.level = Level.NATION;
        v.toBeijing = true;
        v.people = 3;
        petitions.addVisit(id, v, office);

        PetitionCase c = petitions.view(id, office);
        assertThat(c.level()).isEqualTo(Level.NATION);
        assertThat(c.taskId()).isNotNull();
        Map<String, Object> task = jdbc.sql("select lead_leader_id, lead_unit_id, title, description from task where id = ?")
                .param(c.taskId()).query().singleRow();
        assertThat(task.get("lead_leader_id")).isEqualTo(leader("刘晓燕"));
        assertThat(task.get("lead_unit_id")).isEqualTo(unit("人社"));
        assertThat((String) task.get("title")).contains(c.caseNo()).contains("到国家信访局信访");
        assertThat((String) task.get("description")).doesNotContain("测试信访人"); // no personal data in the ledger

        // the handling clock runs out: the clock pass puts a red finding on the task, linking back to the case
        petitions.step(id, PetitionService.Step.ACCEPT, TestClock.today(), null, null, null, c.version(), office);
        TestClock.advance(Duration.ofDays(75));
        petitions.clockPass();
        assertThat(findings.on(c.taskId())).anySatisfy(f -> {
            assertThat(f.source()).isEqualTo("petitions");
            assertThat(f.level().name()).isEqualTo("RED");
            assertThat(f.link()).isEqualTo("/petitions/" + id);
        });
    }

    @Test
    void badInputIsRefusedWithClearMessagesAndNothingHalfWritten() {
        CurrentUser office = as("xinfang");
        PetitionForm f = form("重复登记测试", Level.DISTRICT);
        f.externalNo = "QX-TEST-0001";
        long id = petitions.register(f, office);
        long cases = count("petition_case");
        long people = count("petition_person");
        long visits = count("petition_visit");

        PetitionForm again = form("另一件", Level.DISTRICT);
        again.externalNo = "QX-TEST-0001";
        assertThatThrownBy(() -> petitions.register(again, office)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("重复登记").hasMessageContaining("QX-TEST-0001");
        PetitionForm same = form("重复登记测试", Level.DISTRICT);
        same.name = f.name;
        same.idNumber = f.idNumber;
        assertThatThrownBy(() -> petitions.register(same, office)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("同一信访人同日同一事项");
        assertThat(count("petition_case")).isEqualTo(cases);
        assertThat(count("petition_person")).isEqualTo(people);

        VisitForm early = new VisitForm();
        early.visitedOn = f.receivedOn.minusDays(1);
        early.level = Level.DISTRICT;
        assertThatThrownBy(() -> petitions.addVisit(id, early, office)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("早于该件的收到日期");
        VisitForm up = new VisitForm();
        up.visitedOn = TestClock.today();
        up.level = Level.CITY;
        petitions.addVisit(id, up, office);
        VisitForm down = new VisitForm();
        down.visitedOn = TestClock.today();
        down.level = Level.DISTRICT;
        assertThatThrownBy(() -> petitions.addVisit(id, down, office)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("层级不能下降");
        assertThat(count("petition_visit")).isEqualTo(visits + 1);

        PetitionForm blank = new PetitionForm();
        assertThatThrownBy(() -> petitions.register(blank, office)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).violations()).extracting(v -> v.field())
                        .contains("title", "categoryId", "receivedOn", "name"));
    }

    @Test
    void reviewRequestsRunThirtyDaysFromTheAnswer() {
        CurrentUser office = as("xinfang");
        PetitionForm f = form("复查期限测试", Level.DISTRICT);
        f.receivedOn = TestClock.today().minusDays(100);
        long id = petitions.register(f, office);
        LocalDate accepted = f.receivedOn.plusDays(5);
        LocalDate answered = accepted.plusDays(20);
        petitions.step(id, PetitionService.Step.ACCEPT, accepted, null, null, null, 0, office);
        assertThatThrownBy(() -> petitions.step(id, PetitionService.Step.EXTEND, accepted.plusDays(1), 31, "复杂", null,
                1, office)).isInstanceOf(InvalidInputException.class).hasMessageContaining("第三十四条");
        assertThatThrownBy(() -> petitions.step(id, PetitionService.Step.ANSWER, answered, null, null, false, 0,
                office)).isInstanceOf(ConflictException.class); // stale version
        petitions.step(id, PetitionService.Step.ANSWER, answered, null, null, false, 1, office);
        PetitionCase c = petitions.view(id, office);
        assertThat(c.clocks()).anySatisfy(k -> {
            assertThat(k.label()).isEqualTo("办理");
            assertThat(k.article()).isEqualTo("第三十四条");
            assertThat(k.light()).isEqualTo(ClockLight.DONE_ON_TIME);
        });
        LocalDate late = answered.plusDays(45);
        assertThatThrownBy(() -> petitions.requestReview(id, false, late, office))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("复查申请已超过期限")
                .hasMessageContaining("第三十五条");
        petitions.requestReview(id, false, answered.plusDays(10), office);
        assertThatThrownBy(() -> petitions.requestReview(id, true, answered.plusDays(12), office))
                .isInstanceOf(ConflictException.class).hasMessageContaining("复核须在复查意见答复之后");
    }

    @Test
    void aHearingOnARecheckIsNotCountedInItsLimit() {
        CurrentUser office = as("xinfang");
        PetitionForm f = form("复核听证测试", Level.DISTRICT);
        f.receivedOn = TestClock.today().minusDays(120);
        long id = petitions.register(f, office);
        LocalDate accepted = f.receivedOn.plusDays(2);
        petitions.step(id, PetitionService.Step.ACCEPT, accepted, null, null, null, 0, office);
        petitions.step(id, PetitionService.Step.ANSWER, accepted.plusDays(10), null, null, false, 1, office);
        LocalDate reviewed = accepted.plusDays(15);
        petitions.requestReview(id, false, reviewed, office);
        assertThatThrownBy(() -> petitions.recordHearing(id, reviewed, null, office))
                .isInstanceOf(ConflictException.class).hasMessageContaining("没有复核申请");
        petitions.answerReview(id, false, reviewed.plusDays(10), "维持", office);
        LocalDate requested = reviewed.plusDays(20);
        petitions.requestReview(id, true, requested, office);
        LocalDate before = recheck(petitions.view(id, office)).dueOn();

        assertThatThrownBy(() -> petitions.recordHearing(id, requested.minusDays(1), null, office))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("早于复核申请日期");
        assertThatThrownBy(() -> petitions.recordHearing(id, requested.plusDays(3), requested.plusDays(2), office))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("早于开始日期");
        petitions.recordHearing(id, requested.plusDays(3), requested.plusDays(7), office);
        PetitionCase.Review r = recheck(petitions.view(id, office));
        assertThat(r.hearingDays()).isEqualTo(5);
        LocalDate expected = PetitionLimits.REGULATION_2022.recheckAnswerDue(requested,
                new PetitionLimits.Hearing(requested.plusDays(3), requested.plusDays(7)), TestClock.today(),
                cn.luoshi.calendar.WorkingDayCalendar.chinaMainland());
        assertThat(r.dueOn()).isEqualTo(expected).isAfter(before);
        assertThat(petitions.view(id, office).clocks()).anySatisfy(k -> assertThat(k.label()).contains("不含听证5日"));
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'petition_case' and entity_id = ? "
                + "and summary like '%复核听证'").param(id).query(Long.class).single()).isEqualTo(1);
    }

    static PetitionCase.Review recheck(PetitionCase c) {
        return c.reviews().stream().filter(r -> r.kind().equals("复核")).findFirst().orElseThrow();
    }

    // ---- privacy --------------------------------------------------------------------------------------------------

    long reads(long caseId) {
        return jdbc.sql("select count(*) from audit_entry where action = 'READ' and entity_type = 'petition_case' "
                + "and entity_id = ?").param(caseId).query(Long.class).single();
    }

    @Test
    void personalDataIsSealedShownToTheOfficeAndTheLeaderAndEveryReadIsAudited() {
        CurrentUser office = as("xinfang");
        PetitionForm f = form("隐私测试", Level.DISTRICT);
        f.leaderPersonId = org.personIdOf(as("lingdao").id()).orElseThrow();
        long id = petitions.register(f, office);
        String sealed = jdbc.sql("""
                select p.name_sealed || p.id_number_sealed || p.phone_sealed from petition_person p
                join petition_case_person cp on cp.person_id = p.id where cp.case_id = ?""").param(id)
                .query(String.class).single();
        assertThat(sealed).doesNotContain(f.name).doesNotContain(f.idNumber).doesNotContain(f.phone);

        long before = reads(id);
        assertThat(petitions.view(id, office).petitioners().get(0).idNumber()).isEqualTo(f.idNumber);
        assertThat(petitions.view(id, as("duchashi")).petitioners().get(0).name()).isEqualTo(f.name);
        assertThat(petitions.view(id, as("lingdao")).personalDataShown()).isTrue(); // its 包案领导
        assertThat(reads(id)).isEqualTo(before + 3);

        PetitionCase unitView = petitions.view(id, as("renshe")); // the responsible unit: masked
        assertThat(unitView.personalDataShown()).isFalse();
        assertThat(unitView.petitioners().get(0).name()).isNotEqualTo(f.name).contains("*");
        assertThat(unitView.petitioners().get(0).phone()).contains("****");
        assertThat(petitions.view(id, as("tongji")).personalDataShown()).isFalse();
        assertThat(reads(id)).isEqualTo(before + 3);
        assertThatThrownBy(() -> petitions.view(id, as("zhujian"))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> petitions.register(form("越权", Level.DISTRICT), as("renshe")))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void theAccusedUnitNeverSeesTheAccusationNorWhoMadeIt() {
        CurrentUser office = as("xinfang");
        PetitionForm f = form("举报测试", Level.DISTRICT);
        f.accusation = true;
        f.accusedUnitId = unit("住建");
        f.accusationText = "反映某科室工作人员违规收费";
        f.leadUnitId = unit("住建");
        assertThatThrownBy(() -> petitions.register(f, office)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("第三十条");
        f.leadUnitId = unit("人社");
        long id = petitions.register(f, office);
        // 住建 is not responsible and so does not even find the case; made co-responsible by mistake it still sees nothing
        jdbc.sql("insert into petition_case_unit (case_id, unit_id) values (?, ?)").params(id, unit("住建")).update();
        assertThat(petitions.view(id, office).accusationText()).isEqualTo("反映某科室工作人员违规收费");
        assertThat(petitions.view(id, as("duchashi")).accusationText()).isNotNull();
        PetitionCase renshe = petitions.view(id, as("renshe"));
        assertThat(renshe.accusationText()).isNull();
        assertThat(petitions.list("举报测试", false, false, 10, as("zhujian"))).isNotEmpty();
        PetitionCase accused = petitions.view(id, as("zhujian"));
        assertThat(accused.accusation()).isFalse();
        assertThat(accused.accusationText()).isNull();
        assertThat(accused.petitioners()).isEmpty();
        assertThat(accused.personalDataShown()).isFalse();
    }

    @Test
    void roleMatrixOfThePages() throws Exception {
        long id = petitions.register(form("页面权限测试", Level.DISTRICT), as("xinfang"));
        Map<String, List<Integer>> expected = Map.of(
                // registration form, statistics, case page, warnings
                "xinfang", List.of(200, 200, 200, 200),
                "duchashi", List.of(200, 200, 200, 200),
                "lingdao", List.of(403, 200, 200, 200),
                "tongji", List.of(403, 200, 200, 200),
                "renshe", List.of(403, 403, 200, 403),
                "zhujian", List.of(403, 403, 404, 403));
        for (var e : expected.entrySet()) {
            var u = user(users.loadUserByUsername(e.getKey()));
            String[] paths = {"/petitions/new", "/petitions/stats", "/petitions/" + id, "/petitions/warnings"};
            for (int i = 0; i < paths.length; i++) {
                int status = mvc.perform(get(paths[i]).with(u)).andReturn().getResponse().getStatus();
                assertThat(status).as(e.getKey() + " " + paths[i]).isEqualTo(e.getValue().get(i));
            }
        }
        String page = mvc.perform(get("/petitions/" + id).with(user(users.loadUserByUsername("renshe")))).andReturn()
                .getResponse().getContentAsString();
        assertThat(page).contains("已脱敏").doesNotContain("测试信访人");
        String stats = mvc.perform(get("/petitions/stats").with(user(users.loadUserByUsername("duchashi")))
                .param("published", "true")).andReturn().getResponse().getContentAsString();
        assertThat(stats).contains("通报口径").contains("echarts");
    }
}
