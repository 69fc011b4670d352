package cn.luoshi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import cn.luoshi.support.Api;
import cn.luoshi.support.LuoshiIntegrationTest;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The demo's 城市提质 speech on its directive page: the task 突出城市更新 shows all three of its targets in the tree,
 * on a desktop and on a phone. Screenshots: target/screenshots/directive-tree-*.png.
 */
@LuoshiIntegrationTest
class DirectiveTreeBrowserTests extends BrowserTest {

    @Test
    void theTreeShowsEveryTargetOfATask() {
        Api office = Api.as(port, "duchashi");
        // The demo's (the first created: other tests take the same speech through 讲话转台账 again).
        JsonNode task = null;
        for (JsonNode r : office.get("/api/tasks?text=" + java.net.URLEncoder.encode("突出城市更新",
                java.nio.charset.StandardCharsets.UTF_8) + "&size=50").body().get("rows")) {
            if (task == null || r.get("id").asLong() < task.get("id").asLong()) {
                task = office.get("/api/tasks/" + r.get("id").asLong()).body();
            }
        }
        org.assertj.core.api.Assertions.assertThat(task).as("the demo task with three targets").isNotNull();
        for (boolean phone : new boolean[] {false, true}) {
            Page page = browser.loginAs("duchashi", Api.DEMO_PASSWORD, phone);
            page.navigate(browser.url("/directives/" + task.get("directiveId").asLong()));
            Locator node = page.getByTestId("tree-node").filter(new Locator.FilterOptions()
                    .setHasText(task.get("title").asString()));
            assertThat(node.getByTestId("tree-target")).hasCount(task.get("targets").size());
            assertThat(node.getByTestId("tree-targets"))
                    .containsText("目标：115个老旧小区改造（今年）；22个社区健身中心建设（今年）；5条精品特色街区（今年）");
            Browser.screenshot(page, phone ? "directive-tree-phone" : "directive-tree");
            page.context().close();
        }
    }
}
