package cn.luoshi.browser;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

/**
 * Debian's chromium driven by Playwright, as the workplace runs it: no browser download, no background networking.
 * One browser per test class; a fresh context (cookies, session) per user.
 */
public final class Browser implements AutoCloseable {

    static final Path SCREENSHOTS = Paths.get("target", "screenshots");

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser browser;
    private final int port;

    public Browser(int port) {
        this.port = port;
        this.playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        this.browser = playwright.chromium().launch(launchOptions());
    }

    /** Debian's chromium (or LUOSHI_CHROMIUM), headless, without the background networking this workplace refuses. */
    public static BrowserType.LaunchOptions launchOptions() {
        String chromium = System.getenv().getOrDefault("LUOSHI_CHROMIUM", "/usr/bin/chromium");
        return new BrowserType.LaunchOptions().setExecutablePath(Paths.get(chromium)).setHeadless(true)
                .setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync"));
    }

    /** A new page nobody has signed in on yet, at 1366×900, on the login page. */
    public Page atLogin() {
        Page page = browser.newContext(new NewContextOptions().setLocale("zh-CN").setViewportSize(1366, 900))
                .newPage();
        page.setDefaultTimeout(15_000);
        page.navigate(url("/login"));
        return page;
    }

    /** A new signed-in page for {@code user} (demo password), at 1366×900 or a phone's 390×844. */
    public Page loginAs(String user, String password, boolean phone) {
        Page page = browser.newContext(new NewContextOptions().setLocale("zh-CN")
                .setViewportSize(phone ? 390 : 1366, phone ? 844 : 900)).newPage();
        page.setDefaultTimeout(15_000);
        page.navigate(url("/login"));
        page.fill("#username", user);
        page.fill("#password", password);
        page.click("button[type=submit]"); // the login page has no navbar
        page.waitForURL(url("/"));
        return page;
    }

    public String url(String path) {
        return "http://localhost:" + port + path;
    }

    public static Path screenshot(Page page, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        Path file = SCREENSHOTS.resolve(name + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        return file;
    }

    /** A fresh context (its own cookies) on the shared chromium, for tests that set it up themselves. */
    public com.microsoft.playwright.BrowserContext newContext(NewContextOptions options) {
        return browser.newContext(options);
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
