package cn.luoshi.ledger;

/** The level of an external finding (外部预警): the light it lifts an open task's light to at least. */
public enum FindingLevel {
    /** 黄灯. */
    YELLOW,
    /** 红灯. */
    RED
}
