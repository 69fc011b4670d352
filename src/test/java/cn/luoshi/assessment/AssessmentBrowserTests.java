package cn.luoshi.assessment;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import cn.luoshi.browser.Browser;
import cn.luoshi.org.OrgDirectory;
import cn.luoshi.support.LuoshiIntegrationTest;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 绩效考核 in a real browser: 住建's head opens the published result from the menu, sees only its own line, opens its
 * explanation (every line with how it was computed and the facts behind it), and tries a what-if; the 督查室 sees the
 * whole sheet with the diff of the appeal's version. Screenshots in target/screenshots/assessment-*.png.
 */
@LuoshiIntegrationTest
class AssessmentBrowserTests extends cn.luoshi.browser.BrowserTest {

    @Autowired
    OrgDirectory org;

    @Autowired
    AssessmentService assessment;

    /** The demo's published result (other tests in the shared context add schemes and runs of their own). */
    Run demoRun() {
        SchemeSummary demo = assessment.schemes().stream().filter(s -> s.version() == 1 && s.published())
                .filter(s -> s.title().contains("综合绩效考核办法")).reduce((a, b) -> a.year() >= b.year() ? a : b)
                .orElseThrow();
        return assessment.runs(demo.id()).stream().filter(Run::published).findFirst().orElseThrow();
    }

    @Test
    void explanationAndWhatIf() {
        Page unit = browser.loginAs("zhujian", "luoshi2026", false);
        unit.getByTestId("nav-special").click();
        unit.getByTestId("nav-assessment").click();
        assertThat(unit.locator("[data-testid=run-link]").first()).isVisible();
        Run run = demoRun();
        unit.navigate(browser.url("/assessment/runs/" + run.id()));
        assertThat(unit.getByTestId("score-sheet")).hasCount(1);
        assertThat(unit.locator("[data-testid=score-sheet] tbody tr")).hasCount(1);
        Browser.screenshot(unit, "assessment-1-unit-sheet");
        unit.getByTestId("unit-link").click();
        assertThat(unit.getByTestId("unit-name")).hasText("住建");
        assertThat(unit.getByTestId("lines")).containsText("民主测评得分");
        assertThat(unit.getByTestId("lines")).containsText("申诉采纳");
        String total = unit.getByTestId("total").textContent();
        Browser.screenshot(unit, "assessment-2-explanation");
        unit.getByTestId("whatif-survey").fill("100");
        unit.getByTestId("whatif-run").click();
        assertThat(unit.getByTestId("whatif-summary")).containsText("总分 " + total + " →");
        assertThat(unit.getByTestId("whatif-total")).not().hasText(total);
        assertThat(unit.getByTestId("whatif-result")).containsText("试算结果未保存");
        Browser.screenshot(unit, "assessment-3-what-if");
        unit.reload();
        assertThat(unit.getByTestId("total")).hasText(total);

        Page office = browser.loginAs("duchashi", "luoshi2026", false);
        office.navigate(browser.url("/assessment/runs/" + run.id()));
        assertThat(office.getByTestId("score-sheet")).hasCount(3);
        assertThat(office.getByTestId("changes")).containsText("住建：民主测评得分");
        Browser.screenshot(office, "assessment-4-office-sheet");
        office.navigate(browser.url("/assessment/schemes/" + run.schemeId()));
        Browser.screenshot(office, "assessment-5-scheme");
        assertThat(office.getByTestId("scheme-status")).hasText("已发布");
        assertThat(org.units()).isNotEmpty();
    }
}
