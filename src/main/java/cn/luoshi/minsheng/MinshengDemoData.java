package cn.luoshi.minsheng;

import cn.luoshi.ledger.TaggedTasks;
import cn.luoshi.org.CurrentUser;
import cn.luoshi.org.SystemUser;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo: gives the demo's 民生实事 tasks (found by tag) a public note and investments and publishes once, so the public
 * page shows something on a fresh start. Runs after the demo ledger; does nothing once anything was published.
 */
@Component
@Order(30)
class MinshengDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(MinshengDemoData.class);

    private final boolean enabled;
    private final MinshengService minsheng;
    private final cn.luoshi.ledger.TaggedTaskQuery tagged;
    private final MinshengStore store;
    private final TransactionTemplate tx;

    MinshengDemoData(@Value("${luoshi.demo-data:true}") boolean enabled, MinshengService minsheng,
            cn.luoshi.ledger.TaggedTaskQuery tagged, MinshengStore store, TransactionTemplate tx) {
        this.enabled = enabled;
        this.minsheng = minsheng;
        this.tagged = tagged;
        this.store = store;
        this.tx = tx;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled || minsheng.anyPublication()) {
            return;
        }
        CurrentUser system = SystemUser.INSTANCE;
        var tasks = tagged.withTag(MinshengService.TAG, system).items();
        if (tasks.isEmpty()) {
            return;
        }
        tx.executeWithoutResult(s -> {
            for (TaggedTasks.Item t : tasks) {
                if (store.item(t.id()).isEmpty()) {
                    minsheng.update(t.id(), form(t), system);
                }
            }
            Publication p = minsheng.publish(0, system);
            log.info("已发布民生实事演示数据第{}期（{}项）：/public/minsheng", p.number(), p.items().size());
        });
    }

    /**
     * Plausible public face by what the task is about; a task without a quantified target (an umbrella such as
     * "办好年度民生实事") is left out, as a 督查室 would, so the figures count the concrete items only.
     */
    static MinshengForm form(TaggedTasks.Item t) {
        MinshengForm f = new MinshengForm();
        f.version = 0;
        f.included = t.target() != null;
        BigDecimal perUnit = null;
        if (t.title().contains("老旧小区")) {
            f.publicNote = "今年改造115个老旧小区，同步实施雨污分流和“断头路”治理；施工期间请居民注意出行安全。";
            perUnit = new BigDecimal("300"); // 万元 per 小区
        } else if (t.title().contains("健身")) {
            f.publicNote = "社区健身中心建成一个、开放一个，免费向居民开放。";
            perUnit = new BigDecimal("100");
        } else if (f.included) {
            f.publicNote = "按计划推进，进展每月更新。";
        } else {
            f.publicNote = "统筹任务，具体项目分别公开。";
        }
        if (perUnit != null && t.target() != null) {
            f.plannedInvestment = perUnit.multiply(t.target().value()).setScale(2, RoundingMode.HALF_UP);
            BigDecimal share = t.progressPercent() == null ? BigDecimal.ZERO
                    : t.progressPercent().min(BigDecimal.valueOf(100)).movePointLeft(2);
            f.completedInvestment = f.plannedInvestment.multiply(share).setScale(2, RoundingMode.HALF_UP);
        }
        return f;
    }
}
