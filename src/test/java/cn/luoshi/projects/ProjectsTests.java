package cn.luoshi.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.luoshi.common.InvalidInputException;
import cn.luoshi.common.NotFoundException;
import cn.luoshi.ledger.LightService;
import cn.luoshi.ledger.TaskFindings;
import cn.luoshi.ledger.TaskService;
import cn.luoshi.ledger.TaskStatus;
import cn.luoshi.ledger.light.Light;
import cn.luoshi.org.CurrentUser;
import cn.luoshi.org.OrgDirectory;
import cn.luoshi.org.UserAccount;
import cn.luoshi.supervision.OrderService;
import cn.luoshi.support.LuoshiIntegrationTest;
import cn.luoshi.support.TestClock;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 重点项目 end to end on the demo database: a 月报 far behind 序时 turns the project red, the finding lights its ledger
 * task, the 督查室 may issue a 督办单; bad input is refused whole with Chinese messages; imports are atomic; the
 * 调度通报 is frozen and numbered.
 */
@LuoshiIntegrationTest
class ProjectsTests {

    @Autowired
    ProjectService projects;
    @Autowired
    ProjectLights lights;
    @Autowired
    ProjectExcel excel;
    @Autowired
    ProjectBulletins bulletins;
    @Autowired
    TaskService tasks;
    @Autowired
    TaskFindings findings;
    @Autowired
    LightService ledgerLights;
    @Autowired
    OrderService orders;
    @Autowired
    OrgDirectory org;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    cn.luoshi.calendar.WorkingCalendars calendars;
    @Autowired
    cn.luoshi.common.FragmentMemo fragments;
    @Autowired
    ProjectStore store;

    CurrentUser supervisor;
    CurrentUser zhujian;
    CurrentUser gongxin;
    CurrentUser fagai;

    @BeforeEach
    void setUp() {
        supervisor = user("duchashi");
        zhujian = user("zhujian");
        gongxin = user("gongxin");
        fagai = user("fagai");
        projects.choosePreset("YINCHUAN_2025", supervisor);
    }

    CurrentUser user(String name) {
        UserAccount u = org.users().stream().filter(x -> x.username().equals(name)).findFirst().orElseThrow();
        return new CurrentUser(u.id(), u.username(), u.displayName(), u.role(), u.unitId(), u.unitName());
    }

    long unit(String name) {
        return org.findUnitByName(name).orElseThrow().id();
    }

    /** A 续建 project of 住建 started last year, plan 100万元 a month (1200 a year), total 1亿元. */
    Project project(String name) {
        ProjectForm f = new ProjectForm();
        int year = projects.judgedMonth().getYear();
        f.year = year;
        f.name = name;
        f.level = ProjectLevel.DISTRICT;
        f.category = "城建交通";
        f.kind = ProjectKind.CONTINUED;
        f.leadUnitId = unit("住建");
        f.totalInvestmentYi = new BigDecimal("1");
        f.annualPlan = new BigDecimal("1200");
        f.plannedStart = LocalDate.of(year - 1, 3, 1);
        f.startedOn = LocalDate.of(year - 1, 3, 5);
        f.statsOn = LocalDate.of(year - 1, 4, 1);
        f.plannedCompletion = LocalDate.of(year + 1, 6, 30);
        return projects.create(f, fagai);
    }

    @Test
    void theDemoShowsASpreadOfLightsAndAFrozenDispatchBulletin() {
        YearMonth m = projects.judgedMonth();
        List<String> lit = jdbc.sql("select light from project_light where month = ?").param(m.atDay(1))
                .query(String.class).list();
        assertThat(lit).contains("GREEN", "YELLOW", "RED");
        assertThat(jdbc.sql("select count(*) from project_bulletin").query(Integer.class).single()).isPositive();
        assertThat(jdbc.sql("select count(*) from project_report").query(Integer.class).single())
                .isGreaterThanOrEqualTo(16 * m.getMonthValue());
    }

    @org.springframework.boot.test.web.server.LocalServerPort
    int port;

