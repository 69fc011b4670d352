package cn.luoshi.ingest.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.luoshi.common.Json;
import cn.luoshi.org.CurrentUser;
import cn.luoshi.org.OrgDirectory;
import cn.luoshi.org.Role;
import cn.luoshi.support.LedgerFixture;
import cn.luoshi.support.LuoshiIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * 牵头单位建议 in the review, on the real database with the demo organisation: duty keywords and similar tasks in the
 * ledger give a lead unit with its reason, its 牵头区领导 and 责任人; weak evidence gives none; nothing is written to
 * the ledger before the clerk accepts; the admin edits the keywords (audited) and the next draft uses them.
 */
@LuoshiIntegrationTest
class OwnerSuggestionTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OrgDirectory org;

    @Autowired
    ReviewService review;

    @LocalServerPort
    int port;

    static final CurrentUser CLERK = new CurrentUser(0, "duchashi", "督查室", Role.SUPERVISOR, null, "督查室");

    private <B extends AbstractMockHttpServletRequestBuilder<B>> B as(B b, String username) {
        return b.with(user(users.loadUserByUsername(username))).with(csrf());
    }

    private long unit(String shortName) {
        return org.findUnitByName(shortName).orElseThrow().id();
    }

    private long paste(String title, String text) {
        UploadForm in = new UploadForm();
        in.title = title;
        in.issuedOn = LocalDate.of(2026, 2, 10);
        in.issuer = "区委书记 王建国";
        in.text = text;
        in.again = true; // the same speech is pasted by several tests
        return review.upload(in, null, null, CLERK);
    }

    private ReviewForm stored(long id) {
        return Json.read(jdbc.sql("select review_json from ingest_draft where id = ?").param(id).query(String.class)
                .single(), ReviewForm.class);
    }

    private static ReviewRow row(ReviewForm f, String title) {
        return f.rows.stream().filter(r -> r.title.startsWith(title)).findFirst().orElseThrow();
    }

    private long tasks() {
        return jdbc.sql("select count(*) from task").query(Long.class).single();
    }

    @Test
    void dutiesGiveTheLeadItsLeaderAndHeadWithReasonsAndNothingIsWrittenBeforeAcceptance() throws Exception {
        long before = tasks();
        long id = paste("城市建设重点工作安排（牵头单位建议测试）", """
                关于今年城市建设重点工作的安排
                一是加快老旧小区改造。今年完成老旧小区改造30个，同步推进加装电梯和物业管理全覆盖。
                二是深化生活垃圾分类。生活垃圾分类覆盖率达到95%以上，治理背街小巷50条。
                三是转变工作作风。各级要真抓实干，一抓到底。
                """);
        assertThat(tasks()).as("nothing is written before the clerk accepts").isEqualTo(before);
        ReviewForm f = stored(id);

        ReviewRow housing = row(f, "加快老旧小区改造");
        assertThat(housing.leadUnitId).isEqualTo(unit("住建"));
        // (the shared test database may already hold a similar task from another test: then history adds to it)
        assertThat(housing.suggestion.source).isIn(OwnerSource.DUTY, OwnerSource.DUTY_AND_HISTORY);
        assertThat(housing.suggestion.reasons).first().asString()
                .startsWith("依据：职责关键词「老旧小区」").endsWith("→ 区住房和城乡建设局");
        assertThat(housing.leadLeaderId).isEqualTo(org.findLeaderByName("张卫东").orElseThrow().id());
        assertThat(housing.suggestion.leaderReason).isEqualTo("张卫东分管区住房和城乡建设局");
        assertThat(housing.responsiblePerson).isEqualTo("赵刚"); // 局长, not 城建科科长
        assertThat(housing.suggestion.personReason).isEqualTo("区住房和城乡建设局局长");

        ReviewRow refuse = row(f, "深化生活垃圾分类");
        assertThat(refuse.leadUnitId).isEqualTo(unit("城管"));
        assertThat(refuse.responsiblePerson).isEqualTo("冯涛");

        ReviewRow style = row(f, "转变工作作风");
        if (style.suggestion.source == OwnerSource.NONE) {
            assertThat(style.leadUnitId).isNull();
            assertThat(style.leadLeaderId).isNull();
            assertThat(style.suggestion.reasons).singleElement().asString().startsWith("未能判断牵头单位");
        } else {
            // no duty keyword says who owns 作风; in the shared test database earlier acceptances (this test's own,
            // below, gives 作风 to 组织部) may have taught it — then the row says so (采纳记录 or 同类任务), never a duty
            assertThat(style.suggestion.reasons).anySatisfy(r -> assertThat(r).containsAnyOf("采纳记录", "同类任务"));
            assertThat(style.suggestion.reasons).noneSatisfy(r -> assertThat(r).contains("职责关键词"));
        }
        // every unit's leader and person travel with the form, for when the clerk picks another lead
        assertThat(f.unitOwners.get(unit("组织部")).person).isEqualTo("马骏");

        String page = mvc.perform(as(get("/ingest/" + id), "duchashi")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("依据：职责关键词「老旧小区」").contains("牵头区领导：张卫东分管区住房和城乡建设局")
                .contains(style.suggestion.source == OwnerSource.NONE ? "未能判断牵头单位" : "data-unit-owners=")
                .contains("data-unit-owners=");

        // The clerk keeps the suggestions, gives 作风 to 组织部, and accepts: the ledger carries what was accepted.
        f.issuer = "区委书记 王建国";
        f.changeLead(style, unit("组织部"));
        ReviewService.Accepted accepted = review.accept(id, f, CLERK);
        Map<String, Object> task = jdbc.sql("""
                select u.short_name as lead, p.name as leader, t.responsible_person from task t
                join unit u on u.id = t.lead_unit_id left join person p on p.id = t.lead_leader_id where t.id = ?""")
                .param(accepted.taskIds().get(housing.nodeId)).query().singleRow();
        assertThat(task).containsEntry("lead", "住建").containsEntry("leader", "张卫东")
                .containsEntry("responsible_person", "赵刚");
        assertThat(jdbc.sql("select responsible_person from task where id = ?")
                .param(accepted.taskIds().get(style.nodeId)).query(String.class).single()).isEqualTo("马骏");
    }

    @Test
    void similarTasksAlreadyInTheLedgerSuggestTheirLeadUnit() {
        LedgerFixture ledger = new LedgerFixture(port);
        ledger.task("推进一刻钟便民生活圈建设", "商务");
        ledger.task("一刻钟便民生活圈试点", "商务");
        long id = paste("便民生活圈（同类任务测试）", "一是加快便民生活圈提质扩容。年内新增社区便民网点20个。");
        ReviewRow r = row(stored(id), "加快便民生活圈提质扩容");
        assertThat(r.leadUnitId).isEqualTo(unit("商务"));
        assertThat(r.suggestion.source).isEqualTo(OwnerSource.HISTORY);
        assertThat(r.suggestion.reasons).singleElement().asString()
                .startsWith("依据：同类任务曾由区商务局牵头（2次");
        assertThat(r.responsiblePerson).isEqualTo("罗娜");
        assertThat(r.leadLeaderId).isEqualTo(org.findLeaderByName("刘晓燕").orElseThrow().id());
    }

    @Test
    void theAdminEditsTheKeywordsAuditedAndTheNextDraftUsesThem() throws Exception {
        long commerce = unit("商务");
        String page = mvc.perform(as(get("/ingest/keywords"), "admin")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("区住房和城乡建设局").contains("老旧小区").contains("添加");
        String clerkPage = mvc.perform(as(get("/ingest/keywords"), "duchashi")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(clerkPage).contains("老旧小区").doesNotContain("新增关键词");
        mvc.perform(as(get("/ingest/keywords"), "zhujian")).andExpect(status().isForbidden());
        mvc.perform(as(post("/ingest/keywords"), "duchashi").param("unitId", String.valueOf(commerce))
                .param("keyword", "一街一品")).andExpect(status().isForbidden());

        // bad input: a clear message, nothing stored
        mvc.perform(as(post("/ingest/keywords"), "admin").param("unitId", String.valueOf(commerce)).param("keyword", " "))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("error", "请填写关键词（多个关键词用顿号分隔）"));
        mvc.perform(as(post("/ingest/keywords"), "admin").param("unitId", String.valueOf(commerce))
                        .param("keyword", "一二三四五六七八九十一二三四五六七八九十一"))
                .andExpect(flash().attribute("error", "关键词「一二三四五六七八九十一二三四五六七八九十一」超过20个字"));

        mvc.perform(as(post("/ingest/keywords"), "admin").param("unitId", String.valueOf(commerce))
                        .param("keyword", "一街一品、首发经济"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", "已新增职责关键词：一街一品、首发经济"));
        assertThat(jdbc.sql("""
                select count(*) from audit_entry where entity_type = '职责关键词' and action = 'CREATE'
                and summary like '%新增「一街一品」' and actor = '系统管理员'""").query(Long.class).single()).isEqualTo(1);

        long id = paste("特色街区（职责关键词测试）", "一是打造一街一品特色街区。年内建成示范街区3条。");
        ReviewRow r = row(stored(id), "打造一街一品特色街区");
        assertThat(r.leadUnitId).isEqualTo(commerce);
        assertThat(r.suggestion.reasons).first().asString().contains("「一街一品」");

        long keyword = jdbc.sql("select id from unit_duty_keyword where unit_id = ? and keyword = '一街一品'")
                .param(commerce).query(Long.class).single();
        mvc.perform(as(post("/ingest/keywords/" + keyword + "/delete"), "duchashi").param("unitId",
                String.valueOf(commerce))).andExpect(status().isForbidden());
        mvc.perform(as(post("/ingest/keywords/" + keyword + "/delete"), "admin").param("unitId",
                String.valueOf(commerce))).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select count(*) from unit_duty_keyword where id = ?").param(keyword).query(Long.class)
                .single()).isZero();
        assertThat(jdbc.sql("""
                select before_state::text from audit_entry where entity_type = '职责关键词' and action = 'DELETE'
                and entity_id = ?""").param(keyword).query(String.class).single()).contains("一街一品");
        ReviewRow again = row(stored(paste("特色街区（删除后）", "一是打造一街一品特色街区。年内建成示范街区3条。")),
                "打造一街一品特色街区");
        assertThat(again.suggestion.reasons).noneMatch(x -> x.contains("一街一品"));
    }

    @Test
    void theCatalogueSeededTheDemoUnitsOnceAndStreetsByTheirPlaces() throws Exception {
        Map<String, Object> seeded = jdbc.sql("""
                select (select count(*) from unit_duty_seeded) as units,
                  (select count(*) from unit_duty_keyword k join unit u on u.id = k.unit_id
                   where u.short_name = '住建' and k.keyword = '老旧小区') as housing,
                  (select count(*) from unit_duty_keyword k join unit u on u.id = k.unit_id
                   where u.short_name = '东城街道' and k.keyword in ('东城', '鸿运社区')) as street,
                  (select count(*) from unit_duty_keyword k join unit u on u.id = k.unit_id
                   where u.short_name = '新城街道' and k.keyword = '新城') as common_word""").query().singleRow();
        assertThat(((Number) seeded.get("units")).longValue()).isGreaterThanOrEqualTo(20);
        assertThat(seeded).containsEntry("housing", 1L).containsEntry("street", 2L).containsEntry("common_word", 0L);
        // reading again seeds nothing more
        long keywords = jdbc.sql("select count(*) from unit_duty_keyword").query(Long.class).single();
        mvc.perform(as(get("/ingest/keywords"), "duchashi")).andExpect(status().isOk());
        assertThat(jdbc.sql("select count(*) from unit_duty_keyword").query(Long.class).single()).isEqualTo(keywords);
    }

    /**
     * 采纳记录: what a clerk accepted informs the next draft — two accepted tasks about 无人机 (no unit's duty keyword)
     * given to 科技 make 科技 the suggestion for the next 无人机 task, with the reason; the word is counted per task.
     */
    @Test
    void whatTheClerkAcceptedInformsTheNextDraft() {
        long first = paste("低空经济工作安排（采纳记录）", """
                关于低空经济工作的安排
                一是推进无人机场景应用。今年开通无人机配送航线3条。
                二是扩大无人机产业规模。引进无人机企业5家。
                """);
        ReviewForm f = stored(first);
        for (ReviewRow r : f.rows) {
            r.include = true;
            r.kind = "task";
            r.leadUnitId = unit("科技");
        }
        review.accept(first, f, CLERK);
        assertThat(jdbc.sql("select tasks from ingest_learned_word where word = '无人机' and unit_id = ?")
                .param(unit("科技")).query(Integer.class).single()).isEqualTo(2);

        long next = paste("低空经济监管安排（采纳记录）", """
                关于低空经济监管的安排
                一是规范无人机飞行管理。今年建成无人机监管平台1个。
                """);
        ReviewRow drone = row(stored(next), "规范无人机飞行管理");
        assertThat(drone.leadUnitId).isEqualTo(unit("科技"));
        assertThat(String.join("；", drone.suggestion.reasons)).contains("采纳记录", "「无人机」", "区科学技术局");
    }
}
