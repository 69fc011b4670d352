package cn.luoshi.projects.rules;

import cn.luoshi.calendar.WorkingDayCalendar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * 倒排工期: node deadlines on the working-day calendar from one anchor node. The anchor (竣工验收 at the planned
 * completion, or 开工 at the planned start for 正排) takes the anchor date (rolled back to a working day); each
 * earlier node must be done the node's successor's standard duration before its successor, and each later node its
 * own standard duration after its predecessor — all counted in working days, so holidays and 调休 move the dates.
 */
public final class BackwardSchedule {

    /** One node of a template: its name and standard duration (标准时长, working days). */
    public record Step(String name, int workingDays) {
        public Step {
            if (workingDays < 0) {
                throw new IllegalArgumentException("标准时长不能为负");
            }
        }
    }

    private BackwardSchedule() {
    }

    /** Deadlines of {@code steps} (in order) with step {@code anchor} due on {@code anchorDate}. */
    public static List<LocalDate> deadlines(List<Step> steps, int anchor, LocalDate anchorDate, WorkingDayCalendar cal) {
        if (anchor < 0 || anchor >= steps.size()) {
            throw new IllegalArgumentException("anchor out of range");
        }
        LocalDate[] d = new LocalDate[steps.size()];
        d[anchor] = cal.previousWorkingDayOnOrBefore(anchorDate);
        for (int i = anchor - 1; i >= 0; i--) {
            d[i] = cal.addWorkingDays(d[i + 1], -steps.get(i + 1).workingDays());
        }
        for (int i = anchor + 1; i < steps.size(); i++) {
            d[i] = cal.addWorkingDays(d[i - 1], steps.get(i).workingDays());
        }
        return new ArrayList<>(Arrays.asList(d));
    }

    /** 倒排: anchored on the node named {@code anchorName} (e.g. 竣工验收) at the planned completion. */
    public static List<LocalDate> backward(List<Step> steps, String anchorName, LocalDate completion,
            WorkingDayCalendar cal) {
        return deadlines(steps, indexOf(steps, anchorName), completion, cal);
    }

    static int indexOf(List<Step> steps, String name) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).name().equals(name)) {
                return i;
            }
        }
        return steps.size() - 1;
    }
}
