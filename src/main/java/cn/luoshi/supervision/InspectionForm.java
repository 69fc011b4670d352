package cn.luoshi.supervision;

import java.time.LocalDate;

/** 督导检查: which group, which unit and/or task, the day, what was found, and the rating. Files come beside it. */
public class InspectionForm {
    public Long groupId;
    public Long unitId;
    public Long taskId;
    public LocalDate inspectedOn;
    public String findings;
    public ProgressRating rating;
}
