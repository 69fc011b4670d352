package cn.luoshi.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

/** One chromium per test class, against the application on its random port. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserTest {

    @LocalServerPort
    int port;

    Browser browser;

    @BeforeAll
    void startBrowser() {
        browser = new Browser(port);
    }

    @AfterAll
    void stopBrowser() {
        browser.close();
    }
}
