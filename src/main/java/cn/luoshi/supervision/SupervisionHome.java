package cn.luoshi.supervision;

import cn.luoshi.ledger.light.Light;
import java.util.List;
import java.util.Map;

/**
 * The supervision landing page: what waits for the viewer (a unit: orders to answer and items to rectify; the
 * 督查室: answers and results to decide), open items by light, and the latest orders and inspections.
 */
public record SupervisionHome(int pendingOrders, int pendingRectifications, Map<Light, Integer> openByLight,
        List<SupervisionOrder> recentOrders, List<Inspection> recentInspections, List<RectificationRow> myItems,
        int groups) {
}
