package cn.luoshi.ledger.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * 节点: a dated checkpoint of a task with the planned cumulative quantity (or percentage) at that date — monthly nodes
 * add up to the quarterly and annual target (以月保季、以季保年).
 */
public record Milestone(long id, long taskId, LocalDate dueDate, String title, BigDecimal planned, int version) {
}
