package cn.luoshi.bulletins;

import cn.luoshi.ledger.PeriodFacts;
import cn.luoshi.ledger.ReportCycle;
import cn.luoshi.ledger.TaskKind;
import cn.luoshi.ledger.TaskStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A {@link PeriodFacts.TaskFact} for rule tests: an accepted monthly task of unit 1, 5 Jan – 31 Dec 2026. */
final class Fact {

    private final long id;
    private long unit = 1;
    private TaskKind kind = TaskKind.TASK;
    private LocalDate created = LocalDate.of(2026, 1, 5);
    private LocalDate start = LocalDate.of(2026, 1, 5);
    private LocalDate deadline = LocalDate.of(2026, 12, 31);
    private LocalDate originalDeadline;
    private TaskStatus status = TaskStatus.IN_PROGRESS;
    private LocalDate assigned = LocalDate.of(2026, 1, 5);
    private LocalDate accepted = LocalDate.of(2026, 1, 6);
    private LocalDate completed;
    private LocalDate requested;
    private LocalDate terminated;
    private BigDecimal progress;
    private BigDecimal target;
    private final List<PeriodFacts.PlannedPoint> milestones = new ArrayList<>();
    private ReportCycle cycle = ReportCycle.MONTHLY;
    private final Set<String> reported = new HashSet<>();
    private int problems;
    private final List<String> tags = new ArrayList<>();

    private Fact(long id) {
        this.id = id;
    }

    static Fact task(long id) {
        return new Fact(id);
    }

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    Fact unit(long u) {
        unit = u;
        return this;
    }

    Fact kind(TaskKind k) {
        kind = k;
        return this;
    }

    Fact created(String iso) {
        created = d(iso);
        return this;
    }

    Fact start(String iso) {
        start = iso == null ? null : d(iso);
        return this;
    }

    Fact deadline(String iso) {
        deadline = d(iso);
        return this;
    }

    Fact extendedFrom(String iso) {
        originalDeadline = d(iso);
        return this;
    }

    Fact status(TaskStatus s) {
        status = s;
        return this;
    }

    Fact assigned(String iso) {
        assigned = d(iso);
        status = TaskStatus.ASSIGNED;
        accepted = null;
        return this;
    }

    Fact accepted(String iso) {
        accepted = d(iso);
        return this;
    }

    Fact completed(String iso) {
        status = TaskStatus.COMPLETED;
        completed = iso == null ? null : d(iso);
        return this;
    }

    Fact completionRequested(String iso) {
        status = TaskStatus.COMPLETION_REQUESTED;
        requested = d(iso);
        return this;
    }

    Fact terminated(String iso) {
        status = TaskStatus.TERMINATED;
        terminated = d(iso);
        return this;
    }

    Fact progress(double percent) {
        progress = BigDecimal.valueOf(percent);
        return this;
    }

    Fact target(double value) {
        target = BigDecimal.valueOf(value);
        return this;
    }

    Fact milestone(String iso, double planned) {
        milestones.add(new PeriodFacts.PlannedPoint(d(iso), BigDecimal.valueOf(planned)));
        return this;
    }

    Fact cycle(ReportCycle c) {
        cycle = c;
        return this;
    }

    Fact reported(String... keys) {
        reported.addAll(List.of(keys));
        return this;
    }

    Fact problems(int n) {
        problems = n;
        return this;
    }

    Fact tag(String t) {
        tags.add(t);
        return this;
    }

    PeriodFacts.TaskFact build() {
        return new PeriodFacts.TaskFact(id, 1, "测试来源", kind, "任务" + id, unit, tags, created, start, deadline,
                originalDeadline, status, assigned, accepted, completed, requested, terminated,
                terminated == null ? null : "不再需要", progress, progress == null ? null : d("2026-06-20"), target,
                milestones, cycle, reported, problems);
    }
}
