package cn.luoshi.requests.web;

import cn.luoshi.common.ConflictException;
import cn.luoshi.common.ForbiddenException;
import cn.luoshi.common.InvalidInputException;
import cn.luoshi.common.NotFoundException;
import cn.luoshi.org.CurrentUser;
import cn.luoshi.org.OrgDirectory;
import cn.luoshi.org.Unit;
import cn.luoshi.org.UnitType;
import cn.luoshi.requests.Rating;
import cn.luoshi.requests.ClockLight;
import cn.luoshi.requests.RequestClockPass;
import cn.luoshi.requests.RequestService;
import cn.luoshi.requests.RequestSettings;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 接诉即办 pages: the list with lights, a request's page with its actions, the contact reveal and photos. */
@Controller
class RequestsController {

    private final RequestService requests;
    private final RequestSettings settings;
    private final OrgDirectory org;

    RequestsController(RequestService requests, RequestSettings settings, OrgDirectory org, RequestClockPass clockPass) {
        this.clockPass = clockPass;
        this.requests = requests;
        this.settings = settings;
        this.org = org;
    }

    private final RequestClockPass clockPass;

    @GetMapping("/requests")
    String list(@RequestParam(required = false) String status, @RequestParam(required = false) Long unit,
            @RequestParam(required = false) Long category, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "false") boolean open, @RequestParam(required = false) ClockLight light,
            CurrentUser me, Model model) {
        model.addAttribute("rows", requests.list(new RequestService.ListQuery(status, unit, category, q, open, 200, light), me));
        model.addAttribute("light", light);
        if (me.isUnitUser() && me.unitId() != null && !settings.isCentre(me)) {
            model.addAttribute("lightCounts", clockPass.countsOf(me.unitId()));
        }
        model.addAttribute("categories", requests.categories());
        model.addAttribute("units", handlingUnits());
        model.addAttribute("centre", settings.isCentre(me));
        model.addAttribute("status", status);
        model.addAttribute("unit", unit);
        model.addAttribute("category", category);
        model.addAttribute("q", q);
        model.addAttribute("open", open);
        return "requests/list";
    }

    @GetMapping("/requests/{id}")
    String detail(@PathVariable long id, CurrentUser me, Model model) {
        var d = requests.detail(id, me);
        model.addAttribute("r", d);
        model.addAttribute("centre", settings.isCentre(me));
        model.addAttribute("units", handlingUnits());
        model.addAttribute("departments", org.units().stream().filter(u -> u.type() == UnitType.DEPARTMENT).toList());
        model.addAttribute("myUnit", me.unitId());
        model.addAttribute("mayReveal", settings.isCentre(me) || (d.leadUnitId() != null && me.belongsTo(d.leadUnitId())));
        model.addAttribute("mayWhistle", d.status().isOpen() && d.status() != cn.luoshi.requests.RequestStatus.NEW
                && ((d.leadUnitId() != null && me.belongsTo(d.leadUnitId()) && isStreet(d.leadUnitId())) || settings.isCentre(me)));
        model.addAttribute("mayReply", d.status() == cn.luoshi.requests.RequestStatus.FINISHED
                && (settings.isCentre(me) || (d.leadUnitId() != null && me.belongsTo(d.leadUnitId()))));
        return "requests/detail";
    }

    private boolean isStreet(long unitId) {
        return org.unit(unitId).map(u -> u.type() == UnitType.STREET).orElse(false);
    }

    private List<Unit> handlingUnits() {
        return org.units().stream().filter(u -> u.type() == UnitType.STREET || u.type() == UnitType.DEPARTMENT).toList();
    }

    /** 查看联系方式 (audited): an htmx fragment with the clear contact data. */
    @PostMapping("/requests/{id}/contact")
    String contact(@PathVariable long id, CurrentUser me, Model model) {
        model.addAttribute("contact", requests.revealContact(id, me));
        return "requests/detail :: contact";
    }

    @GetMapping("/requests/{id}/photos/{photo}")
    ResponseEntity<byte[]> photo(@PathVariable long id, @PathVariable long photo, CurrentUser me) {
        var p = requests.photo(id, photo, me);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(p.getKey()))
                .header("Cache-Control", "private, max-age=3600").body(p.getValue());
    }

    @PostMapping("/requests/{id}/dispatch")
    String dispatch(@PathVariable long id, @RequestParam(required = false) Long leadUnitId,
            @RequestParam(required = false) List<Long> assistUnitIds, @RequestParam(required = false) String note,
            CurrentUser me, RedirectAttributes redirect) {
        return act(id, redirect, "已派单", () -> {
            if (leadUnitId == null) {
                throw InvalidInputException.of("leadUnitId", "请选择主办单位");
            }
            requests.dispatch(id, leadUnitId, assistUnitIds, note, me);
        });
    }

    @PostMapping("/requests/{id}/whistle")
    String whistle(@PathVariable long id, @RequestParam(required = false) Long leadUnitId,
            @RequestParam(required = false) List<Long> unitIds, @RequestParam(defaultValue = "4") double hours,
            @RequestParam(required = false) String reason, CurrentUser me, RedirectAttributes redirect) {
        return act(id, redirect, "已吹哨，相关部门须按时报到",
                () -> requests.whistle(id, leadUnitId, unitIds, (int) Math.round(hours * 60), reason, me));
    }

    @PostMapping("/requests/{id}/dispatches/{d}/sign")
    String sign(@PathVariable long id, @PathVariable long d, CurrentUser me, RedirectAttributes redirect) {
        return act(id, redirect, "已签收", () -> requests.sign(d, me));
    }

    @PostMapping("/requests/{id}/dispatches/{d}/contact")
    String contacted(@PathVariable long id, @PathVariable long d, @RequestParam(required = false) String note,
            CurrentUser me, RedirectAttributes redirect) {
        return act(id, redirect, "已记录首次联系", () -> requests.contact(d, note, me));
    }

    @PostMapping("/requests/{id}/dispatches/{d}/finish")
    String finish(@PathVariable long id, @PathVariable long d, @RequestParam(defaultValue = "true") boolean resolved,
            @RequestParam(required = false) String note, CurrentUser me, RedirectAttributes redirect) {
        return act(id, redirect, "已办结", () -> requests.finish(d, resolved, note, me));
    }

    @PostMapping("/requests/{id}/dispatches/{d}/return")
    String giveBack(@PathVariable long id, @PathVariable long d, @RequestParam(required = false) String reason,
            @RequestParam(defaultValue = "false") boolean dispute, CurrentUser me, RedirectAttributes redirect) {
        return act(id, redirect, dispute ? "已退单并提请指挥中心裁定" : "已退单", () -> requests.returnDispatch(d, reason, dispute, me));
    }

    @PostMapping("/requests/{id}/dispatches/{d}/pause")
    String pause(@PathVariable long id, @PathVariable long d, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String reason, @RequestParam(required = false) Double days,
            CurrentUser me, RedirectAttributes redirect) {
        return act(id, redirect, "已提交申请，待指挥中心审批", () -> requests.requestPause(d, kind, reason,
                days == null ? null : (int) Math.round(days * settings.clock().dayMinutes()), me));
    }

    @PostMapping("/requests/{id}/pauses/{p}/decide")
    String decidePause(@PathVariable long id, @PathVariable long p, @RequestParam boolean approve, CurrentUser me,
            RedirectAttributes redirect) {
        return act(id, redirect, approve ? "已批准" : "已不予批准", () -> requests.decidePause(p, approve, me));
    }

    @PostMapping("/requests/{id}/pauses/{p}/resume")
    String resume(@PathVariable long id, @PathVariable long p, CurrentUser me, RedirectAttributes redirect) {
        return act(id, redirect, "已恢复计时", () -> requests.resume(p, me));
    }

    @PostMapping("/requests/{id}/disputes/{s}/decide")
    String decideDispute(@PathVariable long id, @PathVariable long s, @RequestParam boolean upheld,
            @RequestParam(required = false) String note, CurrentUser me, RedirectAttributes redirect) {
        return act(id, redirect, "已裁定", () -> requests.decideDispute(s, upheld, note, me));
    }

    @PostMapping("/requests/{id}/reply")
    String reply(@PathVariable long id, @RequestParam(required = false) String text, @RequestParam int version,
            CurrentUser me, RedirectAttributes redirect) {
        return act(id, redirect, "已答复", () -> requests.reply(id, text, version, me));
    }

    @PostMapping("/requests/{id}/rate")
    String rate(@PathVariable long id, @RequestParam(required = false) String rating,
            @RequestParam(defaultValue = "false") boolean resolved, @RequestParam(defaultValue = "true") boolean callback,
            @RequestParam(required = false) String note, CurrentUser me, RedirectAttributes redirect) {
        return act(id, redirect, "已记录评价", () -> {
            Rating r;
            try {
                r = Rating.parse(rating);
            } catch (IllegalArgumentException e) {
                throw InvalidInputException.of("rating", e.getMessage());
            }
            requests.rate(id, r, resolved, callback, note, me);
        });
    }

    @PostMapping("/requests/{id}/reopen")
    String reopen(@PathVariable long id, @RequestParam(required = false) String reason, CurrentUser me,
            RedirectAttributes redirect) {
        return act(id, redirect, "已重办", () -> requests.reopen(id, reason, me));
    }

    @PostMapping("/requests/{id}/merge")
    String merge(@PathVariable long id, @RequestParam long into, CurrentUser me, RedirectAttributes redirect) {
        return act(id, redirect, "已合并", () -> requests.merge(id, into, me));
    }

    private static String act(long id, RedirectAttributes redirect, String ok, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("flash", ok);
        } catch (InvalidInputException | ConflictException | ForbiddenException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
        }
        return "redirect:/requests/" + id;
    }

    /** The public status page by number (no login, no personal data). */
    @GetMapping("/public/requests")
    String publicStatus(@RequestParam(required = false) String number, Model model) {
        model.addAttribute("number", number);
        if (number != null && !number.isBlank()) {
            model.addAttribute("status", requests.publicStatus(number).orElse(null));
            model.addAttribute("searched", true);
        }
        return "requests/public";
    }

    @GetMapping(value = "/api/requests/{number}/duplicates", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Object duplicates(@PathVariable String number, CurrentUser me) {
        long id = requests.idOf(number).orElseThrow(() -> new NotFoundException("诉求", number));
        requests.detail(id, me);
        return Map.of("number", number, "duplicates", requests.duplicates(id));
    }
}
