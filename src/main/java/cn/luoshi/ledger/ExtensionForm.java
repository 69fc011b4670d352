package cn.luoshi.ledger;

import java.time.LocalDate;

/** 延期申请: why, until when, and where the work stands. */
public class ExtensionForm {
    public String reason;
    public LocalDate proposedDeadline;
    public String currentProgress;
    /** 逾期后申请延期: the unit asks although the deadline has passed (marked; the overdue period stays counted). */
    public boolean afterOverdue;
}
