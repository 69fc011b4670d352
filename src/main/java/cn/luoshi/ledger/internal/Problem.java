package cn.luoshi.ledger.internal;

import cn.luoshi.ledger.ProblemStatus;
import java.time.Instant;
import java.time.LocalDate;

/** 问题: something in the way of a task or milestone, with a named owner (问题责任化) and a due date. */
public record Problem(long id, long taskId, Long milestoneId, String description, long ownerUnitId,
        Long ownerPersonId, LocalDate dueDate, ProblemStatus status, String resolution, String raisedBy,
        Instant raisedAt, Instant solvedAt, int version) {
}
