package cn.luoshi.common.db;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luoshi.LuoshiApplication;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The embedded database as an operator meets it: durable settings, data that survives a restart, a clean start after
 * the JVM was killed with -9, and the same schema on any external PostgreSQL given by URL.
 */
@Tag("integration")
class DatabaseLifecycleTests {

    @TempDir
    Path dataDir;

    /** Command-line arguments, as an operator would pass them: they outrank application.yml. */
    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(LuoshiApplication.class).web(WebApplicationType.SERVLET)
                .run("--luoshi.embedded-db.data-dir=" + dataDir.resolve("pg"), "--luoshi.demo-data=false",
                        "--server.port=0", "--luoshi.admin.password=lifecycle-pw");
    }

    @Test
    void theEmbeddedDatabaseIsDurableAndKeepsItsDataAcrossARestart() {
        try (var ctx = start()) {
            JdbcClient jdbc = ctx.getBean(JdbcClient.class);
            assertThat(jdbc.sql("show fsync").query(String.class).single()).isEqualTo("on");
            assertThat(jdbc.sql("show synchronous_commit").query(String.class).single()).isEqualTo("on");
            assertThat(jdbc.sql("show full_page_writes").query(String.class).single()).isEqualTo("on");
            jdbc.sql("insert into unit (type, short_name, full_name) values ('DEPARTMENT', '测试', '区测试局')").update();
        }
        // Spring closed the pool, then stopped PostgreSQL: no server is left holding the directory.
        assertThat(dataDir.resolve("pg/postmaster.pid")).doesNotExist();
        try (var ctx = start()) {
            JdbcClient jdbc = ctx.getBean(JdbcClient.class);
            assertThat(jdbc.sql("select full_name from unit").query(String.class).list()).containsExactly("区测试局");
            assertThat(jdbc.sql("select count(*) from app_user where role = 'ADMIN'").query(Long.class).single())
                    .as("the admin is created once").isEqualTo(1);
        }
    }

    @Test
    void afterTheJvmIsKilledTheNextStartStopsTheOrphanedServerAndKeepsTheData() throws Exception {
        Path pg = dataDir.resolve("pg");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                LuoshiApplication.class.getName(), "--server.port=0", "--luoshi.embedded-db.data-dir=" + pg,
                "--luoshi.demo-data=false", "--luoshi.admin.password=killed-pw")
                .redirectErrorStream(true).start();
        try (var out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            String line;
            boolean started = false;
            while (System.nanoTime() < deadline && (line = out.readLine()) != null) {
                if (line.contains("Started LuoshiApplication")) {
                    started = true;
                    break;
                }
            }
            assertThat(started).as("child application started").isTrue();
            child.destroyForcibly(); // SIGKILL: no shutdown hooks run
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        long orphan = Long.parseLong(Files.readAllLines(pg.resolve("postmaster.pid")).get(0).trim());
        assertThat(OrphanedPostmaster.isRunning(orphan)).as("postmaster outlived its JVM").isTrue();

        try (var ctx = start()) {
            JdbcClient jdbc = ctx.getBean(JdbcClient.class);
            assertThat(jdbc.sql("select count(*) from app_user where role = 'ADMIN'").query(Long.class).single())
                    .isEqualTo(1);
            assertThat(OrphanedPostmaster.isRunning(orphan)).as("the orphan was stopped").isFalse();
        }
    }

    @Test
    void anyExternalPostgresByUrlGetsTheWholeSchemaFromAnEmptyDatabase() throws Exception {
        try (EmbeddedPostgres other = EmbeddedPostgres.builder().setDataDirectory(dataDir.resolve("external"))
                .setCleanDataDirectory(true).start()) {
            try (var c = other.getPostgresDatabase().getConnection(); var st = c.createStatement()) {
                st.execute("create database second_db");
                st.execute("create user luoshi_app password 'ext-pw'");
                st.execute("alter database second_db owner to luoshi_app");
            }
            String url = "jdbc:postgresql://localhost:" + other.getPort() + "/second_db";
            try (var ctx = new SpringApplicationBuilder(LuoshiApplication.class).web(WebApplicationType.SERVLET)
                    .run("--spring.datasource.url=" + url, "--spring.datasource.username=luoshi_app",
                            "--spring.datasource.password=ext-pw", "--luoshi.admin.password=ext-admin-pw",
                            "--server.port=0")) {
                assertThat(ctx.getBeansOfType(EmbeddedPostgresServer.class)).as("no embedded server started").isEmpty();
                JdbcClient jdbc = ctx.getBean(JdbcClient.class);
                assertThat(jdbc.sql("select current_database()").query(String.class).single()).isEqualTo("second_db");
                assertThat(jdbc.sql("select count(*) from flyway_schema_history where success").query(Long.class)
                        .single()).isGreaterThanOrEqualTo(4);
                // The five speeches, and the directives the modules' demos file their tasks under (重点项目 …).
                assertThat(jdbc.sql("select count(*) from directive").query(Long.class).single())
                        .as("demo data loaded into the empty database").isGreaterThanOrEqualTo(5);
            }
        }
    }
}
