package cn.luoshi.org;

/** A unit (单位): 区住房和城乡建设局, short name 住建. */
public record Unit(long id, UnitType type, Long parentId, String shortName, String fullName, int sortOrder) {

    /** Matches a name as people write it: the full name, the short name, or the full name without the 区 prefix. */
    public boolean answersTo(String name) {
        if (name == null) {
            return false;
        }
        String n = name.trim();
        return n.equals(fullName) || n.equals(shortName) || (fullName.startsWith("区") && n.equals(fullName.substring(1)));
    }
}
