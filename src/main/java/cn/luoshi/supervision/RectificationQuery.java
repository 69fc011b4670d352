package cn.luoshi.supervision;

import cn.luoshi.ledger.light.Light;

/**
 * Filters of the rectification list: owner unit, status, light, inspection, task, free text, only open items;
 * sorted by deadline, paginated.
 */
public record RectificationQuery(Long unitId, RectificationStatus status, Light light, Long inspectionId, Long taskId,
        String text, Boolean openOnly, Integer page, Integer size) {

    public static RectificationQuery all() {
        return new RectificationQuery(null, null, null, null, null, null, null, 0, 200);
    }
}
