package cn.luoshi.reminders;

/** Who is reminded of a due item (催办对象). */
public enum Audience {
    /** The responsible unit's users (单位负责人、单位经办人) and the unit's group robot. */
    UNIT("责任单位"),
    /** The responsible unit and also the 督查室's users. */
    UNIT_AND_SUPERVISORS("责任单位和督查室"),
    /** Only the 督查室's users (and the global group robot). */
    SUPERVISORS("督查室"),
    /** Named accounts only (a 牵头区领导, the author of a 批示): 到达通知 that is for a person, not a unit. */
    PERSON("指定人员");

    private final String label;

    Audience(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean includesUnit() {
        return this == UNIT || this == UNIT_AND_SUPERVISORS;
    }

    public boolean includesSupervisors() {
        return this == SUPERVISORS || this == UNIT_AND_SUPERVISORS;
    }
}
