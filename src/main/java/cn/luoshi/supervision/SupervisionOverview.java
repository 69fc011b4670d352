package cn.luoshi.supervision;

import cn.luoshi.ledger.LightService;
import cn.luoshi.ledger.Task;
import cn.luoshi.ledger.TaskService;
import cn.luoshi.ledger.light.Light;
import cn.luoshi.org.CurrentUser;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/** Read-only views that combine orders, inspections and rectification items: a task's supervision, the home page. */
@Service
public class SupervisionOverview {

    private final TaskService tasks;
    private final LightService lights;
    private final OrderService orders;
    private final InspectionService inspections;
    private final RectificationService rectifications;
    private final GroupService groups;
    private final SupervisionStore store;

    SupervisionOverview(TaskService tasks, LightService lights, OrderService orders, InspectionService inspections,
            RectificationService rectifications, GroupService groups, SupervisionStore store) {
        this.tasks = tasks;
        this.lights = lights;
        this.orders = orders;
        this.inspections = inspections;
        this.rectifications = rectifications;
        this.groups = groups;
        this.store = store;
    }

    /** The supervision page of a task (404 when the task is outside the viewer's scope). */
    public TaskSupervision forTask(long taskId, CurrentUser me) {
        Task t = tasks.get(taskId, me);
        boolean issuer = OrderStateMachine.mayIssue(me);
        String refusal = null;
        if (issuer) {
            OrderDraft d = orders.draft(taskId, me);
            refusal = d.refusal();
        }
        return new TaskSupervision(taskId, t.title(), t.leadUnitId(), store.unitName(t.leadUnitId()),
                lights.lightOf(taskId).orElse(null), orders.forTask(taskId, me),
                inspections.list(new InspectionQuery(null, null, taskId, null, 0, 100), me).rows(),
                rectifications.list(new RectificationQuery(null, null, null, null, taskId, null, null, 0, 200), me)
                        .rows(),
                issuer && refusal == null, issuer ? refusal : null, SupervisionRules.mayManage(me));
    }

    public SupervisionHome home(CurrentUser me) {
        List<RectificationRow> open = rectifications.list(new RectificationQuery(null, null, null, null, null, null,
                true, 0, 200), me).rows();
        Map<Light, Integer> byLight = new EnumMap<>(Light.class);
        open.forEach(r -> byLight.merge(r.light().light(), 1, Integer::sum));
        List<RectificationRow> mine = me.isUnitUser() ? open : List.of();
        return new SupervisionHome(orders.pendingCount(me), rectifications.pendingCount(me), byLight,
                orders.list(new OrderQuery(null, null, null, null, 0, 8), me).rows(),
                inspections.list(new InspectionQuery(null, null, null, null, 0, 8), me).rows(), mine,
                groups.list().size());
    }
}
