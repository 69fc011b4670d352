package cn.luoshi.ingest.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.luoshi.common.Json;
import cn.luoshi.org.OrgDirectory;
import cn.luoshi.support.LuoshiIntegrationTest;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/** 讲话转台账 end to end on the real database: upload → stored draft → accept → directive and tasks in the ledger. */
@LuoshiIntegrationTest
class IngestReviewTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OrgDirectory org;

    private <B extends AbstractMockHttpServletRequestBuilder<B>> B as(B b, String username) {
        return b.with(user(users.loadUserByUsername(username))).with(csrf());
    }

    private long unit(String shortName) {
        return org.findUnitByName(shortName).orElseThrow().id();
    }

    private long drafts() {
        return jdbc.sql("select count(*) from ingest_draft").query(Long.class).single();
    }

    private long upload(byte[] bytes, String title) throws Exception {
        var result = mvc.perform(as(multipart("/ingest")
                        .file(new MockMultipartFile("file", "002.txt", "text/plain", bytes)), "duchashi")
                        .param("title", title).param("issuedOn", "2026-02-10").param("issuer", "区委书记 王建国")
                        .param("level", "DISTRICT").param("kind", "SPEECH").param("again", "true"))
                .andExpect(status().is3xxRedirection()).andReturn();
        String url = result.getResponse().getRedirectedUrl();
        assertThat(url).matches("/ingest/\\d+");
        return Long.parseLong(url.substring("/ingest/".length()));
    }

    private ReviewForm stored(long id) {
        return Json.read(jdbc.sql("select review_json from ingest_draft where id = ?").param(id).query(String.class)
                .single(), ReviewForm.class);
    }

    private static ReviewRow row(ReviewForm f, String title) {
        return f.rows.stream().filter(r -> r.title.startsWith(title)).findFirst().orElseThrow();
    }

    /** The review form as the page posts it. */
    private static <B extends AbstractMockHttpServletRequestBuilder<B>> B params(B b, ReviewForm f) {
        b.param("title", f.title).param("issuedOn", f.issuedOn.toString()).param("issuer", f.issuer)
                .param("level", f.level.name()).param("kind", f.kind.name());
        for (int i = 0; i < f.rows.size(); i++) {
            ReviewRow r = f.rows.get(i);
            String at = "rows[" + i + "].";
            b.param(at + "nodeId", r.nodeId).param("_" + at + "include", "on").param(at + "kind", r.kind)
                    .param(at + "title", r.title).param(at + "description", r.description);
            if (r.include) {
                b.param(at + "include", "true");
            }
            if (r.deadline != null) {
                b.param(at + "deadline", r.deadline.toString());
            }
            for (int j = 0; j < r.targets.size(); j++) {
                ReviewRow.Target t = r.targets.get(j);
                String tt = at + "targets[" + j + "].";
                b.param(tt + "redacted", String.valueOf(t.redacted));
                if (t.value != null) {
                    b.param(tt + "value", t.value.toPlainString());
                }
                for (String[] kv : new String[][] {{"unit", t.unit}, {"object", t.object}, {"period", t.period}}) {
                    if (kv[1] != null) {
                        b.param(tt + kv[0], kv[1]);
                    }
                }
            }
            // the collapsed 再加一项目标 line, sent empty as the browser does
            String blank = at + "targets[" + r.targets.size() + "].";
            b.param(blank + "value", "").param(blank + "unit", "").param(blank + "object", "").param(blank + "period", "");
            if (r.leadLeaderId != null) {
                b.param(at + "leadLeaderId", r.leadLeaderId.toString());
            }
            if (r.responsiblePerson != null) {
                b.param(at + "responsiblePerson", r.responsiblePerson);
            }
            if (r.leadUnitId != null) {
                b.param(at + "leadUnitId", r.leadUnitId.toString());
            }
            for (Long co : r.coUnitIds) {
                b.param(at + "coUnitIds", co.toString());
            }
        }
        return b;
    }

    private String accept(long id, ReviewForm f, int expectedStatus) throws Exception {
        var r = mvc.perform(params(as(post("/ingest/" + id + "/accept"), "duchashi"), f)).andReturn().getResponse();
        String body = r.getContentAsString(StandardCharsets.UTF_8);
        assertThat(r.getStatus()).as(() -> String.join(" | ", java.util.regex.Pattern
                        .compile("invalid-feedback[^>]*>([^<]*)<|alert-danger[^>]*>\\s*<div>([^<]*)<").matcher(body)
                        .results().map(m -> m.group(1) != null ? m.group(1) : m.group(2)).toList()))
                .isEqualTo(expectedStatus);
        return expectedStatus == 302 ? r.getRedirectedUrl() : body;
    }

    private ReviewForm withOwners(ReviewForm f, Consumer<ReviewForm> edit) {
        long zhujian = unit("住建");
        for (ReviewRow r : f.rows) {
            if (r.include && r.leadUnitId == null) {
                r.leadUnitId = zhujian;
            }
        }
        edit.accept(f);
        return f;
    }

    @Test
    void aSeedSpeechBecomesADirectiveWithItsTasksTargetsAndOwners() throws Exception {
        byte[] seed = DraftReviewTest.seed002();
        long id = upload(seed, "城市提质讲话（转台账测试）");
        Map<String, Object> row = jdbc.sql("select status, draft_json, body, created_by from ingest_draft where id = ?")
                .param(id).query().singleRow();
        assertThat(row.get("status")).isEqualTo("DRAFT");
        assertThat((String) row.get("draft_json")).contains("luoshi-directive-draft/1").contains("老旧小区改造");
        assertThat((String) row.get("created_by")).isEqualTo("孙丽（督查室）");

        ReviewForm f = stored(id);
        // The engine's names are matched to the organisation's units: 区委宣传部 → 宣传部, 住建 → 区住房和城乡建设局.
        ReviewRow duty = row(f, "压实责任、强化落实");
        assertThat(duty.leadUnitId).isEqualTo(unit("宣传部"));
        assertThat(duty.coUnitIds).contains(unit("住建"), unit("发改"), unit("组织部"));

        String page = mvc.perform(as(get("/ingest/" + id), "duchashi")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("115个老旧小区改造").contains("class=\"src-target\"");

        withOwners(f, x -> row(x, "突出城市更新").targets.get(0).value = new java.math.BigDecimal("120"));
        String url = accept(id, f, 302);
        assertThat(url).matches("/directives/\\d+");
        long directive = Long.parseLong(url.substring("/directives/".length()));

        assertThat(jdbc.sql("select body from directive where id = ?").param(directive).query(String.class).single())
                .isEqualTo(row.get("body"));
        List<Map<String, Object>> tasks = jdbc.sql("""
                select t.id, t.kind, t.title, t.target_value, t.target_unit, t.target_object, t.deadline, t.source_start,
                  t.status, u.short_name as lead, p.kind as parent_kind
                from task t left join unit u on u.id = t.lead_unit_id left join task p on p.id = t.parent_id
                where t.directive_id = ? order by t.id""").param(directive).query().listOfRows();
        long included = f.rows.stream().filter(r -> r.include).count();
        assertThat(tasks).hasSize((int) included);
        Map<String, Object> renewal = tasks.stream()
                .filter(t -> ((String) t.get("title")).startsWith("突出城市更新")).findFirst().orElseThrow();
        assertThat(renewal.get("kind")).isEqualTo("TASK");
        assertThat(renewal.get("parent_kind")).isEqualTo("AREA");
        assertThat(((java.math.BigDecimal) renewal.get("target_value")).intValue()).isEqualTo(120);
        assertThat(renewal.get("target_object")).isEqualTo("老旧小区改造");
        // The node's further targets come along, in order: the task carries all three.
        assertThat(jdbc.sql("select value::int || unit || object from task_target where task_id = ? order by seq")
                .param(renewal.get("id")).query(String.class).list())
                .containsExactly("22个社区健身中心建设", "1条精品特色街区");
        assertThat(renewal.get("lead")).isEqualTo("住建");
        assertThat(renewal.get("status")).isEqualTo("ASSIGNED");
        assertThat(renewal.get("source_start")).isNotNull();
        assertThat(tasks).anyMatch(t -> "MEASURE".equals(t.get("kind")) && "TASK".equals(t.get("parent_kind")));
        assertThat(tasks).anyMatch(t -> "宣传部".equals(t.get("lead"))
                && ((String) t.get("title")).startsWith("压实责任"));
        assertThat(jdbc.sql("select status from ingest_draft where id = ?").param(id).query(String.class).single())
                .isEqualTo("ACCEPTED");
        // The ledger's audit trail has the creation, by the 督查室 user.
        assertThat(jdbc.sql("select count(*) from audit_entry where directive_id = ?").param(directive)
                .query(Long.class).single()).isGreaterThan(included);

        // An accepted draft cannot be accepted again.
        mvc.perform(params(as(post("/ingest/" + id + "/accept"), "duchashi"), f)).andExpect(status().isConflict());
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"/seeds/000_f1020f61f9b13372.txt",
            "/seeds/001_1d2ef6058b9686a1.txt", "/seeds/003_4038ed84c9f06b6f.txt", "/seeds/004_802ff6a0af53e020.txt",
            "/ingest/samples/plan-traditional-gb18030.txt", "/ingest/samples/work-report.txt"})
    void everySpeechWeHaveGoesThroughWithTheDefaultsOnceOwnersArePicked(String resource) throws Exception {
        byte[] bytes;
        try (var in = getClass().getResourceAsStream(resource)) {
            bytes = in.readAllBytes();
        }
        long id = upload(bytes, "默认值转台账 " + resource.substring(resource.lastIndexOf('/') + 1));
        ReviewForm f = stored(id);
        assertThat(f.rows).isNotEmpty();
        if (DraftReview.shape(f.rows).isEmpty()) {
            // Nothing is a task by default (a plan of goals only): accepting as is asks for a choice.
            assertThat(accept(id, withOwners(stored(id), x -> { }), 400)).contains("请至少勾选一项纳入台账");
            f.rows.forEach(r -> r.include = true);
        }
        withOwners(f, x -> { });
        String url = accept(id, f, 302);
        long directive = Long.parseLong(url.substring("/directives/".length()));
        assertThat(jdbc.sql("select count(*) from task where directive_id = ?").param(directive).query(Long.class)
                .single()).isEqualTo(DraftReview.shape(f.rows).size());
    }

    @Test
    void aTaskWithoutItsUnitIsRefusedAndNothingIsCreated() throws Exception {
        long id = upload(DraftReviewTest.seed002(), "缺牵头单位的草稿");
        ReviewForm f = withOwners(stored(id), x -> row(x, "突出城市更新").leadUnitId = null);
        int index = f.rows.indexOf(row(f, "突出城市更新"));
        long directivesBefore = jdbc.sql("select count(*) from directive").query(Long.class).single();
        long tasksBefore = jdbc.sql("select count(*) from task").query(Long.class).single();
        String html = accept(id, f, 400);
        assertThat(html).contains("请选择牵头单位").contains("is-invalid")
                .contains("id=\"rows" + index + ".leadUnitId\"");
        // shown again with its three targets and one blank line to add a fourth, not with the blank line as a target
        assertThat(html).contains("name=\"rows[" + index + "].targets[3].value\"")
                .doesNotContain("name=\"rows[" + index + "].targets[4].value\"");
        assertThat(jdbc.sql("select count(*) from directive").query(Long.class).single()).isEqualTo(directivesBefore);
        assertThat(jdbc.sql("select count(*) from task").query(Long.class).single()).isEqualTo(tasksBefore);
        assertThat(jdbc.sql("select status from ingest_draft where id = ?").param(id).query(String.class).single())
                .isEqualTo("DRAFT");
    }

    @Test
    void savedEditsAreKeptAndTheLevelsFollowTheInclusion() throws Exception {
        long id = upload(DraftReviewTest.seed002(), "保存修改的草稿");
        ReviewForm f = stored(id);
        row(f, "明确目标").include = true; // 二、 back in: （一） becomes a task, 一是 a measure
        row(f, "突出城市更新").targets.get(0).object = "老旧小区";
        mvc.perform(params(as(post("/ingest/" + id), "duchashi"), f)).andExpect(status().is3xxRedirection());
        ReviewForm saved = stored(id);
        assertThat(row(saved, "明确目标").include).isTrue();
        assertThat(row(saved, "突出城市更新").targets.get(0).object).isEqualTo("老旧小区");
        assertThat(row(saved, "突出城市更新").notes).isNotEmpty(); // engine data kept, not taken from the request
        String page = mvc.perform(as(get("/ingest/" + id), "duchashi")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        String renewal = page.substring(page.indexOf("data-node=\"" + row(saved, "突出城市更新").nodeId + "\""));
        assertThat(renewal.substring(0, renewal.indexOf("row-level") + 60)).contains("举措");
        assertThat(jdbc.sql("select status from ingest_draft where id = ?").param(id).query(String.class).single())
                .isEqualTo("DRAFT");
    }

    @Test
    void aLedgerRuleBrokenOnTheLastRowRollsBackEverything() throws Exception {
        long id = upload(DraftReviewTest.seed002(), "末行违规的草稿");
        ReviewForm f = withOwners(stored(id), x -> {
            ReviewRow last = x.rows.get(x.rows.size() - 1);
            // only the ledger's rules know a target is not negative
            last.targets = new java.util.ArrayList<>(List.of(new ReviewRow.Target(new java.math.BigDecimal("-3"), "个",
                    null, null)));
        });
        long directivesBefore = jdbc.sql("select count(*) from directive").query(Long.class).single();
        String html = accept(id, f, 400);
        assertThat(html).contains("目标数值不能为负数");
        assertThat(jdbc.sql("select count(*) from directive").query(Long.class).single()).isEqualTo(directivesBefore);
    }

    @Test
    void onlyTheSupervisionOfficeMayIngest() throws Exception {
        mvc.perform(as(get("/ingest"), "zhujian")).andExpect(status().isForbidden());
        long before = drafts();
        mvc.perform(as(multipart("/ingest").file(new MockMultipartFile("file", "002.txt", "text/plain",
                DraftReviewTest.seed002())), "zhujian")).andExpect(status().isForbidden());
        assertThat(drafts()).isEqualTo(before);
        long id = upload(DraftReviewTest.seed002(), "单位用户不可见的草稿");
        mvc.perform(as(get("/ingest/" + id), "zhujian")).andExpect(status().isForbidden());
        mvc.perform(params(as(post("/ingest/" + id + "/accept"), "zhujian"), stored(id)))
                .andExpect(status().isForbidden());
    }

    @Test
    void unreadableFilesGetAClearMessageAndNothingIsStored() throws Exception {
        byte[] big = new byte[5 * 1024 * 1024 + 1];
        Arrays.fill(big, (byte) 'a');
        Map<String, byte[]> files = Map.of(
                "输入为空", new byte[0],
                "二进制文件", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1},
                "文件过大", big);
        for (var e : files.entrySet()) {
            long before = drafts();
            String html = mvc.perform(as(multipart("/ingest")
                            .file(new MockMultipartFile("file", "bad.txt", "text/plain", e.getValue())), "duchashi")
                            .param("issuer", "区委"))
                    .andExpect(status().isBadRequest()).andReturn().getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            assertThat(html).as(e.getKey()).contains("无法转换").contains(e.getKey());
            assertThat(drafts()).isEqualTo(before);
        }
        String none = mvc.perform(as(multipart("/ingest"), "duchashi")).andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(none).contains("请上传讲话文件");
    }

    @Test
    void pastedTextAndGb18030FilesAreDraftedToo() throws Exception {
        String text = new String(DraftReviewTest.seed002(), StandardCharsets.UTF_8);
        int cut = text.indexOf("二、");
        String withGap = text.substring(0, cut) + "……(新文秘网…省略981字…)……" + text.substring(cut);
        var pasted = mvc.perform(as(post("/ingest"), "duchashi").param("text", withGap).param("issuer", "区委").param("again", "true"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        ReviewForm f = stored(Long.parseLong(pasted.substring("/ingest/".length())));
        assertThat(f.rows).anyMatch(r -> !r.targets.isEmpty() && r.targets.get(0).value.intValue() == 115);
        assertThat(f.issuedOn).isNotNull(); // today when not given
        assertThat(mvc.perform(as(get(pasted), "duchashi")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("原文有省略（约981字）");

        long id = upload(text.getBytes(Charset.forName("GB18030")), "GB18030 草稿");
        assertThat(stored(id).rows).anyMatch(r -> r.title.startsWith("突出城市更新"));
    }

    /** issue 18: a Word file through the review page; its date and issuer from the document; a copy flagged. */
    @Test
    void aWordFileIsDraftedWithTheDocumentsOwnDateAndIssuerAndASecondCopyIsFlagged() throws Exception {
        byte[] docx = cn.luoshi.ingest.Documents.docx(List.of(
                cn.luoshi.ingest.Documents.Para.plain("东湖区人民政府关于老旧小区改造的工作部署（Word测试）"),
                cn.luoshi.ingest.Documents.Para.plain("东湖区人民政府"),
                cn.luoshi.ingest.Documents.Para.plain("2026年1月20日"),
                new cn.luoshi.ingest.Documents.Para("抓好老旧小区改造", 0),
                cn.luoshi.ingest.Documents.Para.plain("今年完成35个老旧小区改造，由区住建局牵头，各街道配合。"),
                new cn.luoshi.ingest.Documents.Para("新增公共停车泊位", 0),
                cn.luoshi.ingest.Documents.Para.plain("年底前新增公共停车泊位2000个，区城管局负责。")), List.of(), false);
        String url = mvc.perform(as(multipart("/ingest").file(new MockMultipartFile("file", "部署.docx",
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx)), "duchashi")
                        .param("level", "DISTRICT").param("kind", "SPEECH"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        ReviewForm f = stored(Long.parseLong(url.substring("/ingest/".length())));
        assertThat(f.title).isEqualTo("东湖区人民政府关于老旧小区改造的工作部署（Word测试）");
        assertThat(f.issuedOn).isEqualTo(java.time.LocalDate.of(2026, 1, 20));
        assertThat(f.issuer).isEqualTo("东湖区人民政府");
        assertThat(f.rows).extracting(r -> r.title).containsExactly("抓好老旧小区改造", "新增公共停车泊位");
        assertThat(f.rows.get(0).targets.get(0).value.intValue()).isEqualTo(35);

        long before = drafts();
        var again = mvc.perform(as(multipart("/ingest").file(new MockMultipartFile("file", "部署-副本.docx",
                        "application/octet-stream", docx)), "duchashi").param("level", "DISTRICT").param("kind", "SPEECH"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(again).contains("同样的讲话全文").contains("仍要再建一份");
        assertThat(drafts()).isEqualTo(before);
        mvc.perform(as(multipart("/ingest").file(new MockMultipartFile("file", "部署-副本.docx",
                        "application/octet-stream", docx)), "duchashi").param("level", "DISTRICT").param("kind", "SPEECH")
                        .param("again", "true"))
                .andExpect(status().is3xxRedirection());
        assertThat(drafts()).isEqualTo(before + 1);
    }

    @Test
    void aZipThatIsNoWordFileAndAScannedPdfGetClearMessages() throws Exception {
        long before = drafts();
        String zip = mvc.perform(as(multipart("/ingest").file(new MockMultipartFile("file", "讲话.docx",
                        "application/octet-stream", cn.luoshi.ingest.Documents.zipOf("a.csv", "1,2"))), "duchashi"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(zip).contains("不是 Word 文档");
        String scanned = mvc.perform(as(multipart("/ingest").file(new MockMultipartFile("file", "扫描.pdf",
                        "application/pdf", cn.luoshi.ingest.Documents.blankPdf(2))), "duchashi"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(scanned).contains("扫描件");
        assertThat(drafts()).isEqualTo(before);
    }
}
