package cn.luoshi.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Form data for a task-tree node. Units and leaders are given by id; {@code version} guards stale edits. The
 * {@code target…} fields are the first (primary) target; {@code moreTargets} the further ones, in order — a line left
 * entirely blank is no target.
 */
public class TaskForm {
    public TaskKind kind = TaskKind.TASK;
    public Long parentId;
    public String title;
    public String description;
    public BigDecimal targetValue;
    public String targetUnit;
    public String targetObject;
    public String targetPeriod;
    /** 其他量化目标 (第二项起). */
    public List<TargetLine> moreTargets = new ArrayList<>();
    public LocalDate startDate;
    public LocalDate deadline;
    public Long leadLeaderId;
    public Long leadUnitId;
    public List<Long> coUnitIds = new ArrayList<>();
    public String responsiblePerson;
    public String contact;
    public List<String> tags = new ArrayList<>();
    /** 汇报频次; monthly unless the 督查室 says otherwise. */
    public ReportCycle reportCycle = ReportCycle.MONTHLY;
    public Integer sourceStart;
    public Integer sourceEnd;
    public Integer version;

    /** One further target as the form edits it. */
    public static class TargetLine {
        public BigDecimal value;
        public String unit;
        public String object;
        public String period;

        public TargetLine() {
        }

        public TargetLine(BigDecimal value, String unit, String object, String period) {
            this.value = value;
            this.unit = unit;
            this.object = object;
            this.period = period;
        }

        static TargetLine of(Target t) {
            return new TargetLine(t.value(), t.unit(), t.object(), t.period());
        }

        /** Nothing typed on the line. */
        public boolean isBlank() {
            return value == null && blank(unit) && blank(object) && blank(period);
        }

        private static boolean blank(String s) {
            return s == null || s.isBlank();
        }
    }

    /** Sets the targets in order: the first becomes {@code target…}, the rest {@code moreTargets}. */
    public void useTargets(List<Target> targets) {
        Target first = targets == null || targets.isEmpty() ? null : targets.get(0);
        targetValue = first == null ? null : first.value();
        targetUnit = first == null ? null : first.unit();
        targetObject = first == null ? null : first.object();
        targetPeriod = first == null ? null : first.period();
        moreTargets = new ArrayList<>();
        if (targets != null && targets.size() > 1) {
            targets.subList(1, targets.size()).forEach(t -> moreTargets.add(TargetLine.of(t)));
        }
    }

    /**
     * Drops blank target lines, and moves the first further target up when the first target was left empty, so the
     * form says what will be stored (and messages point at the lines as they are then shown).
     */
    void compactTargets() {
        List<TargetLine> filled = new ArrayList<>();
        if (moreTargets != null) {
            moreTargets.stream().filter(l -> l != null && !l.isBlank()).forEach(filled::add);
        }
        if (new TargetLine(targetValue, targetUnit, targetObject, targetPeriod).isBlank() && !filled.isEmpty()) {
            TargetLine first = filled.remove(0);
            targetValue = first.value;
            targetUnit = first.unit;
            targetObject = first.object;
            targetPeriod = first.period;
        }
        moreTargets = filled;
    }

    public static TaskForm of(Task t) {
        TaskForm f = new TaskForm();
        f.kind = t.kind();
        f.parentId = t.parentId();
        f.title = t.title();
        f.description = t.description();
        f.useTargets(t.targets());
        f.startDate = t.startDate();
        f.deadline = t.deadline();
        f.leadLeaderId = t.leadLeaderId();
        f.leadUnitId = t.leadUnitId();
        f.coUnitIds = new ArrayList<>(t.coUnitIds());
        f.responsiblePerson = t.responsiblePerson();
        f.contact = t.contact();
        f.tags = new ArrayList<>(t.tags());
        f.reportCycle = t.reportCycle();
        f.sourceStart = t.sourceStart();
        f.sourceEnd = t.sourceEnd();
        f.version = t.version();
        return f;
    }
}
