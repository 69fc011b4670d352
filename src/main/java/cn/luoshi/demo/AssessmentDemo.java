package cn.luoshi.demo;

import cn.luoshi.assessment.AssessmentService;
import cn.luoshi.assessment.Run;
import cn.luoshi.assessment.SchemeDefinition;
import cn.luoshi.assessment.SchemePresets;
import cn.luoshi.org.CurrentUser;
import cn.luoshi.org.OrgDirectory;
import cn.luoshi.org.Role;
import cn.luoshi.org.SystemUser;
import cn.luoshi.org.Unit;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Map;
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
 * Demo 绩效考核: this year's 考核办法 (the preset, three groups, indicators from every module), published; manual
 * values (民主测评, 表彰) for every unit; the year scored from the other demos' records and published; and one appeal
 * (住建's 民主测评 line) decided, so the result has a second version with its diff. Runs after every other demo;
 * skipped when any scheme exists. Through the module's public service only.
 */
@Component
@Order(60)
class AssessmentDemo implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AssessmentDemo.class);

    private final boolean enabled;
    private final AssessmentService assessment;
    private final OrgDirectory org;
    private final TransactionTemplate tx;
    private final Clock clock;

    AssessmentDemo(@Value("${luoshi.demo-data:true}") boolean enabled, AssessmentService assessment, OrgDirectory org,
            TransactionTemplate tx, Clock clock) {
        this.enabled = enabled;
        this.assessment = assessment;
        this.org = org;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled || !org.hasAnyUnit() || assessment.hasAnyScheme()) {
            return;
        }
        long t0 = System.nanoTime();
        tx.executeWithoutResult(s -> load());
        log.info("演示绩效考核：{} ms", (System.nanoTime() - t0) / 1_000_000);
    }

    private void load() {
        long t0 = System.nanoTime();
        int year = java.time.LocalDate.now(clock.withZone(java.time.ZoneId.of("Asia/Shanghai"))).getYear();
        Map<String, Unit> units = org.units().stream().collect(Collectors.toMap(Unit::shortName, u -> u, (a, b) -> a));
        SchemeDefinition def = SchemePresets.districtCommonPractice(year);
        // keep only the groups' units that exist (a trimmed organisation still gets a demo)
        def = new SchemeDefinition(def.title(), def.year(), def.effectiveFrom(), def.effectiveTo(), def.basis(),
                def.excellentFrom(), def.goodFrom(), def.passFrom(), def.excellentShare(), def.bonusCap(),
                def.deductionCap(), def.noData(), def.appealDays(), def.groups().stream()
                        .map(g -> new SchemeDefinition.GroupDef(g.name(), g.total(),
                                g.units().stream().filter(units::containsKey).toList(), g.indicators()))
                        .filter(g -> !g.units().isEmpty()).toList());
        CurrentUser office = SystemUser.INSTANCE;
        long schemeId = assessment.createScheme(def, office);
        assessment.publishScheme(schemeId, assessment.scheme(schemeId).rowVersion(), office);
        int k = 0;
        for (SchemeDefinition.GroupDef g : def.groups()) {
            for (String name : g.units()) {
                long unitId = units.get(name).id();
                // 民主测评: a spread from 82 to 97, deterministic
                assessment.enterManual(schemeId, "survey", unitId, BigDecimal.valueOf(82 + (k * 7) % 16), "年终民主测评",
                        null, office);
                if (k % 4 == 1) {
                    assessment.enterManual(schemeId, "award", unitId, BigDecimal.valueOf(1 + k % 3), "市级表彰", null,
                            office);
                }
                k++;
            }
        }
        long t1 = System.nanoTime();
        long runId = assessment.compute(schemeId, "FINAL", null, office);
        long t2 = System.nanoTime();
        Run run = assessment.run(runId, office);
        assessment.publish(runId, run.rowVersion(), office);
        Unit zhujian = units.get("住建");
        if (zhujian != null) {
            CurrentUser head = new CurrentUser(0, "zhujian", "赵刚", Role.UNIT_HEAD, zhujian.id(), zhujian.shortName());
            long appeal = assessment.appeal(runId, zhujian.id(), "survey",
                    "民主测评汇总时漏计了本局第二党支部的12份有效测评表，补计后平均分应为90分。", new BigDecimal("90"), null, head);
            int v = assessment.appealOf(appeal, office).rowVersion();
            assessment.decide(appeal, true, "经核对原始测评表，漏计属实，按补计后的90分调整。", new BigDecimal("90"), v, office);
        }
        log.info("演示绩效考核：办法与录入 {} ms，计分 {} ms，发布与申诉 {} ms", (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000,
                (System.nanoTime() - t2) / 1_000_000);
    }

    static List<String> groups() {
        return List.of("经济部门", "社会事业部门", "街道");
    }
}
