package cn.luoshi.supervision;

import java.time.LocalDate;

/** A 整改事项 opened from a finding: what to fix, the requirement, owner unit and person, deadline. */
public class RectificationForm {
    public String title;
    public String requirement;
    public Long ownerUnitId;
    public Long ownerPersonId;
    public LocalDate deadline;
}
