package cn.luoshi.ledger;

import cn.luoshi.ledger.light.LightPolicy;
import java.math.BigDecimal;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The light policy and the workflow settings as beans (the calendar in force is {@link cn.luoshi.calendar.WorkingCalendars}). Thresholds are configurable
 * ({@code luoshi.lights.*}); defaults are those of docs/calendar-and-lights.md.
 */
@Configuration(proxyBeanMethods = false)
class LightSettings {

    @Bean
    LightPolicy lightPolicy(@Value("${luoshi.lights.yellow-lag-points:10}") BigDecimal yellow,
            @Value("${luoshi.lights.red-lag-points:30}") BigDecimal red,
            @Value("${luoshi.lights.deadline-warning-working-days:5}") int warningDays) {
        LightPolicy d = LightPolicy.defaults();
        return new LightPolicy(yellow, red, warningDays, d.missingReportLight(), d.acceptanceOverdueLight());
    }

    @Bean
    WorkflowSettings workflowSettings(@Value("${luoshi.workflow.acceptance-working-days:1}") int acceptanceWorkingDays,
            @Value("${luoshi.lights.schedule-from:ASSIGNED}") cn.luoshi.ledger.light.ScheduleStart scheduleFrom) {
        return new WorkflowSettings(acceptanceWorkingDays, scheduleFrom);
    }

}
