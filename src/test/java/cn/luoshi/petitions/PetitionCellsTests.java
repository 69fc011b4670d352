package cn.luoshi.petitions;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luoshi.org.CurrentUser;
import cn.luoshi.org.OrgDirectory;
import cn.luoshi.org.UserAccount;
import cn.luoshi.support.LuoshiIntegrationTest;
import cn.luoshi.support.TestClock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The statistics cells (petition_cell, petition_rate_cell) equal a direct count of the cases and registrations after
 * registrations, further visits, procedure steps, a change of unit and category, an import, edits and deletes —
 * through the services and by plain SQL — and the rebuild function gives the same cells.
 */
@LuoshiIntegrationTest
class PetitionCellsTests {

    @Autowired
    PetitionService petitions;

    @Autowired
    PetitionImport imports;

    @Autowired
    PetitionStatistics statistics;

    @Autowired
    PetitionCells cells;

    @Autowired
    OrgDirectory org;

    @Autowired
    JdbcClient jdbc;

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

    static final String DIRECT = """
            select month, level, channel, category_id, unit_id, repeat, sum(cases) cases, sum(regs) regs,
              sum(people) people
            from (select date_trunc('month', received_on)::date as month, level, channel, category_id,
                         coalesce(lead_unit_id, 0) unit_id, repeat_petition as repeat, 1 cases, 0 regs, 0 people
                  from petition_case
                  union all
                  select date_trunc('month', v.visited_on)::date, v.level, v.channel, c.category_id,
                         coalesce(c.lead_unit_id, 0), v.repeat_visit, 0, 1, v.people
                  from petition_visit v join petition_case c on c.id = v.case_id) x
            group by 1, 2, 3, 4, 5, 6 order by 1, 2, 3, 4, 5, 6""";

    static final String KEPT = """
            select month, level, channel, category_id, unit_id, repeat, cases::bigint cases, registrations::bigint regs,
              people::bigint people
            from petition_cell where cases <> 0 or registrations <> 0 or people <> 0 order by 1, 2, 3, 4, 5, 6""";

    void assertCellsEqualADirectCount() {
        List<Map<String, Object>> direct = jdbc.sql(DIRECT).query().listOfRows();
        List<Map<String, Object>> kept = jdbc.sql(KEPT).query().listOfRows();
        assertThat(kept).hasSameSizeAs(direct);
        for (int i = 0; i < direct.size(); i++) {
            assertThat(kept.get(i).toString()).isEqualTo(direct.get(i).toString());
        }
        assertThat(jdbc.sql("select count(*) from petition_cell where cases < 0 or registrations < 0 or people < 0")
                .query(Long.class).single()).isZero();
        // the rollup without the unit equals the cells summed over the units
        String rolled = jdbc.sql("""
                select month, level, channel, category_id, repeat, sum(cases) c, sum(registrations) r, sum(people) p
                from petition_cell group by 1, 2, 3, 4, 5
                having sum(cases) <> 0 or sum(registrations) <> 0 or sum(people) <> 0 order by 1, 2, 3, 4, 5""")
                .query().listOfRows().toString();
        String month = jdbc.sql("""
                select month, level, channel, category_id, repeat, cases::bigint c, registrations::bigint r,
                  people::bigint p
                from petition_cell_month where cases <> 0 or registrations <> 0 or people <> 0
                order by 1, 2, 3, 4, 5""").query().listOfRows().toString();
        assertThat(month).isEqualTo(rolled);
        YearMonth now = YearMonth.from(TestClock.today());
        for (YearMonth m : List.of(now, now.minusMonths(1), now.minusMonths(5), now.minusMonths(14))) {
            assertThat(statistics.rates(m).counts()).as("rates as of %s", m)
                    .isEqualTo(statistics.ratesCountedDirectly(m).counts());
        }
        assertThat(statistics.report(now, VisitCount.Measure.MIXED, null, null).rates().counts())
                .isEqualTo(statistics.ratesCountedDirectly(now).counts());
    }

    PetitionForm form(String title, Level level, Channel channel, int people) {
        PetitionForm f = new PetitionForm();
        f.title = title;
        f.categoryId = category("欠薪");
        f.channel = channel;
        f.level = level;
        f.people = people;
        f.receivedOn = TestClock.today().minusDays(40);
        f.name = "单元测试人" + title;
        f.idNumber = "990101198801" + String.format("%06d", Math.abs(title.hashCode()) % 1_000_000);
        f.leadUnitId = org.findUnitByName("人社").orElseThrow().id();
        return f;
    }

