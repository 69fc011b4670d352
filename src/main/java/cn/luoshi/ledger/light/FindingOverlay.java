package cn.luoshi.ledger.light;

import java.util.List;

/**
 * 外部预警叠加 — how findings from other modules (an indicator below the city average, a project behind its 序时
 * investment) combine with a task's own light: on the warning scale (绿/黄/红: the task is open and started) the worse
 * of the two wins and the finding's reason follows the task's own findings; a task not started (灰), completed (蓝) or
 * terminated keeps its light, because a unit is not warned about work that is not yet or no longer its to do.
 */
public final class FindingOverlay {

    private FindingOverlay() {
    }

    /** The light after the findings of these levels (each YELLOW or RED). */
    public static Light lift(Light own, List<Light> findings) {
        if (!applies(own)) {
            return own;
        }
        Light worst = own;
        for (Light f : findings) {
            if (f != Light.YELLOW && f != Light.RED) {
                throw new IllegalArgumentException("外部预警只能是黄灯或红灯：" + f);
            }
            if (f.ordinal() > worst.ordinal()) {
                worst = f;
            }
        }
        return worst;
    }

    /** The stored findings in words with the external reasons appended ("；"), when the overlay applies. */
    public static String reasons(Light own, String ownFindings, List<String> external) {
        if (external.isEmpty() || !applies(own)) {
            return ownFindings;
        }
        String ext = String.join("；", external);
        return ownFindings == null || ownFindings.isEmpty() ? ext : ownFindings + "；" + ext;
    }

    /** Whether findings count for a task whose own light is this: the warning scale only. */
    public static boolean applies(Light own) {
        return own == Light.GREEN || own == Light.YELLOW || own == Light.RED;
    }
}
