package cn.luoshi.org;

/** A unit (单位): 区住房和城乡建设局, short name 住建. */
public record Unit(long id, UnitType type, Long parentId, String shortName, String fullName, int sortOrder) {

    /** Matches a name as people write it: the full name, the short name, or the full name without the 区 prefix. */
    public boolean answersTo(String name) {
        if (name == null) {
            return false;
        }
        String n = name.trim();
        return n.equals(fullName) || n.equals(shortName) || (fullName.startsWith("区") && n.equals(fullName.substring(1)))
                || shortForm(n);
    }

    /**
     * 区住建局, 住建局, 区住建, 区发改委 — the district's habit of 区 + short name + the kind of body its full name names
     * (局, 委, 办 …),
     * issue 12: "区住建局" did not match 区住房和城乡建设局 (住建) in imports and 讲话转台账.
     */
    private boolean shortForm(String n) {
        if (shortName == null || shortName.isEmpty() || fullName == null || fullName.isEmpty() || n.isEmpty()) {
            return false;
        }
        String rest = n.startsWith("区") && !shortName.startsWith("区") ? n.substring(1) : n;
        if (rest.equals(shortName)) {
            return !rest.equals(n); // 区住建
        }
        if (rest.length() != shortName.length() + 1 || !rest.startsWith(shortName)) {
            return false;
        }
        // The kind of body, as its full name says it (区发展和改革委员会 → 委, 区生态环境分局 → 局).
        String kind = rest.substring(rest.length() - 1);
        return "局委办部院所队处站".contains(kind) && fullName.contains(kind) && !shortName.endsWith(kind);
    }
}
