package cn.luoshi.reminders;

import cn.luoshi.common.TodoItem;
import cn.luoshi.org.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/** 我的待办: the page, its JSON, and the home page's summary block (htmx). */
@Controller
class TodoController {

    private final Todo todo;

    TodoController(Todo todo) {
        this.todo = todo;
    }

    @GetMapping("/todo")
    String page(CurrentUser me, Model model) {
        List<TodoItem> items = todo.items(me);
        model.addAttribute("items", items);
        model.addAttribute("counts", Todo.counts(items));
        model.addAttribute("zone", java.time.ZoneId.of("Asia/Shanghai"));
        return "notifications/todo";
    }

    /** The home page's 待办 block: counts by group with links. */
    @GetMapping("/todo/summary")
    String summary(CurrentUser me, Model model, HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        List<TodoItem> items = todo.items(me);
        model.addAttribute("total", items.size());
        model.addAttribute("counts", Todo.counts(items));
        return "notifications/todo-summary :: summary";
    }

    record TodoList(int total, Map<String, Integer> counts, List<TodoItem> items) {
    }

    @GetMapping("/api/todo")
    @ResponseBody
    @Operation(summary = "我的待办（最早的在前）及各类数量")
    TodoList api(@Parameter(hidden = true) CurrentUser me) {
        List<TodoItem> items = todo.items(me);
        return new TodoList(items.size(), Todo.counts(items), items);
    }
}
