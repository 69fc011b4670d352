package cn.luoshi.ledger.light;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The configurable thresholds of the light rule (亮灯规则参数). Boundaries, with lag = 序时进度 - 实际进度 in
 * percentage points rounded to 0.01:
 * <ul>
 * <li>lag &lt; {@code yellowLagPoints}: green;</li>
 * <li>{@code yellowLagPoints} ≤ lag ≤ {@code redLagPoints}: yellow (so with the defaults both 10 and 30 are
 * yellow);</li>
 * <li>lag &gt; {@code redLagPoints}: red (30.01 is red);</li>
 * <li>not completed and 0 ≤ remaining working days ≤ {@code deadlineWarningWorkingDays}: yellow (5 is yellow, 6 is
 * not);</li>
 * <li>a report missing for a due cycle: {@code missingReportLight}; acceptance overdue:
 * {@code acceptanceOverdueLight} (each YELLOW or RED).</li>
 * </ul>
 *
 * @param yellowLagPoints            lag from which a task is yellow
 * @param redLagPoints               lag above which a task is red
 * @param deadlineWarningWorkingDays remaining working days at or below which an unfinished task is yellow
 * @param missingReportLight         light for 未按时报送进展
 * @param acceptanceOverdueLight     light for 超期未签收
 */
public record LightPolicy(BigDecimal yellowLagPoints, BigDecimal redLagPoints, int deadlineWarningWorkingDays,
                          Light missingReportLight, Light acceptanceOverdueLight) {

    public LightPolicy {
        Objects.requireNonNull(yellowLagPoints, "yellowLagPoints");
        Objects.requireNonNull(redLagPoints, "redLagPoints");
        if (yellowLagPoints.signum() <= 0 || yellowLagPoints.compareTo(redLagPoints) > 0
                || redLagPoints.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("need 0 < yellowLagPoints ≤ redLagPoints ≤ 100, got "
                    + yellowLagPoints + " and " + redLagPoints);
        }
        if (deadlineWarningWorkingDays < 0) {
            throw new IllegalArgumentException("deadlineWarningWorkingDays < 0");
        }
        requireWarning(missingReportLight, "missingReportLight");
        requireWarning(acceptanceOverdueLight, "acceptanceOverdueLight");
    }

    /** The district defaults: 10 and 30 points, 5 working days, missing report yellow, acceptance overdue red. */
    public static LightPolicy defaults() {
        return new LightPolicy(BigDecimal.TEN, BigDecimal.valueOf(30), 5, Light.YELLOW, Light.RED);
    }

    private static void requireWarning(Light light, String name) {
        if (light != Light.YELLOW && light != Light.RED) {
            throw new IllegalArgumentException(name + " must be YELLOW or RED, got " + light);
        }
    }
}
