package cn.luoshi.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

/** One chromium per test class, against the application on its random port. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BrowserTest {

    @LocalServerPort
    protected int port;

    protected Browser browser;

    @BeforeAll
    protected void startBrowser() {
        browser = new Browser(port);
    }

    @AfterAll
    protected void stopBrowser() {
        browser.close();
    }
}
