package cn.luoshi.ledger.internal;

/** 领导批示, or the lead unit's reply to one. */
public class InstructionForm {
    public String text;
}
