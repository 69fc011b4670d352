package cn.luoshi.search;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luoshi.bulletins.Bulletin;
import cn.luoshi.bulletins.BulletinEditForm;
import cn.luoshi.bulletins.BulletinForm;
import cn.luoshi.bulletins.BulletinService;
import cn.luoshi.bulletins.PeriodKind;
import cn.luoshi.common.SearchHit;
import cn.luoshi.common.SearchHits;
import cn.luoshi.org.CurrentUser;
import cn.luoshi.org.OrgDirectory;
import cn.luoshi.org.UserAccount;
import cn.luoshi.support.Api;
import cn.luoshi.support.LedgerFixture;
import cn.luoshi.support.LuoshiIntegrationTest;
import cn.luoshi.support.TestClock;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * 全文检索 (issue 12): every kind is found by a word in the middle of its text; a unit finds only what its own lists
 * show (not another unit's tasks, reports, problems or 督办单, nor the 督查室's draft 通报); a one-character query gets a
 * clear message; the page marks the words and links each hit to its record.
 */
@LuoshiIntegrationTest
class SearchTests {

    private static final AtomicInteger SEQ = new AtomicInteger();

    @LocalServerPort
    int port;

    @Autowired
    SiteSearch search;

    @Autowired
    BulletinService bulletins;

    @Autowired
    OrgDirectory org;

    /** A word no demo record contains: 4 Chinese characters and a number, different for every call. */
    private static String uniqueWord() {
        return "鹭洲湾段" + (System.nanoTime() % 100_000) + SEQ.incrementAndGet();
    }

    CurrentUser as(String username) {
        UserAccount a = org.users().stream().filter(u -> u.username().equals(username)).findFirst().orElseThrow();
        return new CurrentUser(a.id(), a.username(), a.displayName(), a.role(), a.unitId(), a.unitName());
    }

    private Map<SearchKind, SearchHits> find(String q, String user) {
        return search.overview(search.parse(q), as(user));
    }

    private static List<String> hrefs(SearchHits hits) {
        return hits.hits().stream().map(SearchHit::href).toList();
    }

    /** A task of {@code unit} whose content carries {@code word}, accepted, with a report and a problem carrying it. */
    private record Work(long task, long problem, long order) {
    }

    private Work work(LedgerFixture fx, String word, String unit, String unitUser) {
        Api office = fx.supervisor();
        LocalDate today = TestClock.today();
        long d = fx.directive("检索测试来源" + SEQ.incrementAndGet());
        Map<String, Object> body = fx.taskBody("老城区排水改造" + SEQ.incrementAndGet(), unit);
        body.put("description", "完成老城区" + word + "排水管网改造");
        body.put("coUnitIds", List.of());
        body.put("startDate", today.minusDays(100).toString());
        body.put("deadline", today.plusDays(30).toString());
        Api.Response t = office.post("/api/directives/" + d + "/tasks", body);
        assertThat(t.status()).as(t.raw()).isEqualTo(201);
        long task = t.id();
        fx.accept(task, unitUser);
        Api.Response o = office.post("/api/supervision/orders", Map.of("taskId", task,
                "basis", "该任务" + word + "进度严重滞后", "requirement", "五个工作日内报送整改措施", "responseDays", 5,
                "signer", "孙丽"));
        assertThat(o.status()).as(o.raw()).isEqualTo(201);
        Api.Response r = Api.as(port, unitUser).post("/api/tasks/" + task + "/reports", Map.of(
                "reportedOn", today.toString(), "cumulative", 1,
                "narrative", "本月完成" + word + "管网铺设三百米", "needsCoordination", false));
        assertThat(r.status()).as(r.raw()).isIn(200, 201);
        Api.Response p = office.post("/api/tasks/" + task + "/problems", Map.of("description",
                "施工遇到" + word + "地下管线迁改", "ownerUnitId", fx.unitId(unit), "status", "OPEN"));
        assertThat(p.status()).as(p.raw()).isEqualTo(201);
        return new Work(task, p.id(), o.id());
    }

