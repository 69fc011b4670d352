package cn.luoshi.reminders;

import cn.luoshi.common.TodoItem;
import cn.luoshi.ledger.LedgerTodo;
import cn.luoshi.org.CurrentUser;
import cn.luoshi.supervision.SupervisionTodo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * 待办: everything waiting for the signed-in person to act, from the ledger and supervision, oldest first, and the
 * counts by group (待审核 3, 待审批 1 …) for the menu, the bell and the home page.
 */
@Service
public class Todo {

    private final LedgerTodo ledger;
    private final SupervisionTodo supervision;

    Todo(LedgerTodo ledger, SupervisionTodo supervision) {
        this.ledger = ledger;
        this.supervision = supervision;
    }

    /** Oldest first (then by group, title). */
    public List<TodoItem> items(CurrentUser me) {
        List<TodoItem> all = new ArrayList<>(ledger.todo(me));
        all.addAll(supervision.todo(me));
        all.sort(Comparator.comparing(TodoItem::since).thenComparing(TodoItem::group).thenComparing(TodoItem::title));
        return all;
    }

    /** Counts by group, in the order groups first appear among the oldest items. */
    public static Map<String, Integer> counts(List<TodoItem> items) {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (TodoItem i : items) {
            m.merge(i.group(), 1, Integer::sum);
        }
        return m;
    }
}
