package cn.luoshi.demo;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The shape of {@code demo/demo-ledger.json}: the organisation, and what happened to each task after it was
 * accepted into the ledger (the activity overlay), by seed file and by the engine's title of the node the task was
 * made from. Dates are "MM-dd" in the current year.
 */
record DemoLedger(String note, String password, List<DemoUnit> units, List<DemoPerson> people, List<DemoUser> users,
        Map<String, Map<String, DemoActivity>> activity) {

    record DemoUnit(String type, String shortName, String full, String parent) {
    }

    record DemoPerson(String unit, String name, String position, String phone, boolean leader, String portfolio,
            List<String> portfolioUnits) {
    }

    record DemoUser(String username, String name, String role, String unit) {
    }

    /** A task's life after 交办: tags, milestones, 签收, progress reports, problems, 延期, 办结. */
    record DemoActivity(List<String> tags, List<DemoMilestone> milestones, boolean accepted, List<DemoReport> reports,
            List<DemoProblem> problems, DemoExtension extension, DemoCompletion completion) {
    }

    record DemoMilestone(String date, String title, BigDecimal planned) {
    }

    record DemoReport(String date, BigDecimal cumulative, String narrative, String difficulties, boolean coordination,
            String next) {
    }

    record DemoProblem(String description, String owner, String ownerPerson, String due, String status,
            String resolution) {
    }

    /** 延期申请 to {@code to}; approved by the 督查室 when {@code approve}, else left 待审核. */
    record DemoExtension(String to, String reason, String progress, boolean approve) {
    }

    /** 申请办结 with one evidence picture, approved by the 督查室. */
    record DemoCompletion(String summary, String file) {
    }
}
