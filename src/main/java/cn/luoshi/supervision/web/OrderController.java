package cn.luoshi.supervision.web;

import cn.luoshi.org.AllowedRoles;
import cn.luoshi.org.Role;
import cn.luoshi.ledger.EvidenceFile;
import cn.luoshi.common.WebBinding;
import cn.luoshi.org.CurrentUser;
import cn.luoshi.org.OrgDirectory;
import cn.luoshi.org.UnitType;
import cn.luoshi.supervision.DecisionForm;
import cn.luoshi.supervision.OrderDraft;
import cn.luoshi.supervision.OrderForm;
import cn.luoshi.supervision.OrderQuery;
import cn.luoshi.supervision.OrderService;
import cn.luoshi.supervision.OrderStatus;
import cn.luoshi.supervision.ResponseForm;
import cn.luoshi.supervision.SupervisionOrder;
import cn.luoshi.supervision.Uploads;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** 督办单 pages: list, issue from a task ({@code /supervision/orders/new?taskId=…}), detail with its moves, PDF. */
@Controller
class OrderController {

    private final OrderService orders;
    private final OrgDirectory org;

    OrderController(OrderService orders, OrgDirectory org) {
        this.orders = orders;
        this.org = org;
    }

    @GetMapping("/supervision/orders")
    String list(@RequestParam(required = false) Long unitId, @RequestParam(required = false) OrderStatus status,
            @RequestParam(required = false) Integer year, @RequestParam(required = false) Integer page,
            CurrentUser me, Model model) {
        OrderQuery q = new OrderQuery(unitId, status, null, year, page, 20);
        model.addAttribute("q", q);
        model.addAttribute("page", orders.list(q, me));
        model.addAttribute("units", org.units().stream().filter(u -> u.type() != UnitType.SUPERVISION_GROUP).toList());
        model.addAttribute("statuses", OrderStatus.values());
        UriComponentsBuilder url = UriComponentsBuilder.fromPath("/supervision/orders");
        if (unitId != null) url.queryParam("unitId", unitId);
        if (status != null) url.queryParam("status", status);
        if (year != null) url.queryParam("year", year);
        model.addAttribute("listUrl", url.build().encode().toUriString());
        return "supervision/orders";
    }

    @AllowedRoles(value = {Role.SUPERVISOR, Role.ADMIN}, message = "只有督查室可以下发督办单")
    @GetMapping("/supervision/orders/new")
    String issueForm(@RequestParam long taskId, CurrentUser me, Model model) {
        OrderDraft d = orders.draft(taskId, me);
        model.addAttribute("d", d);
        model.addAttribute("form", d.form());
        return "supervision/order-form";
    }

    @PostMapping("/supervision/orders")
    String issue(@ModelAttribute("form") OrderForm form, BindingResult result, CurrentUser me, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        return WebBinding.submit(result, response, () -> {
            if (form.taskId == null) {
                throw new cn.luoshi.common.NotFoundException("任务", "（未指定）");
            }
            model.addAttribute("d", orders.draft(form.taskId, me));
            return "supervision/order-form";
        }, () -> {
            SupervisionOrder o = orders.issue(form, me);
            redirect.addFlashAttribute("flash", "已下发督办单" + o.number());
            return "redirect:/supervision/orders/" + o.id();
        });
    }

    @GetMapping("/supervision/orders/{id}")
    String detail(@PathVariable long id, CurrentUser me, Model model) {
        model.addAttribute("v", orders.view(id, me));
        return "supervision/order";
    }

    @GetMapping("/supervision/orders/{id}/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id, CurrentUser me) {
        return Uploads.pdf(orders.get(id, me).number(), orders.pdf(id, me));
    }

    @PostMapping("/supervision/orders/{id}/respond")
    String respond(@PathVariable long id, @ModelAttribute ResponseForm form,
            @RequestParam(name = "files", required = false) List<MultipartFile> files,
            @RequestParam Map<String, String> input, CurrentUser me, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        return run(id, "respond", input, me, model, redirect, response, "已办复，等待督查室审核",
                () -> orders.respond(id, form, EvidenceFile.fromUploads(files), me));
    }

    @PostMapping("/supervision/orders/{id}/close")
    String close(@PathVariable long id, @ModelAttribute DecisionForm form, @RequestParam Map<String, String> input,
            CurrentUser me, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return run(id, "close", input, me, model, redirect, response, "已确认办复，督办单办结",
                () -> orders.close(id, form, me));
    }

    @PostMapping("/supervision/orders/{id}/return")
    String sendBack(@PathVariable long id, @ModelAttribute DecisionForm form, @RequestParam Map<String, String> input,
            CurrentUser me, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return run(id, "return", input, me, model, redirect, response, "已退回重办",
                () -> orders.sendBack(id, form, me));
    }

    @PostMapping("/supervision/orders/{id}/withdraw")
    String withdraw(@PathVariable long id, @ModelAttribute DecisionForm form, @RequestParam Map<String, String> input,
            CurrentUser me, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return run(id, "withdraw", input, me, model, redirect, response, "督办单已撤销",
                () -> orders.withdraw(id, form, me));
    }

    @GetMapping("/supervision/orders/{id}/attachments/{attachmentId}")
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long attachmentId, CurrentUser me) {
        return Uploads.download(orders.attachment(id, attachmentId, me));
    }

    private String run(long id, String action, Map<String, String> input, CurrentUser me, Model model,
            RedirectAttributes redirect, HttpServletResponse response, String done, Runnable move) {
        return Actions.run("/supervision/orders/" + id, action, input, model, redirect, response, done, move,
                () -> detail(id, me, model));
    }
}
