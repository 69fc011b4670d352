package cn.luoshi.ledger;

/** 问题状态: open → being solved → solved (a solved problem may be reopened). */
public enum ProblemStatus {
    OPEN("待解决", "danger"), SOLVING("解决中", "warning"), SOLVED("已解决", "success");

    private final String label;
    private final String badge;

    ProblemStatus(String label, String badge) {
        this.label = label;
        this.badge = badge;
    }

    public String label() {
        return label;
    }

    public String badge() {
        return badge;
    }
}
