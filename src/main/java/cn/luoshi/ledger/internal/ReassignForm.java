package cn.luoshi.ledger.internal;

import java.time.LocalDate;

/** 重新交办: a new lead unit and, optionally, a new deadline. */
public class ReassignForm {
    public Integer version;
    public Long leadUnitId;
    public LocalDate deadline;
}
