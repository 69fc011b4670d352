package cn.luoshi.indicators;

/**
 * One indicator of the catalogue (指标目录).
 *
 * @param reported       LEVEL_AND_GROWTH (本期累计 and 增速) or GROWTH_ONLY
 * @param ownerUnit      the owning unit's short name (发改, 商务, 财政, 工信…)
 * @param ownerTaskId    the owning ledger task, if any: a lag is reported on it
 * @param lightRule      the rule set's name; null for the default
 */
public record Indicator(long id, String code, String name, String unit, String frequency, String reported,
        boolean higherIsBetter, String ownerUnit, Long ownerTaskId, String lightRule, int sortOrder, int version) {

    public boolean hasLevel() {
        return "LEVEL_AND_GROWTH".equals(reported);
    }

    public String frequencyLabel() {
        return switch (frequency) {
            case "QUARTERLY" -> "按季";
            case "ANNUAL" -> "按年";
            default -> "按月累计";
        };
    }
}
