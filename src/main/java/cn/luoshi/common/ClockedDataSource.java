package cn.luoshi.common;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Tells the database the application's clock. SQL takes "now" from {@code luoshi_now()} (migration V0_001), which is
 * the transaction's start unless the session says otherwise. When the injected {@link Clock} is not the system clock —
 * a test pins the day, a benchmark moves to the next working day — every connection handed out first sets
 * {@code luoshi.now} to the clock's instant, so rows written by SQL, the lights and the bulletins agree on one "now".
 * With the system clock nothing is wrapped and nothing is paid.
 */
public final class ClockedDataSource extends DelegatingDataSource implements AutoCloseable {

    private final Clock clock;

    ClockedDataSource(DataSource target, Clock clock) {
        super(target);
        this.clock = clock;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return told(super.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return told(super.getConnection(username, password));
    }

    private Connection told(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select set_config('luoshi.now', ?, false)")) {
            ps.setString(1, clock.instant().toString());
            ps.execute();
            return c;
        } catch (SQLException | RuntimeException e) {
            c.close();
            throw e;
        }
    }

    @Override
    public void close() throws Exception {
        if (getTargetDataSource() instanceof AutoCloseable closeable) {
            closeable.close();
        }
    }

    /** Whether {@code clock} is the machine's own (then SQL's now() already agrees with it). */
    static boolean isSystem(Clock clock) {
        return clock.getClass().getName().equals(Clock.systemUTC().getClass().getName());
    }

    /** Wraps the application's DataSource when the clock is not the system clock. */
    static final class Wrapper implements BeanPostProcessor {

        private final ObjectProvider<Clock> clock;

        Wrapper(ObjectProvider<Clock> clock) {
            this.clock = clock;
        }

        @Override
        public Object postProcessAfterInitialization(Object bean, String name) {
            if (bean instanceof DataSource ds && !(bean instanceof ClockedDataSource)) {
                Clock c = clock.getObject();
                if (!isSystem(c)) {
                    return new ClockedDataSource(ds, c);
                }
            }
            return bean;
        }
    }
}
