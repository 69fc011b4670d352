package cn.luoshi.reminders;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * With the demo data, one pass right after it is loaded, so the bell has something to show on first login. Only
 * when no pass has run yet (idempotent across restarts).
 */
@Component
@Order(20)
class DemoReminders implements ApplicationRunner {

    private final boolean enabled;
    private final JdbcClient jdbc;
    private final ReminderPass pass;

    DemoReminders(@Value("${luoshi.demo-data:true}") boolean enabled, JdbcClient jdbc, ReminderPass pass) {
        this.enabled = enabled;
        this.jdbc = jdbc;
        this.pass = pass;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (enabled && !jdbc.sql("select exists(select 1 from reminder_pass)").query(Boolean.class).single()) {
            pass.run(PassTrigger.STARTUP, "演示数据");
        }
    }
}
