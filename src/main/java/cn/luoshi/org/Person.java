package cn.luoshi.org;

/** A person in a unit; {@code leader} marks a district leader (区领导) whose {@code portfolio} is what they are in charge of (分管). */
public record Person(long id, long unitId, String name, String position, String phone, boolean leader, String portfolio) {

    /** "张三（副区长）" as lists show it. */
    public String label() {
        return position == null || position.isBlank() ? name : name + "（" + position + "）";
    }

    /**
     * The person as {@code viewer} may see them: phone numbers (联系电话) only for the 督查室 and admins (who ring
     * any unit) and for a unit's own users (their colleagues); leaders, viewers and other units get none.
     */
    public Person phoneShownTo(CurrentUser viewer) {
        boolean shown = viewer.managesLedger() || viewer.isUnitUser() && viewer.belongsTo(unitId);
        return shown || phone == null ? this : new Person(id, unitId, name, position, null, leader, portfolio);
    }
}
