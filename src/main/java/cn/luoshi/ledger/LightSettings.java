package cn.luoshi.ledger;

import cn.luoshi.calendar.WorkingDayCalendar;
import cn.luoshi.ledger.light.LightEvaluator;
import cn.luoshi.ledger.light.LightPolicy;
import java.math.BigDecimal;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The working-day calendar and the light policy as beans. Thresholds are configurable
 * ({@code luoshi.lights.*}); defaults are those of docs/calendar-and-lights.md.
 */
@Configuration(proxyBeanMethods = false)
class LightSettings {

    @Bean
    WorkingDayCalendar workingDayCalendar() {
        return WorkingDayCalendar.chinaMainland();
    }

    @Bean
    LightPolicy lightPolicy(@Value("${luoshi.lights.yellow-lag-points:10}") BigDecimal yellow,
            @Value("${luoshi.lights.red-lag-points:30}") BigDecimal red,
            @Value("${luoshi.lights.deadline-warning-working-days:5}") int warningDays) {
        LightPolicy d = LightPolicy.defaults();
        return new LightPolicy(yellow, red, warningDays, d.missingReportLight(), d.acceptanceOverdueLight());
    }

    @Bean
    LightEvaluator lightEvaluator(WorkingDayCalendar calendar, LightPolicy policy, Clock clock) {
        return new LightEvaluator(calendar, policy, clock);
    }
}
