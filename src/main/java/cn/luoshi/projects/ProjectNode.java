package cn.luoshi.projects;

import java.time.LocalDate;

/** A life-cycle node (节点) of a project with its standard duration and its deadline (倒排). */
public record ProjectNode(long id, long projectId, int seq, String name, int workingDays, boolean approval,
        LocalDate dueDate, LocalDate doneOn, int version) {

    public boolean overdue(LocalDate today) {
        return doneOn == null && dueDate != null && dueDate.isBefore(today);
    }
}