    @Test
    void everyKindIsFoundByAWordInTheMiddleOfItsText() {
        LedgerFixture fx = new LedgerFixture(port);
        String word = uniqueWord();
        Api office = fx.supervisor();
        Api.Response d = office.post("/api/directives", Map.of("title", "城市提质工作会议讲话" + SEQ.incrementAndGet(),
                "issuedOn", "2026-02-10", "issuer", "区委书记", "level", "DISTRICT", "kind", "SPEECH",
                "body", "同志们：今年要把" + word + "片区的改造作为重中之重。"));
        assertThat(d.status()).as(d.raw()).isEqualTo(201);
        Work w = work(fx, word, "住建", "zhujian");
        BulletinForm f = new BulletinForm();
        f.periodKind = PeriodKind.MONTH;
        f.month = YearMonth.from(TestClock.today()).toString();
        Bulletin draft = bulletins.generate(f, as("duchashi"));
        BulletinEditForm e = new BulletinEditForm();
        e.title = draft.title();
        e.requirements = "各单位要加快" + word + "片区改造进度。";
        e.version = draft.version();
        bulletins.edit(draft.id(), e, as("duchashi"));

        Map<SearchKind, SearchHits> found = find(word, "duchashi");
        assertThat(hrefs(found.get(SearchKind.DIRECTIVE))).containsExactly("/directives/" + d.id());
        assertThat(hrefs(found.get(SearchKind.TASK))).containsExactly("/tasks/" + w.task());
        assertThat(hrefs(found.get(SearchKind.REPORT))).containsExactly("/tasks/" + w.task() + "#reports");
        assertThat(hrefs(found.get(SearchKind.PROBLEM))).containsExactly("/tasks/" + w.task() + "#problems");
        assertThat(hrefs(found.get(SearchKind.ORDER))).containsExactly("/supervision/orders/" + w.order());
        assertThat(hrefs(found.get(SearchKind.BULLETIN))).containsExactly("/bulletins/" + draft.id());
        found.values().forEach(h -> assertThat(h.count()).isEqualTo(1));
        SearchHit report = found.get(SearchKind.REPORT).hits().get(0);
        assertThat(report.unit()).isEqualTo("住建");
        assertThat(report.date()).isEqualTo(TestClock.today());
        assertThat(report.snippet()).anySatisfy(part -> {
            assertThat(part.marked()).isTrue();
            assertThat(part.text()).isEqualTo(word);
        });

        // Two words, both required (并且): the task's lead unit's name and a word of its text.
        assertThat(hrefs(find("住建 " + word, "duchashi").get(SearchKind.TASK))).containsExactly("/tasks/" + w.task());
        assertThat(find("发改 " + word, "duchashi").get(SearchKind.TASK).count()).isZero();
        // A two-character piece of the word (the bigram index serves words of two characters).
        assertThat(hrefs(find(word.substring(4, 6) + " " + word.substring(0, 2), "duchashi").get(SearchKind.TASK)))
                .contains("/tasks/" + w.task());

        // The page: grouped by kind with counts, the word marked, each hit linking to its record.
        String html = page(Api.as(port, "duchashi"), word);
        assertThat(html).contains("指示/讲话").contains("进展报告").contains("督办单").contains("通报")
                .contains("<mark>" + word + "</mark>")
                .contains("href=\"/tasks/" + w.task() + "#reports\"")
                .contains("href=\"/supervision/orders/" + w.order() + "\"");
    }