    @Test
    void theCellsEqualADirectCountAfterEveryKindOfChange() {
        CurrentUser office = as("xinfang");
        assertCellsEqualADirectCount(); // the demo, imported and registered

        // registrations through the form, a further visit that raises the level, the procedure's steps
        long a = petitions.register(form("单元甲", Level.DISTRICT, Channel.LETTER, 1), office);
        long b = petitions.register(form("单元乙", Level.CITY, Channel.VISIT, 4), office);
        VisitForm v = new VisitForm();
        v.visitedOn = TestClock.today().minusDays(3);
        v.channel = Channel.VISIT;
        v.level = Level.PROVINCE;
        v.people = 6;
        petitions.addVisit(a, v, office);
        assertCellsEqualADirectCount();
        petitions.step(b, PetitionService.Step.ACCEPT, TestClock.today().minusDays(35), null, null, null,
                petitions.view(b, office).version(), office);
        petitions.step(b, PetitionService.Step.EXTEND, TestClock.today().minusDays(20), 20, "需补充调查", null,
                petitions.view(b, office).version(), office);
        petitions.step(b, PetitionService.Step.ANSWER, TestClock.today().minusDays(10), null, null, true,
                petitions.view(b, office).version(), office);
        assertCellsEqualADirectCount();
        // a registration after the answer: no longer 一次性化解
        VisitForm again = new VisitForm();
        again.visitedOn = TestClock.today().minusDays(2);
        again.level = Level.CITY;
        petitions.addVisit(b, again, office);
        assertThat(jdbc.sql("select answered_again from petition_case where id = ?").param(b).query(Boolean.class)
                .single()).isTrue();
        assertCellsEqualADirectCount();

        // 包案: the responsible unit changes, the case's registrations move with it
        petitions.assign(a, null, org.findUnitByName("住建").orElseThrow().id(), petitions.view(a, office).version(),
                office);
        assertCellsEqualADirectCount();

        // an import of history
        LocalDate d = TestClock.today().minusMonths(13).withDayOfMonth(5);
        imports.importCases(List.of(
                new PetitionImport.Case("导入单元一", category("保交楼"), null, null,
                        new PetitionImport.Petitioner("导入人一", "990101197001010011", null, null), null, d.plusDays(3),
                        d.plusDays(40), true, List.of(new PetitionImport.Visit(d, Channel.LETTER, Level.DISTRICT, false,
                                1), new PetitionImport.Visit(d.plusDays(50), Channel.VISIT, Level.NATION, true, 7))),
                new PetitionImport.Case("导入单元二", category("返租"), null, null,
                        new PetitionImport.Petitioner("导入人二", "990101197001010022", null, null), d.plusDays(1),
                        null, null, false, List.of(new PetitionImport.Visit(d, Channel.ONLINE, Level.CITY, false, 1)))),
                office);
        assertCellsEqualADirectCount();

        // edits and deletes by plain SQL (a correction by the DBA, a restore): the triggers keep up
        jdbc.sql("update petition_case set category_id = ?, received_on = received_on - 31 where id = ?")
                .params(category("征地拆迁"), b).update();
        jdbc.sql("update petition_visit set people = people + 2, visited_on = visited_on - 1 where case_id = ?")
                .param(a).update();
        // a date changed behind the application's back: the counts follow at once, the stored due dates (which the
        // calendar in force computes, not SQL) once the application recomputes them
        cells.recomputeDues(false);
        assertCellsEqualADirectCount();
        jdbc.sql("delete from petition_visit where case_id = ? and repeat_visit").param(b).update();
        assertThat(jdbc.sql("select answered_again from petition_case where id = ?").param(b).query(Boolean.class)
                .single()).isFalse();
        assertCellsEqualADirectCount();
        jdbc.sql("delete from petition_case where id = ?").param(a).update(); // its registrations go by cascade
        jdbc.sql("update petition_case set lead_unit_id = null where id in (select id from petition_case "
                + "where lead_unit_id is not null order by id limit 50)").update();
        assertCellsEqualADirectCount();

        // the rebuild gives the same cells
        String before = jdbc.sql(KEPT).query().listOfRows().toString();
        cells.rebuild();
        assertThat(jdbc.sql(KEPT).query().listOfRows().toString()).isEqualTo(before);
        assertCellsEqualADirectCount();
    }

    @Test
    void theStatisticsReadTheCellsOnly() {
        // cells changed behind the base tables' back show in the report: the report counts nothing itself
        YearMonth m = YearMonth.from(TestClock.today()).minusMonths(1);
        long before = statistics.report(m, VisitCount.Measure.REGISTRATIONS, null, null).month();
        jdbc.sql("""
                insert into petition_cell_month (month, level, channel, category_id, repeat, registrations, people)
                values (?, 'DISTRICT', 'PHONE', ?, false, 1000, 1000)
                on conflict (month, level, channel, category_id, repeat)
                do update set registrations = petition_cell_month.registrations + 1000""")
                .params(m.atDay(1), category("其他")).update();
        try {
            assertThat(statistics.report(m, VisitCount.Measure.REGISTRATIONS, null, null).month())
                    .isEqualTo(before + 1000);
        } finally {
            cells.rebuild();
        }
        assertThat(statistics.report(m, VisitCount.Measure.REGISTRATIONS, null, null).month()).isEqualTo(before);
    }
}
