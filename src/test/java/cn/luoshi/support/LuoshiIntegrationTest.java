package cn.luoshi.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The whole application on a real embedded PostgreSQL in a throwaway directory, served on a random port, with the
 * demo data loaded. All classes with this annotation share one context (and one database), so each test creates
 * the records it asserts on. "Now" is {@link TestClock}, never the machine's date. Tagged {@code integration}: run
 * by {@code ./mvnw verify} (Failsafe), not by the fast {@code ./mvnw test}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "luoshi.embedded-db.data-dir=${java.io.tmpdir}/luoshi-test-${random.uuid}",
        "luoshi.embedded-db.ephemeral=true",
        "luoshi.embedded-db.durable=false",
        "luoshi.admin.password=admin-test-pw",
        "luoshi.demo-data=true",
        "luoshi.scheduling.enabled=false",
        "luoshi.security.bcrypt-strength=4",
        // 序时进度 from the start date alone: the fixtures light tasks by backdated start dates on tasks assigned
        // today (the shipped default, ASSIGNED, is unit-tested in ScheduleStartTest and BulletinCountsScheduleFromTest).
        "luoshi.lights.schedule-from=START",
        // the Open311 kit's api key: POST requests.json without it is refused (403), as the kit checks
        "luoshi.requests.open311.api-key=3f9c2a7e-test-key",
        "server.shutdown=immediate"})
@AutoConfigureMockMvc
@Import(TestClockConfig.class)
@Tag("integration")
public @interface LuoshiIntegrationTest {
}
