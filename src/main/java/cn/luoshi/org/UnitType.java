package cn.luoshi.org;

/** Kind of unit (单位类型). */
public enum UnitType {
    LEADERSHIP("区委/区政府"),
    DEPARTMENT("部门"),
    STREET("街道/办事处"),
    COMMUNITY("社区"),
    SUPERVISION_GROUP("督查组"),
    OTHER("其他");

    private final String label;

    UnitType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
