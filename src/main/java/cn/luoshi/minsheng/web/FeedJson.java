package cn.luoshi.minsheng.web;

import cn.luoshi.minsheng.MinshengRates;
import cn.luoshi.minsheng.Publication;
import cn.luoshi.minsheng.PublishedItem;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON feed's document ({@code luoshi-minsheng/1}, described in docs/minsheng.md): stable English field names,
 * ISO dates, percentages with one decimal, amounts in 万元. Built as ordered maps so the field order is stable too.
 */
final class FeedJson {

    static final String FORMAT = "luoshi-minsheng/1";

    private FeedJson() {
    }

    static Map<String, Object> unpublished() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("format", FORMAT);
        m.put("published", false);
        m.put("version", null);
        m.put("publishedAt", null);
        m.put("asOf", null);
        m.put("summary", null);
        m.put("items", List.of());
        m.put("page", "/public/minsheng");
        return m;
    }

    static Map<String, Object> of(Publication p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("format", FORMAT);
        m.put("published", true);
        m.put("version", p.number());
        m.put("publishedAt", p.publishedAtChina().truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        m.put("asOf", p.asOf().toString());
        m.put("summary", summary(p.figures()));
        m.put("items", p.items().stream().map(FeedJson::item).toList());
        m.put("page", "/public/minsheng");
        return m;
    }

    private static Map<String, Object> summary(MinshengRates.Figures f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("items", f.items());
        m.put("completed", f.completed());
        m.put("started", f.started());
        m.put("completionRate", f.completionRate());
        m.put("startRate", f.startRate());
        m.put("averageProgress", f.averageProgress());
        Map<String, Object> inv = new LinkedHashMap<>();
        inv.put("unit", "万元");
        inv.put("items", f.itemsWithInvestment());
        inv.put("planned", f.plannedInvestment());
        inv.put("completed", f.completedInvestment());
        inv.put("rate", f.investmentRate());
        m.put("investment", inv);
        return m;
    }

    private static Map<String, Object> item(PublishedItem i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("seq", i.seq());
        m.put("id", i.taskId());
        m.put("title", i.title());
        m.put("target", i.target());
        m.put("leadUnit", i.leadUnit());
        m.put("coUnits", i.coUnits());
        m.put("deadline", i.deadline() == null ? null : i.deadline().toString());
        m.put("originalDeadline", i.originalDeadline() == null ? null : i.originalDeadline().toString());
        m.put("completedOn", i.completedOn() == null ? null : i.completedOn().toString());
        m.put("completedLate", i.completedLate());
        m.put("timeline", i.timeline());
        m.put("progressPercent", i.progressPercent());
        m.put("status", i.status().name());
        m.put("statusLabel", i.status().label());
        m.put("light", i.light().name());
        m.put("lightLabel", i.light().label());
        m.put("lastUpdate", i.lastUpdate() == null ? null : i.lastUpdate().toString());
        m.put("note", i.note());
        m.put("plannedInvestment", i.plannedInvestment());
        m.put("completedInvestment", i.completedInvestment());
        m.put("investmentNote", i.investmentNote());
        return m;
    }
}
