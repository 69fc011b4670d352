package cn.luoshi.minsheng;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luoshi.ledger.TaggedTaskQuery;
import cn.luoshi.ledger.TaggedTasks;
import cn.luoshi.ledger.Target;
import cn.luoshi.ledger.TaskService;
import cn.luoshi.org.SystemUser;
import cn.luoshi.support.LuoshiIntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo's first publication (第1期, published on start from the demo ledger): every 民生实事 task with a quantified
 * target is in it, and every published item has a public note naming all its task's targets and an investment.
 */
@LuoshiIntegrationTest
class MinshengDemoPublicationTests {

    @Autowired
    MinshengService minsheng;

    @Autowired
    TaggedTaskQuery tagged;

    @Autowired
    TaskService tasks;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyPublishedDemoItemHasANoteNamingAllItsTargetsAndAnInvestment() {
        Publication demo = minsheng.publication(1, SystemUser.INSTANCE);
        assertThat(demo.publishedBy()).isEqualTo("系统");
        // The tagged tasks with a quantified target that existed when the demo published (other tests add more later),
        // whatever their titles say.
        List<Long> before = jdbc.sql("select id from task where created_at <= ?")
                .param(java.sql.Timestamp.from(demo.publishedAt())).query(Long.class).list();
        List<Long> quantified = tagged.withTag(MinshengService.TAG, SystemUser.INSTANCE).items().stream()
                .filter(t -> t.target() != null && before.contains(t.id())).map(TaggedTasks.Item::id).toList();
        assertThat(quantified).hasSizeGreaterThanOrEqualTo(2);
        assertThat(demo.items()).extracting(PublishedItem::taskId).containsAll(quantified);
        for (PublishedItem i : demo.items()) {
            List<Target> targets = tasks.get(i.taskId(), SystemUser.INSTANCE).targets();
            assertThat(i.note()).as("note of %s", i.title()).isNotBlank();
            for (Target g : targets) {
                assertThat(i.note()).as("note of %s", i.title())
                        .contains(g.value().stripTrailingZeros().toPlainString() + g.unit() + g.object());
            }
            assertThat(i.title()).as("titled by what it builds").isEqualTo(MinshengDemoData.title(targets));
            assertThat(i.plannedInvestment()).as("investment of %s", i.title()).isPositive();
            assertThat(i.completedInvestment()).isNotNull();
        }
    }
}
