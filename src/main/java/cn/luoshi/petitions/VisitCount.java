package cn.luoshi.petitions;

import java.util.Collection;

/**
 * 信访量口径 — how the speeches count: 件 (cases, each counted once), 件次 (registrations: every letter, visit, online
 * petition or call counts once, repeats included), 人次 (the people on the registrations: a group visit of 30 counts
 * 30). 信访总量 in 件人次 is the usual sum: 来信、网上、电话 in 件次 plus 来访 in 人次 — "到国家局信访量2185件人次".
 */
public record VisitCount(long cases, long registrations, long people, long mixed) {

    public static final VisitCount ZERO = new VisitCount(0, 0, 0, 0);

    /** One visit as the counts need it. */
    public record Line(long caseId, Channel channel, int people) {
    }

    public static VisitCount of(Collection<Line> lines) {
        long regs = 0;
        long people = 0;
        long mixed = 0;
        java.util.Set<Long> cases = new java.util.HashSet<>();
        for (Line l : lines) {
            regs++;
            int p = Math.max(1, l.people());
            people += p;
            mixed += l.channel().countsPeople() ? p : 1;
            cases.add(l.caseId());
        }
        return new VisitCount(cases.size(), regs, people, mixed);
    }

    /** The count in {@code unit}. */
    public long in(Measure unit) {
        return switch (unit) {
            case CASES -> cases;
            case REGISTRATIONS -> registrations;
            case PEOPLE -> people;
            case MIXED -> mixed;
        };
    }

    /** 件, 件次, 人次, 件人次. */
    public enum Measure {
        CASES("件"), REGISTRATIONS("件次"), PEOPLE("人次"), MIXED("件人次");

        private final String label;

        Measure(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
