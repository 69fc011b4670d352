package cn.luoshi.supervision;

/** Filters of the inspection list: group, unit, task, rating; newest first, paginated. */
public record InspectionQuery(Long groupId, Long unitId, Long taskId, ProgressRating rating, Integer page,
        Integer size) {
}
