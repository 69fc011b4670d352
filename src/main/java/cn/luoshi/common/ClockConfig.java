package cn.luoshi.common;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for "today" in China; tests replace it to pin the date, and SQL's now follows it. */
@Configuration(proxyBeanMethods = false)
class ClockConfig {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.system(CHINA);
    }

    /**
     * SQL's now follows this clock when it is not the system's (see {@link ClockedDataSource}). A benchmark that moves
     * the clock only for Java-side judging can turn this off ({@code luoshi.clock.tell-database=false}) to measure
     * what production pays.
     */
    @Bean
    @org.springframework.boot.autoconfigure.condition.ConditionalOnProperty(name = "luoshi.clock.tell-database",
            havingValue = "true", matchIfMissing = true)
    static ClockedDataSource.Wrapper clockedDataSource(ObjectProvider<Clock> clock) {
        return new ClockedDataSource.Wrapper(clock);
    }
}
