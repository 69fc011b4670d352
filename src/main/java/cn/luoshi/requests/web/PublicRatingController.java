package cn.luoshi.requests.web;

import cn.luoshi.common.ConflictException;
import cn.luoshi.common.InvalidInputException;
import cn.luoshi.common.Violations;
import cn.luoshi.requests.Rating;
import cn.luoshi.requests.RequestService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 市民评价 on the public status page (no login): the citizen proves the request is theirs with the phone they gave
 * (or the Open311 token) and rates the reply. Refusals re-show the page with the reason: 400 (input, proof), 409
 * (already rated, not replied), 429 (too many attempts).
 */
@Controller
class PublicRatingController {

    private final RequestService requests;

    PublicRatingController(RequestService requests) {
        this.requests = requests;
    }

    @PostMapping("/public/requests/rate")
    String rate(@RequestParam(required = false) String number, @RequestParam(required = false) String proof,
            @RequestParam(required = false) String rating, @RequestParam(required = false) String resolved,
            @RequestParam(required = false) String comment, HttpServletRequest request, HttpServletResponse response,
            Model model, RedirectAttributes redirect) {
        Rating r = null;
        if (rating != null && !rating.isBlank()) {
            try {
                r = Rating.parse(rating.trim());
            } catch (IllegalArgumentException e) {
                r = null;
            }
        }
        Boolean res = resolved == null || resolved.isBlank() ? null : Boolean.valueOf("true".equals(resolved.trim()));
        String message;
        int status;
        try {
            Rating done = requests.rateByCitizen(number, proof, r, res, comment, clientKey(request));
            redirect.addFlashAttribute("rated", done == Rating.UNSATISFIED
                    ? "已收到您的评价（不满意），诉求已退回重新办理，办理进度可在本页查询。"
                    : "已收到您的评价（" + done.label() + "），感谢您的监督。");
            return "redirect:/public/requests?number=" + (number == null ? "" : number.trim());
        } catch (InvalidInputException e) {
            Map<String, String> errors = new LinkedHashMap<>();
            for (Violations.Violation v : e.violations()) {
                errors.merge(v.field(), v.message(), (a, b) -> a + "；" + b);
            }
            message = String.join("；", errors.values());
            status = 400;
        } catch (RequestService.CitizenRatingRefused e) {
            message = e.getMessage();
            status = e.status();
        } catch (ConflictException e) {
            message = e.getMessage();
            status = 409;
        }
        response.setStatus(status);
        model.addAttribute("number", number);
        model.addAttribute("searched", true);
        model.addAttribute("status", number == null ? null : requests.publicStatus(number).orElse(null));
        model.addAttribute("rateError", message);
        model.addAttribute("form", Map.of("rating", rating == null ? "" : rating, "resolved", resolved == null ? "" : resolved,
                "comment", comment == null ? "" : comment));
        return "requests/public";
    }

    /** The client, as a hash of its address (attempts are counted per client without keeping addresses). */
    static String clientKey(HttpServletRequest request) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(String.valueOf(request.getRemoteAddr())
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
