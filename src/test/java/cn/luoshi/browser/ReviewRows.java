package cn.luoshi.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import java.nio.file.Path;

/** The review page of 讲话转台账 as the browser tests see it: a row by its title, and a shot of what is on screen. */
final class ReviewRows {

    private ReviewRows() {}

    /** The review row whose title starts with {@code titleStart}. */
    static Locator row(Page page, String titleStart) {
        return page.locator("[data-testid=review-row]:has(input[name$='.title'][value^='" + titleStart + "'])");
    }

    /** What the screen shows around {@code at} (the full-page shots of the long review page are too tall to read). */
    static void view(Page page, Locator at, String name) {
        at.scrollIntoViewIfNeeded();
        Path file = Browser.screenshot(page, name); // makes the folder
        page.screenshot(new Page.ScreenshotOptions().setPath(file.resolveSibling(name + "-view.png")));
    }
}
