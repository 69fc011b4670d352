package cn.luoshi.reminders;

import cn.luoshi.ledger.DueWork;
import cn.luoshi.ledger.ReportCycle;
import cn.luoshi.ledger.TaskKind;
import cn.luoshi.ledger.TaskStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Set;

/** Builds {@link DueWork} for rule tests: a task of 住建 (unit 7), monthly reports, started 2026-09-01. */
final class Work {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    long id = 42;
    TaskStatus status = TaskStatus.IN_PROGRESS;
    LocalDate start = LocalDate.of(2026, 9, 1);
    LocalDate deadline = LocalDate.of(2026, 12, 31);
    Instant assigned = at(2026, 9, 1, 9, 0);
    Instant accepted = at(2026, 9, 1, 10, 0);
    ReportCycle cycle = ReportCycle.MONTHLY;
    BigDecimal progress = new BigDecimal("40");
    Set<String> reported = Set.of();

    static Work task() {
        return new Work();
    }

    static Instant at(int y, int m, int d, int h, int min) {
        return LocalDateTime.of(y, m, d, h, min).atZone(CHINA).toInstant();
    }

    Work status(TaskStatus s) {
        status = s;
        return this;
    }

    Work deadline(LocalDate d) {
        deadline = d;
        return this;
    }

    Work assigned(Instant at) {
        assigned = at;
        return this;
    }

    Work accepted(Instant at) {
        accepted = at;
        return this;
    }

    Work cycle(ReportCycle c) {
        cycle = c;
        return this;
    }

    Work reported(String... keys) {
        reported = Set.of(keys);
        return this;
    }

    Work waiting() {
        status = TaskStatus.ASSIGNED;
        accepted = null;
        return this;
    }

    DueWork build() {
        return new DueWork(id, 1, TaskKind.TASK, "改造12条背街小巷", status, 7, start, start, deadline, assigned,
                accepted, cycle, progress, null, null, reported);
    }
}
