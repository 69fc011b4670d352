package cn.luoshi.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The whole application on a real embedded PostgreSQL in a throwaway directory, served on a random port, with the
 * demo data loaded. All classes with this annotation share one context (and one database), so each test creates
 * the records it asserts on.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "luoshi.embedded-db.data-dir=${java.io.tmpdir}/luoshi-test-${random.uuid}",
        "luoshi.embedded-db.ephemeral=true",
        "luoshi.embedded-db.durable=false",
        "luoshi.admin.password=admin-test-pw",
        "luoshi.demo-data=true",
        "server.shutdown=immediate"})
@AutoConfigureMockMvc
public @interface LuoshiIntegrationTest {
}
