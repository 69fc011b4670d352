package cn.luoshi.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luoshi.org.CurrentUser;
import cn.luoshi.org.Role;
import cn.luoshi.support.Api;
import cn.luoshi.support.CountingDataSource;
import cn.luoshi.support.LedgerFixture;
import cn.luoshi.support.LuoshiIntegrationTest;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Tasks by tag: one statement for the whole list, areas left out, names joined in, the caller's scope applied. */
@LuoshiIntegrationTest
class TaggedTaskQueryTests {

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Autowired
    Countdowns countdowns;

    CountingDataSource counting;
    TaggedTaskQuery query;
    LedgerFixture fixture;

    static final CurrentUser OFFICE = new CurrentUser(1, "duchashi", "孙丽", Role.SUPERVISOR, null, null);

    @BeforeEach
    void setUp() {
        counting = new CountingDataSource(dataSource);
        query = new TaggedTaskQuery(JdbcClient.create(counting.dataSource()), countdowns);
        fixture = new LedgerFixture(port);
    }

    long tagged(long directive, String title, String unit, String tag) {
        Map<String, Object> body = fixture.taskBody(title, unit);
        body.put("tags", List.of(tag, "其他标签"));
        Api.Response r = fixture.supervisor().post("/api/directives/" + directive + "/tasks", body);
        assertThat(r.status()).as(r.raw()).isEqualTo(201);
        return r.id();
    }

    @Test
    void allTaggedTasksComeInOneStatementWithNamesAndLightsButNoAreas() {
        String tag = "标签查询测试" + System.nanoTime();
        long d = fixture.directive("标签查询来源");
        Api.Response area = fixture.supervisor().post("/api/directives/" + d + "/tasks",
                Map.of("kind", "AREA", "title", "标签查询方面", "tags", List.of(tag)));
        assertThat(area.status()).as(area.raw()).isEqualTo(201);
        long a = tagged(d, "标签查询任务一", "住建", tag);
        long b = tagged(d, "标签查询任务二", "发改", tag);
        long c = tagged(d, "标签查询任务三", "住建", tag);
        fixture.task("标签查询未标注", "住建");

        counting.take();
        TaggedTasks all = query.withTag(tag, OFFICE);
        assertThat(counting.take()).isEqualTo(1);
        assertThat(all.items()).extracting(TaggedTasks.Item::id).containsExactly(a, b, c);
        TaggedTasks.Item first = all.items().get(0);
        assertThat(first.leadUnitShortName()).isEqualTo("住建");
        assertThat(first.leadUnitFullName()).isEqualTo("区住房和城乡建设局");
        assertThat(first.coUnitFullNames()).containsExactly("区财政局");
        assertThat(first.targetText()).isEqualTo("10个项目（今年）");
        assertThat(first.status()).isEqualTo(TaskStatus.ASSIGNED);
        assertThat(first.light()).isNotNull();
        assertThat(first.lightLabel()).endsWith("灯");
        assertThat(query.withTag("没有这个标签" + System.nanoTime(), OFFICE).items()).isEmpty();
    }

    @Test
    void aUnitUserSeesOnlyTheTaggedTasksInItsScope() {
        String tag = "标签范围测试" + System.nanoTime();
        long d = fixture.directive("标签范围来源");
        long zhujian = tagged(d, "标签范围住建", "住建", tag);
        long fagai = tagged(d, "标签范围发改", "发改", tag);
        CurrentUser unit = new CurrentUser(2, "fagai", "吴磊", Role.UNIT_HEAD, fixture.unitId("发改"), "发改");
        assertThat(query.withTag(tag, unit).items()).extracting(TaggedTasks.Item::id).containsExactly(fagai);
        assertThat(query.one(tag, zhujian, unit)).isEmpty();
        assertThat(query.one(tag, fagai, unit)).isPresent();
        assertThat(query.one("别的标签", fagai, OFFICE)).isEmpty();
    }
}
