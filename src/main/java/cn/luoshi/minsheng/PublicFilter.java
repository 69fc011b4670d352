package cn.luoshi.minsheng;

/** The public page's filters (query parameters): lead unit id, public status, light; null = all. */
public record PublicFilter(Long unitId, PublicStatus status, PublicLight light) {

    public static final PublicFilter NONE = new PublicFilter(null, null, null);

    /** From raw query parameters; values that do not parse are ignored (no filter), never an error page. */
    public static PublicFilter parse(String unit, String status, String light) {
        Long unitId = null;
        if (unit != null && unit.trim().matches("\\d{1,18}")) {
            unitId = Long.valueOf(unit.trim());
        }
        return new PublicFilter(unitId, PublicStatus.parse(status), PublicLight.parse(light));
    }

    public boolean accepts(PublishedItem i) {
        return (unitId == null || unitId.equals(i.leadUnitId())) && (status == null || status == i.status())
                && (light == null || light == i.light());
    }

    public boolean isEmpty() {
        return unitId == null && status == null && light == null;
    }
}
