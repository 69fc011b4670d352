package cn.luoshi.ledger;

import cn.luoshi.ledger.internal.Problem;
import java.time.LocalDate;

/** Form data for raising or updating a problem (问题) with its owner. */
public class ProblemForm {
    public Long milestoneId;
    public String description;
    public Long ownerUnitId;
    public Long ownerPersonId;
    public LocalDate dueDate;
    public ProblemStatus status = ProblemStatus.OPEN;
    public String resolution;
    public Integer version;

    public static ProblemForm of(Problem p) {
        ProblemForm f = new ProblemForm();
        f.milestoneId = p.milestoneId();
        f.description = p.description();
        f.ownerUnitId = p.ownerUnitId();
        f.ownerPersonId = p.ownerPersonId();
        f.dueDate = p.dueDate();
        f.status = p.status();
        f.resolution = p.resolution();
        f.version = p.version();
        return f;
    }
}
