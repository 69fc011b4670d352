package cn.luoshi.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Form data for a task-tree node. Units and leaders are given by id; {@code version} guards stale edits. */
public class TaskForm {
    public TaskKind kind = TaskKind.TASK;
    public Long parentId;
    public String title;
    public String description;
    public BigDecimal targetValue;
    public String targetUnit;
    public String targetObject;
    public String targetPeriod;
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

    public static TaskForm of(Task t) {
        TaskForm f = new TaskForm();
        f.kind = t.kind();
        f.parentId = t.parentId();
        f.title = t.title();
        f.description = t.description();
        if (t.target() != null) {
            f.targetValue = t.target().value();
            f.targetUnit = t.target().unit();
            f.targetObject = t.target().object();
            f.targetPeriod = t.target().period();
        }
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