    /** With the indicators module present, the rates page shows the district's fixed-asset investment beside. */
    @Test
    void theRatesPageShowsTheDistrictsFixedAssetInvestmentBesideTheProjects() {
        cn.luoshi.support.Api.Response page = cn.luoshi.support.Api.as(port, "duchashi").get("/projects/rates");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.raw()).contains("data-testid=\"fai\"").contains("重点项目累计完成投资")
                .contains("全区固定资产投资（统计局，").contains("/indicators/FAI?period=");
    }

    /**
     * The filter form's htmx request gets the table alone (no menu, no filter form), with the same rows as the page,
     * scoped like it; the page marks the chosen unit in its pre-rendered unit options.
     */
    @Test
    void theFilterFormGetsTheTableAloneWithThePagesRowsAndScope() {
        long zj = unit("住建");
        ProjectQuery q = new ProjectQuery();
        q.unit = zj;
        List<String> expected = projects.list(q, supervisor).stream().map(ProjectRow::name).toList();
        assertThat(expected).isNotEmpty();
        cn.luoshi.support.Api duchashi = cn.luoshi.support.Api.as(port, "duchashi");
        cn.luoshi.support.Api.Response rows = duchashi.get("/projects?unit=" + zj, "HX-Request", "true");
        assertThat(rows.status()).isEqualTo(200);
        assertThat(rows.raw()).startsWith("<div id=\"results\">").doesNotContain("<nav").doesNotContain("data-testid=\"filters\"")
                .contains("共" + expected.size() + "个项目");
        expected.forEach(name -> assertThat(rows.raw()).contains("data-project=\"" + name + "\""));
        cn.luoshi.support.Api.Response page = duchashi.get("/projects?unit=" + zj);
        assertThat(page.raw()).contains("<option value=\"" + zj + "\" selected>住建</option>")
                .contains("<nav").contains("共" + expected.size() + "个项目");
        // a unit sees its own projects only, in the fragment as on the page
        cn.luoshi.support.Api.Response gx = cn.luoshi.support.Api.as(port, "gongxin")
                .get("/projects?unit=" + zj, "HX-Request", "true");
        assertThat(gx.status()).isEqualTo(200);
        expected.forEach(name -> assertThat(gx.raw()).doesNotContain("data-project=\"" + name + "\""));
    }

    /**
     * The table's HTML is kept per distinct rows (FragmentMemo) and the page of rows until a project, 月报 or light
     * changes (KeptUntilChange): asked again with nothing changed both come from what was kept, and a changed project
     * shows at once.
     */
    @Test
    void theTableIsRenderedOncePerDistinctRowsAndAChangedProjectShowsAtOnce() {
        Project p = project("渲染复用核对工程");
        cn.luoshi.support.Api duchashi = cn.luoshi.support.Api.as(port, "duchashi");
        String path = "/projects?unit=" + unit("住建") + "&q=" + java.net.URLEncoder.encode("渲染复用核对",
                java.nio.charset.StandardCharsets.UTF_8);
        String first = duchashi.get(path, "HX-Request", "true").raw();
        assertThat(first).contains("data-project=\"渲染复用核对工程\"").contains("共1个项目").doesNotContain(">300</td>");
        List<Long> before = fragments.statistics();
        long[] pages = projects.pageStatistics();
        String again = duchashi.get(path, "HX-Request", "true").raw();
        assertThat(again).isEqualTo(first);
        assertThat(projects.pageStatistics()[0]).as("page kept").isGreaterThan(pages[0]);
        assertThat(fragments.statistics().get(0)).as("hits").isGreaterThan(before.get(0));
        // the page shows the same table from the same memo
        assertThat(duchashi.get(path).raw()).contains(first);

        YearMonth judged = projects.judgedMonth();
        projects.recordMonths(List.of(new ProjectService.MonthEntry(p.id(), YearMonth.of(judged.getYear(), 1),
                new BigDecimal("300"), null, null)), supervisor);
        long[] pagesBefore = projects.pageStatistics();
        String changed = duchashi.get(path, "HX-Request", "true").raw();
        // the fragment reads its filters itself (QueryParams): a value that is not one is refused in Chinese
        cn.luoshi.support.Api.Response bad = duchashi.get("/projects?unit=住建&level=PROVINCE", "HX-Request", "true");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.raw()).contains("参数 unit 的值无法识别");
        assertThat(duchashi.get("/projects?level=TOWN", "HX-Request", "true").raw()).contains("参数 level 的值无法识别");
        assertThat(projects.pageStatistics()[1]).as("queried again after the change").isGreaterThan(pagesBefore[1]);
        assertThat(changed).isNotEqualTo(first).contains(">300</td>");
    }

    /** The list is paged: pages in the list's order, none repeated or lost, counted whole; the pager keeps filters. */
    @Test
    void theListIsPagedInItsOrderAndCountedWhole() {
        project("分页核对工程一");
        project("分页核对工程二");
        project("分页核对工程三");
        ProjectQuery q = new ProjectQuery();
        q.unit = unit("住建");
        YearMonth m = projects.judgedMonth();
        List<Long> all = projects.list(q, supervisor).stream().map(ProjectRow::id).toList();
        assertThat(all).hasSizeGreaterThanOrEqualTo(3);
        List<Long> paged = new ArrayList<>();
        for (int page = 0; page * 2 < all.size(); page++) {
            cn.luoshi.common.PageResult<ProjectRow> p = store.page(q, m, supervisor, true, page, 2);
            assertThat(p.total()).isEqualTo(all.size());
            assertThat(p.rows()).hasSizeLessThanOrEqualTo(2).isNotEmpty();
            p.rows().forEach(r -> paged.add(r.id()));
        }
        assertThat(paged).isEqualTo(all);
        assertThat(store.page(q, m, supervisor, true, 99, 2).rows()).isEmpty();

        cn.luoshi.support.Api duchashi = cn.luoshi.support.Api.as(port, "duchashi");
        assertThat(duchashi.get("/projects?unit=" + q.unit + "&page=0", "HX-Request", "true").raw())
                .contains("共" + all.size() + "个项目");
        assertThat(duchashi.get("/projects?unit=" + q.unit + "&page=-3", "HX-Request", "true").raw())
                .as("a page below the first is the first").contains("共" + all.size() + "个项目");
        assertThat(duchashi.get("/projects?unit=" + q.unit + "&page=x", "HX-Request", "true").status()).isEqualTo(400);
    }

    @Test
    void aReportFarBehindScheduleTurnsTheProjectRedLightsItsLedgerTaskAndSuggestsAnOrder() throws Exception {
        Project p = project("测试道路改造工程A");
        YearMonth judged = projects.judgedMonth();
        assertThat(tasks.get(p.taskId(), supervisor).tags()).contains(ProjectService.TAG);
        tasks.accept(p.taskId(), tasks.get(p.taskId(), zhujian).version(), zhujian);
        List<ProjectService.MonthEntry> months = new ArrayList<>();
        for (int m = 1; m < judged.getMonthValue(); m++) {
            months.add(new ProjectService.MonthEntry(p.id(), YearMonth.of(judged.getYear(), m), new BigDecimal("100"),
                    null, null));
        }
        projects.recordMonths(months, supervisor);
        lights.recompute();
        assertThat(light(p, judged)).as("on schedule until last month").isNotEqualTo("RED");

        MonthlyReportForm f = new MonthlyReportForm();
        f.month = judged;
        f.monthInvestment = BigDecimal.ZERO;
        f.cumulative = BigDecimal.valueOf(100L * (judged.getMonthValue() - 1) / 2 * 0 + 100L * (judged.getMonthValue() - 1));
        f.progress = "停工待料";
        f.problems = "【征迁腾地】沿线12户未签约";
        // a falling cumulative is refused, nothing written
        MonthlyReportForm falling = new MonthlyReportForm();
        falling.month = judged;
        falling.cumulative = new BigDecimal("10");
        assertThatThrownBy(() -> projects.report(p.id(), falling, List.of(), zhujian))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("")
                .satisfies(e -> assertThat(messages(e)).anyMatch(s -> s.contains("累计数不能减少")));
        // the real report: nothing this month; 序时 moved on
        projects.report(p.id(), f, List.of(), zhujian);
        // the year so far at half speed: rewrite the months to 50 each so the gap is beyond 30 points
        List<ProjectService.MonthEntry> half = new ArrayList<>();
        for (int m = 1; m <= judged.getMonthValue(); m++) {
            half.add(new ProjectService.MonthEntry(p.id(), YearMonth.of(judged.getYear(), m),
                    m == judged.getMonthValue() ? BigDecimal.ZERO : new BigDecimal("50"), null, null));
        }
        projects.recordMonths(half, supervisor);
        lights.recompute();

        assertThat(light(p, judged)).isEqualTo("RED");
        String reason = jdbc.sql("select reason from project_light where project_id = ? and month = ?")
                .params(p.id(), judged.atDay(1)).query(String.class).single();
        assertThat(reason).contains("落后序时进度");
        assertThat(jdbc.sql("select escalation from project_light where project_id = ? and month = ?")
                .params(p.id(), judged.atDay(1)).query(String.class).single()).isEqualTo("ORDER");
        assertThat(findings.on(p.taskId())).anySatisfy(x -> {
            assertThat(x.source()).isEqualTo("projects");
            assertThat(x.level().name()).isEqualTo("RED");
            assertThat(x.link()).isEqualTo("/projects/" + p.id());
        });
        // the ledger task carries the light (recomputed after commit) and the 督查室 may issue a 督办单
        Light taskLight = null;
        for (int i = 0; i < 50 && taskLight != Light.RED; i++) {
            taskLight = ledgerLights.lightOf(p.taskId()).map(l -> l.light()).orElse(null);
            Thread.sleep(100);
        }
        assertThat(taskLight).isEqualTo(Light.RED);
        assertThat(orders.draft(p.taskId(), supervisor).issuable()).isTrue();
        // the 月报's problem is a ledger problem on the task, and a progress report went to the task
        assertThat(jdbc.sql("select count(*) from problem where task_id = ? and description like '%沿线12户未签约%'")
                .param(p.taskId()).query(Integer.class).single()).isEqualTo(1);
        assertThat(tasks.get(p.taskId(), supervisor).status()).isEqualTo(TaskStatus.IN_PROGRESS);

        // back on schedule: the finding goes away
        List<ProjectService.MonthEntry> full = new ArrayList<>();
        for (int m = 1; m <= judged.getMonthValue(); m++) {
            full.add(new ProjectService.MonthEntry(p.id(), YearMonth.of(judged.getYear(), m), new BigDecimal("100"),
                    null, null));
        }
        projects.recordMonths(full, supervisor);
        lights.recompute();
        assertThat(light(p, judged)).isEqualTo("GREEN");
        assertThat(findings.on(p.taskId())).noneMatch(x -> x.source().equals("projects"));
    }

    String light(Project p, YearMonth m) {
        return jdbc.sql("select light from project_light where project_id = ? and month = ?")
                .params(p.id(), m.atDay(1)).query(String.class).optional().orElse(null);
    }

    static List<String> messages(Throwable e) {
        return ((InvalidInputException) e).violations().stream().map(v -> v.message()).toList();
    }

    @Test
    void anEditedProjectUpdatesItsTaskAndRedatesItsOpenNodesAStaleFormIsAConflictAndItIsAudited() {
        int year = projects.judgedMonth().getYear();
        ProjectForm f = new ProjectForm();
        f.year = year;
        f.name = "测试新开工项目E";
        f.level = ProjectLevel.CITY;
        f.category = "产业";
        f.kind = ProjectKind.NEW;
        f.leadUnitId = unit("住建");
        f.totalInvestmentYi = new BigDecimal("3");
        f.annualPlan = new BigDecimal("6000");
        f.plannedStart = LocalDate.of(year, 9, 1);
        f.plannedCompletion = LocalDate.of(year + 2, 6, 30);
        Project p = projects.create(f, fagai);
        List<ProjectNode> before = projects.nodes(p.id(), fagai);
        LocalDate startDue = before.stream().filter(n -> n.name().equals("开工")).findFirst().orElseThrow().dueDate();

        ProjectForm edit = ProjectForm.of(p);
        edit.name = "测试新开工项目E（二期）";
        edit.leadUnitId = unit("工信");
        edit.plannedStart = LocalDate.of(year, 10, 8);
        Project after = projects.update(p.id(), edit, fagai);
        assertThat(after.name()).isEqualTo("测试新开工项目E（二期）");
        assertThat(after.version()).isEqualTo(p.version() + 1);
        var task = tasks.get(after.taskId(), supervisor);
        assertThat(task.title()).isEqualTo("测试新开工项目E（二期）");
        assertThat(task.leadUnitId()).isEqualTo(unit("工信"));
        LocalDate newStartDue = projects.nodes(p.id(), fagai).stream().filter(n -> n.name().equals("开工")).findFirst()
                .orElseThrow().dueDate();
        assertThat(newStartDue).isAfter(startDue);
        // the approvals are counted back from the new start on the working-day calendar: every open node on a working day
        assertThat(projects.nodes(p.id(), fagai)).filteredOn(n -> n.doneOn() == null && !n.name().equals("开工"))
                .allSatisfy(n -> assertThat(calendars.current().isWorkingDay(n.dueDate())).as(n.name()).isTrue());
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = '重点项目' and entity_id = ? and action = 'UPDATE'")
                .param(p.id()).query(Integer.class).single()).isEqualTo(1);

        ProjectForm stale = ProjectForm.of(p);
        assertThatThrownBy(() -> projects.update(p.id(), stale, fagai)).isInstanceOf(cn.luoshi.common.ConflictException.class);
        ProjectForm bad = ProjectForm.of(after);
        bad.leadUnitId = null;
        bad.annualPlan = new BigDecimal("40000");
        assertThatThrownBy(() -> projects.update(p.id(), bad, fagai)).satisfies(e -> assertThat(messages(e))
                .contains("缺少责任单位：每个项目都要有牵头的责任单位").anyMatch(m -> m.contains("请检查单位")));
        assertThatThrownBy(() -> projects.update(p.id(), ProjectForm.of(after), zhujian))
                .isInstanceOf(cn.luoshi.common.ForbiddenException.class);
    }

    @Test
    void aFutureMonthAndMoreThanTheTotalInvestmentAreRefused() {
        Project p = project("测试道路改造工程B");
        MonthlyReportForm future = new MonthlyReportForm();
        future.month = YearMonth.from(TestClock.today()).plusMonths(1);
        future.monthInvestment = BigDecimal.TEN;
        assertThatThrownBy(() -> projects.report(p.id(), future, List.of(), zhujian))
                .satisfies(e -> assertThat(messages(e)).anyMatch(s -> s.startsWith("不能填报未来月份")));
        MonthlyReportForm tooMuch = new MonthlyReportForm();
        tooMuch.month = YearMonth.of(p.year(), 1);
        tooMuch.cumulative = new BigDecimal("10001");
        assertThatThrownBy(() -> projects.report(p.id(), tooMuch, List.of(), zhujian))
                .satisfies(e -> assertThat(messages(e)).anyMatch(s -> s.contains("超过项目总投资（1亿元）")));
        assertThat(jdbc.sql("select count(*) from project_report where project_id = ?").param(p.id())
                .query(Integer.class).single()).isZero();
        // another unit does not see the project at all
        assertThatThrownBy(() -> projects.page(p.id(), gongxin)).isInstanceOf(NotFoundException.class);
        // a unit that is not the projects office may not create projects
        ProjectForm f = new ProjectForm();
        f.name = "测试道路改造工程C";
        assertThatThrownBy(() -> projects.create(f, zhujian)).isInstanceOf(cn.luoshi.common.ForbiddenException.class);
    }

    @Test
    void theListImportIsValidatedWholeAndAtomicWithRowAndColumnMessages() throws Exception {
        int year = projects.judgedMonth().getYear();
        int before = jdbc.sql("select count(*) from project").query(Integer.class).single();
        byte[] bad = xlsx(List.of(
                List.of("导入测试项目甲", "区重点", "城建交通", "续建", "住建", "张卫东", "12000", "3000", year + "-01-10", (year + 1) + "-06-30"),
                List.of("导入测试项目乙", "区重点", "城建交通", "续建", "", "", "2", "3000", year + "-01-10", (year + 1) + "-06-30"),
                List.of("导入测试项目丙", "县重点", "城建交通", "续建", "不存在局", "", "2", "30000", year + "-01-10", (year + 1) + "-06-30")));
        assertThatThrownBy(() -> excel.importList(bad, year, fagai)).satisfies(e -> {
            List<String> m = messages(e);
            assertThat(m).anyMatch(s -> s.startsWith("第2行：总投资以亿元填写，12000亿元超过1万亿元，疑似按万元填写"));
            assertThat(m).anyMatch(s -> s.equals("第3行：缺少责任单位：每个项目都要有牵头的责任单位"));
            assertThat(m).anyMatch(s -> s.startsWith("第4行「层级」列：“县重点”不是"));
            assertThat(m).anyMatch(s -> s.startsWith("第4行「责任单位」列：“不存在局”不在单位名单中"));
            assertThat(m).anyMatch(s -> s.startsWith("第4行：年度计划投资（30000万元）大于总投资（2亿元）"));
        });
        assertThat(jdbc.sql("select count(*) from project").query(Integer.class).single()).isEqualTo(before);
        assertThatThrownBy(() -> excel.importList(bad, year, zhujian)).hasMessageContaining("只有督查室和发改");

        byte[] good = xlsx(List.of(
                List.of("导入测试项目甲", "区重点", "城建交通", "续建", "住建", "张卫东", "1.2", "3000", (year - 1) + "-01-10", (year + 1) + "-06-30")));
        assertThat(excel.importList(good, year, fagai).rows()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from project").query(Integer.class).single()).isEqualTo(before + 1);
        assertThat(jdbc.sql("select count(*) from project_node n join project p on p.id = n.project_id where p.name = '导入测试项目甲'")
                .query(Integer.class).single()).isEqualTo(3);

        // monthly investment: a future month is refused, then a good sheet goes in
        YearMonth current = YearMonth.from(TestClock.today());
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet();
        Row h = s.createRow(0);
        h.createCell(0).setCellValue("项目名称");
        for (int m = 1; m <= 12; m++) {
            h.createCell(m).setCellValue(m + "月");
        }
        Row r = s.createRow(1);
        r.createCell(0).setCellValue("导入测试项目甲");
        for (int m = 1; m <= 12; m++) {
            r.createCell(m).setCellValue(100);
        }
        byte[] inv = bytes(wb);
        if (current.getYear() == year && current.getMonthValue() < 12) {
            assertThatThrownBy(() -> excel.importInvestment(inv, year, fagai))
                    .satisfies(e -> assertThat(messages(e)).anyMatch(x -> x.startsWith("第2行「12月」列：不能填报未来月份")));
        }
        for (int m = current.getMonthValue() + 1; m <= 12 && current.getYear() == year; m++) {
            r.removeCell(r.getCell(m));
        }
        assertThat(excel.importInvestment(bytes(wb), year, fagai).rows()).isEqualTo(1);
        assertThat(excel.exportInvestment(year, fagai)).isNotEmpty();
    }

    @Test
    void theDispatchBulletinIsNumberedFrozenAndExported() {
        YearMonth m = projects.judgedMonth();
        DispatchBulletin a = bulletins.issue(m, supervisor);
        DispatchBulletin b = bulletins.issue(m, supervisor);
        assertThat(b.number()).isEqualTo(a.number() + 1);
        assertThat(b.numberLabel()).isEqualTo("调度通报〔" + m.getYear() + "〕第" + b.number() + "期");
        assertThat(a.totals().projects()).isPositive();
        assertThat(a.lagging()).isNotEmpty();
        assertThat(a.units()).isNotEmpty();
        DispatchBulletin stored = bulletins.get(a.id(), supervisor);
        assertThat(stored.totals()).isEqualTo(a.totals());
        assertThat(bulletins.docx(stored)).isNotEmpty();
        assertThat(bulletins.xlsx(stored)).isNotEmpty();
        assertThat(new String(bulletins.pdf(stored), 0, 5)).isEqualTo("%PDF-");
        assertThatThrownBy(() -> bulletins.issue(YearMonth.from(TestClock.today()), supervisor))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> bulletins.list(zhujian)).hasMessageContaining("调度通报由督查室");
    }

    static byte[] xlsx(List<List<String>> rows) throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("清单");
        List<String> h = List.of("项目名称", "层级", "行业类别", "类别", "责任单位", "包抓区领导", "总投资（亿元）",
                "年度计划投资（万元）", "计划开工", "计划竣工");
        Row hr = s.createRow(0);
        for (int i = 0; i < h.size(); i++) {
            hr.createCell(i).setCellValue(h.get(i));
        }
        for (int r = 0; r < rows.size(); r++) {
            Row row = s.createRow(r + 1);
            for (int c = 0; c < rows.get(r).size(); c++) {
                String v = rows.get(r).get(c);
                if (!v.isEmpty()) {
                    row.createCell(c).setCellValue(v);
                }
            }
        }
        return bytes(wb);
    }

    static byte[] bytes(XSSFWorkbook wb) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        wb.write(out);
        return out.toByteArray();
    }
}
