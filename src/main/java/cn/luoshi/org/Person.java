package cn.luoshi.org;

/** A person in a unit; {@code leader} marks a district leader (区领导) whose {@code portfolio} is what they are in charge of (分管). */
public record Person(long id, long unitId, String name, String position, String phone, boolean leader, String portfolio) {

    /** "张三（副区长）" as lists show it. */
    public String label() {
        return position == null || position.isBlank() ? name : name + "（" + position + "）";
    }
}