    @Test
    void aUnitFindsOnlyWhatItsOwnListsShow() {
        LedgerFixture fx = new LedgerFixture(port);
        String word = uniqueWord();
        Work zhujian = work(fx, word, "住建", "zhujian");
        Work fagai = work(fx, word, "发改", "fagai");
        BulletinForm f = new BulletinForm();
        f.periodKind = PeriodKind.MONTH;
        f.month = YearMonth.from(TestClock.today()).toString();
        Bulletin draft = bulletins.generate(f, as("duchashi"));
        BulletinEditForm e = new BulletinEditForm();
        e.title = draft.title();
        e.requirements = "督促" + word + "片区改造。";
        e.version = draft.version();
        bulletins.edit(draft.id(), e, as("duchashi"));

        Map<SearchKind, SearchHits> mine = find(word, "zhujian");
        assertThat(hrefs(mine.get(SearchKind.TASK))).containsExactly("/tasks/" + zhujian.task());
        assertThat(hrefs(mine.get(SearchKind.REPORT))).containsExactly("/tasks/" + zhujian.task() + "#reports");
        assertThat(hrefs(mine.get(SearchKind.PROBLEM))).containsExactly("/tasks/" + zhujian.task() + "#problems");
        assertThat(hrefs(mine.get(SearchKind.ORDER))).containsExactly("/supervision/orders/" + zhujian.order());
        assertThat(mine.get(SearchKind.BULLETIN).count()).as("a draft 通报 is the 督查室's own").isZero();

        Map<SearchKind, SearchHits> theirs = find(word, "fagai");
        assertThat(hrefs(theirs.get(SearchKind.TASK))).containsExactly("/tasks/" + fagai.task());
        assertThat(hrefs(theirs.get(SearchKind.ORDER))).containsExactly("/supervision/orders/" + fagai.order());

        // A word naming the other unit finds none of its work for a unit user; the 督查室 sees both units' work.
        assertThat(find("发改 " + word, "zhujian").get(SearchKind.TASK).count()).isZero();
        Map<SearchKind, SearchHits> all = find(word, "duchashi");
        assertThat(all.get(SearchKind.TASK).count()).isEqualTo(2);
        assertThat(all.get(SearchKind.REPORT).count()).isEqualTo(2);
        assertThat(all.get(SearchKind.ORDER).count()).isEqualTo(2);
        assertThat(all.get(SearchKind.BULLETIN).count()).isEqualTo(1);
        assertThat(find(word, "lingdao").get(SearchKind.TASK).count()).isEqualTo(2);

        // Through the page, too: the other unit's task is not there; the public gets the sign-in page.
        String html = page(Api.as(port, "zhujian"), word);
        assertThat(html).contains("/tasks/" + zhujian.task()).doesNotContain("/tasks/" + fagai.task() + "\"")
                .doesNotContain("/supervision/orders/" + fagai.order() + "\"");
        var anonymous = Api.anonymous(port).download("/search?q=" + java.net.URLEncoder.encode(word,
                StandardCharsets.UTF_8));
        assertThat(new String(anonymous.body(), StandardCharsets.UTF_8)).doesNotContain(word);
        assertThat(anonymous.statusCode()).isIn(302, 401);
    }

    @Test
    void aOneCharacterQueryIsAnsweredWithAClearMessage() {
        String html = page(Api.as(port, "duchashi"), "路");
        assertThat(html).contains("请至少输入两个字").doesNotContain("data-testid=\"search-hit\"");
        assertThat(search.parse("路 桥").problem()).contains("请至少输入两个字");
        assertThat(find("路", "duchashi").values()).allSatisfy(h -> assertThat(h.count()).isZero());
        assertThat(page(Api.as(port, "duchashi"), "")).doesNotContain("search-problem");
        assertThat(page(Api.as(port, "duchashi"), uniqueWord())).contains("data-testid=\"search-nothing\"")
                .doesNotContain("data-testid=\"search-hit\"");
    }

    @Test
    void moreOfOneKindPagesThroughItsHits() {
        LedgerFixture fx = new LedgerFixture(port);
        String word = uniqueWord();
        for (int i = 0; i < 7; i++) {
            work(fx, word, "住建", "zhujian");
        }
        SearchHits tasks = find(word, "duchashi").get(SearchKind.TASK);
        assertThat(tasks.hits()).hasSize(SiteSearch.PER_KIND);
        assertThat(tasks.count()).isEqualTo(7);
        String html = page(Api.as(port, "duchashi"), word);
        assertThat(html).contains("data-testid=\"kind-more\"");
        String more = new String(Api.as(port, "duchashi").download("/search?kind=TASK&q="
                + java.net.URLEncoder.encode(word, StandardCharsets.UTF_8)).body(), StandardCharsets.UTF_8);
        assertThat(more.split("data-testid=\"search-hit\"", -1)).hasSize(8);
    }

    private String page(Api api, String q) {
        var r = api.download("/search?q=" + java.net.URLEncoder.encode(q, StandardCharsets.UTF_8));
        assertThat(r.statusCode()).isEqualTo(200);
        return new String(r.body(), StandardCharsets.UTF_8);
    }
}
