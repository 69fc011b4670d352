package cn.luoshi.supervision;

/** Filters of the order list: 承办单位, status, task, year; newest first, paginated. */
public record OrderQuery(Long unitId, OrderStatus status, Long taskId, Integer year, Integer page, Integer size) {
}
