package cn.luoshi.ledger;

import java.time.LocalDate;

/** 延期申请: why, until when, and where the work stands. */
public class ExtensionForm {
    public String reason;
    public LocalDate proposedDeadline;
    public String currentProgress;
}
