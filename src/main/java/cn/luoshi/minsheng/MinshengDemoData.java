package cn.luoshi.minsheng;

import cn.luoshi.ledger.TaggedTaskQuery;
import cn.luoshi.ledger.TaggedTasks;
import cn.luoshi.ledger.Target;
import cn.luoshi.ledger.TaskService;
import cn.luoshi.org.CurrentUser;
import cn.luoshi.org.OrgDirectory;
import cn.luoshi.org.Person;
import cn.luoshi.org.SystemUser;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo: gives the demo's 民生实事 tasks (found by tag) a public face made from what each task says — its quantified
 * targets, all of them — and publishes once, so the public page shows something on a fresh start. Runs after the
 * demo ledger; does nothing once anything was published.
 */
@Component
@Order(30)
class MinshengDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(MinshengDemoData.class);

    /** 万元 per unit of a target, by its measure word; targets in other units (亿元, %, …) carry no investment. */
    private static final Map<String, BigDecimal> COST_PER_UNIT = Map.of("个", new BigDecimal("200"), "条",
            new BigDecimal("150"), "所", new BigDecimal("2000"), "处", new BigDecimal("50"), "座",
            new BigDecimal("500"), "公里", new BigDecimal("300"));

    /** Targets named in a title and in a note, at most. */
    static final int TITLE_TARGETS = 3;
    static final int NOTE_TARGETS = 8;

    private final boolean enabled;
    private final MinshengService minsheng;
    private final TaggedTaskQuery tagged;
    private final TaskService tasks;
    private final OrgDirectory org;
    private final MinshengStore store;
    private final TransactionTemplate tx;

    MinshengDemoData(@Value("${luoshi.demo-data:true}") boolean enabled, MinshengService minsheng,
            TaggedTaskQuery tagged, TaskService tasks, OrgDirectory org, MinshengStore store, TransactionTemplate tx) {
        this.enabled = enabled;
        this.minsheng = minsheng;
        this.tagged = tagged;
        this.tasks = tasks;
        this.org = org;
        this.store = store;
        this.tx = tx;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled || minsheng.anyPublication()) {
            return;
        }
        CurrentUser system = SystemUser.INSTANCE;
        var items = tagged.withTag(MinshengService.TAG, system).items();
        if (items.isEmpty()) {
            return;
        }
        List<String> people = org.people().stream().map(Person::name).toList();
        tx.executeWithoutResult(s -> {
            for (TaggedTasks.Item t : items) {
                if (store.item(t.id()).isEmpty()) {
                    minsheng.update(t.id(), form(t, tasks.get(t.id(), system).targets(), people), system);
                }
            }
            Publication p = minsheng.publish(0, system);
            log.info("已发布民生实事演示数据第{}期（{}项）：/public/minsheng", p.number(), p.items().size());
        });
    }

    /**
     * A plausible public face from what the task says: a task without a quantified target (an umbrella such as
     * "持续办好民生实事", or a measure reported in percent) is left out, as a 督查室 would, so the figures count the
     * concrete items only. An included one is titled by what it builds (its targets' objects), its note lists every
     * target and says which one the progress counts, and its investments follow from the targets' quantities. Texts
     * the public rules would refuse (a person's name, too long) fall back to plain ones, so the demo always loads.
     */
    static MinshengForm form(TaggedTasks.Item t, List<Target> targets, List<String> personNames) {
        MinshengForm f = new MinshengForm();
        f.version = 0;
        f.included = t.target() != null && !targets.isEmpty();
        if (!f.included) {
            f.publicNote = "统筹推进的任务，具体项目分别公开。";
            return f;
        }
        f.publicTitle = title(targets);
        f.publicNote = note(targets);
        f.plannedInvestment = planned(targets);
        if (f.plannedInvestment != null) {
            BigDecimal share = t.progressPercent() == null ? BigDecimal.ZERO
                    : t.progressPercent().max(BigDecimal.ZERO).min(BigDecimal.valueOf(100)).movePointLeft(2);
            f.completedInvestment = f.plannedInvestment.multiply(share).setScale(2, RoundingMode.HALF_UP);
        }
        if (!MinshengRules.item(f, personNames).isEmpty()) {
            f.publicTitle = null;
            f.publicNote = "按计划推进，进展每月更新。";
            f.plannedInvestment = null;
            f.completedInvestment = null;
        }
        return f;
    }

    /** "老旧小区改造、社区健身中心建设、精品特色街区" — what it builds, the first three, "等" for more. */
    static String title(List<Target> targets) {
        Set<String> objects = targets.stream().map(Target::object).filter(Objects::nonNull).map(String::strip)
                .filter(o -> !o.isEmpty()).collect(Collectors.toCollection(LinkedHashSet::new));
        if (objects.isEmpty()) {
            return null;
        }
        String named = objects.stream().limit(TITLE_TARGETS).collect(Collectors.joining("、"));
        return objects.size() > TITLE_TARGETS ? named + "等" : named;
    }

    /**
     * "今年完成115个老旧小区改造、22个社区健身中心建设、5条精品特色街区。进度按115个老旧小区改造计算，每月更新。" — every
     * target (the first eight, then "等N项"), under their common period when they share one.
     */
    static String note(List<Target> targets) {
        Set<String> periods = targets.stream().map(g -> g.period() == null ? "" : g.period().strip())
                .collect(Collectors.toSet());
        String period = periods.size() == 1 ? periods.iterator().next() : "";
        List<String> named = new ArrayList<>();
        for (Target g : targets.subList(0, Math.min(NOTE_TARGETS, targets.size()))) {
            named.add(period.isEmpty() ? g.describe() : quantity(g));
        }
        StringBuilder s = new StringBuilder(period).append("完成").append(String.join("、", named));
        if (targets.size() > NOTE_TARGETS) {
            s.append("等").append(targets.size()).append("项");
        }
        s.append("。");
        if (targets.size() > 1) {
            s.append("进度按").append(quantity(targets.get(0))).append("计算，");
        } else {
            s.append("进度");
        }
        return s.append("每月更新。").toString();
    }

    /** "115个老旧小区改造". */
    private static String quantity(Target g) {
        return g.value().stripTrailingZeros().toPlainString() + Objects.toString(g.unit(), "")
                + Objects.toString(g.object(), "");
    }

    /** Σ quantity × 万元 per unit over the targets counted in pieces, roads, schools …; null if none is. */
    static BigDecimal planned(List<Target> targets) {
        BigDecimal sum = null;
        for (Target g : targets) {
            BigDecimal cost = g.unit() == null ? null : COST_PER_UNIT.get(g.unit().strip());
            if (cost != null) {
                sum = (sum == null ? BigDecimal.ZERO : sum).add(cost.multiply(g.value()));
            }
        }
        return sum == null ? null : sum.setScale(2, RoundingMode.HALF_UP);
    }
}
