package cn.luoshi.demo;

import java.math.BigDecimal;
import java.util.List;

/** The shape of {@code demo/demo-ledger.json}. Dates are "MM-dd" in the current year. */
record DemoLedger(String note, String password, List<DemoUnit> units, List<DemoPerson> people, List<DemoUser> users,
        List<DemoDirective> directives) {

    record DemoUnit(String type, String shortName, String full, String parent) {
    }

    record DemoPerson(String unit, String name, String position, String phone, boolean leader, String portfolio,
            List<String> portfolioUnits) {
    }

    record DemoUser(String username, String name, String role, String unit) {
    }

    record DemoDirective(String seed, String title, String date, String issuer, String level, String kind,
            List<DemoNode> nodes) {
    }

    record DemoNode(String kind, String title, String description, DemoTarget target, String start, String deadline,
            String lead, List<String> co, String leader, String person, String contact, List<String> tags,
            List<DemoMilestone> milestones, boolean accepted, List<DemoReport> reports, List<DemoProblem> problems,
            List<DemoNode> children) {
    }

    record DemoTarget(BigDecimal value, String unit, String object, String period) {
    }

    record DemoMilestone(String date, String title, BigDecimal planned) {
    }

    record DemoReport(String date, BigDecimal cumulative, String narrative, String difficulties, boolean coordination,
            String next) {
    }

    record DemoProblem(String description, String owner, String ownerPerson, String due, String status,
            String resolution) {
    }
}
