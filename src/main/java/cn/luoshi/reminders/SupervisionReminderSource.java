package cn.luoshi.reminders;

import cn.luoshi.supervision.OpenItems;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/** 督办单办复 and 整改 deadlines from the supervision module, through {@link SupervisionReminderRules}. */
@Component
class SupervisionReminderSource implements ReminderSource {

    private final OpenItems open;
    private final ReminderProperties props;

    SupervisionReminderSource(OpenItems open, ReminderProperties props) {
        this.open = open;
        this.props = props;
    }

    @Override
    public String name() {
        return "督查督办";
    }

    @Override
    public List<DueItem> dueItems(ReminderContext context) {
        var rules = new SupervisionReminderRules(context, props.reportDueWorkingDays());
        List<DueItem> out = new ArrayList<>();
        open.openOrders().forEach(o -> rules.order(o).ifPresent(out::add));
        open.openRectifications().forEach(r -> rules.rectification(r).ifPresent(out::add));
        return out;
    }

    /** Orders 待办复 and 整改 items 待整改/整改中. */
    @Override
    public Map<String, Set<Long>> openSubjects(ReminderContext context) {
        Set<Long> orders = new HashSet<>();
        open.openOrders().forEach(o -> orders.add(o.id()));
        Set<Long> items = new HashSet<>();
        open.openRectifications().forEach(r -> items.add(r.id()));
        return Map.of("ORDER", orders, "RECTIFICATION", items);
    }
}
