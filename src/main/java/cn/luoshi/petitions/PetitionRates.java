package cn.luoshi.petitions;

import java.math.BigDecimal;

/**
 * 信访工作五率 — the rates the 信访 assessments use, over the cases of a period, with the percentages computed by the
 * office's {@link Growth} rule (two decimals, cut unless set otherwise):
 * <ul>
 * <li>按期受理率 = cases told within the 受理告知 limit (第二十三条, 15日) / cases whose limit fell in the period;</li>
 * <li>按期办结率 = cases answered within 60 days plus any extension (第三十四条) / cases answered in the period;</li>
 * <li>一次性化解率 = first-time cases (初信初访) answered with no repeat visit afterwards / first-time cases answered;</li>
 * <li>积案化解率 = 积案 resolved / 积案 in the register;</li>
 * <li>重复信访率 = repeat registrations (重复信访, any visit after the first of its case) / all registrations.</li>
 * </ul>
 * A rate over nothing is null ("—"), never 0 or 100.
 */
public record PetitionRates(BigDecimal acceptedOnTime, BigDecimal answeredOnTime, BigDecimal resolvedFirstTime,
        BigDecimal backlogResolved, BigDecimal repeatRate, Counts counts) {

    /** The numerators and denominators. */
    public record Counts(long acceptanceDue, long acceptedOnTime, long answered, long answeredOnTime,
            long firstTimeAnswered, long firstTimeResolved, long backlog, long backlogResolved, long registrations,
            long repeats) {
    }

    public static PetitionRates of(Counts c, Growth rule) {
        return new PetitionRates(rule.rate(c.acceptedOnTime(), c.acceptanceDue()),
                rule.rate(c.answeredOnTime(), c.answered()), rule.rate(c.firstTimeResolved(), c.firstTimeAnswered()),
                rule.rate(c.backlogResolved(), c.backlog()), rule.rate(c.repeats(), c.registrations()), c);
    }

    /** The five as shown, in the order of the definitions: label, rate text, numerator, denominator. */
    public java.util.List<String[]> lines() {
        return java.util.List.of(
                new String[] {"按期受理率", show(acceptedOnTime), "" + counts.acceptedOnTime(), "" + counts.acceptanceDue()},
                new String[] {"按期办结率", show(answeredOnTime), "" + counts.answeredOnTime(), "" + counts.answered()},
                new String[] {"一次性化解率", show(resolvedFirstTime), "" + counts.firstTimeResolved(),
                    "" + counts.firstTimeAnswered()},
                new String[] {"积案化解率", show(backlogResolved), "" + counts.backlogResolved(), "" + counts.backlog()},
                new String[] {"重复信访率", show(repeatRate), "" + counts.repeats(), "" + counts.registrations()});
    }

    public static String show(BigDecimal rate) {
        return rate == null ? "—" : rate.toPlainString() + "%";
    }
}
