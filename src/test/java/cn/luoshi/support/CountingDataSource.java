package cn.luoshi.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/** Wraps a DataSource and counts the SQL statements prepared or created through it. */
public final class CountingDataSource {

    private static final Set<String> STATEMENT_METHODS = Set.of("prepareStatement", "createStatement", "prepareCall");

    private final AtomicInteger statements = new AtomicInteger();
    private final DataSource proxy;

    public CountingDataSource(DataSource target) {
        this.proxy = (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class},
                (p, m, a) -> {
                    Object r = invoke(target, m, a);
                    return r instanceof Connection c ? connection(c) : r;
                });
    }

    private Connection connection(Connection target) {
        InvocationHandler h = (p, m, a) -> {
            if (STATEMENT_METHODS.contains(m.getName())) {
                statements.incrementAndGet();
            }
            return invoke(target, m, a);
        };
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class}, h);
    }

    private static Object invoke(Object target, java.lang.reflect.Method m, Object[] a) throws Throwable {
        try {
            return m.invoke(target, a);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    public DataSource dataSource() {
        return proxy;
    }

    /** Statements since the last call. */
    public int take() {
        return statements.getAndSet(0);
    }
}
