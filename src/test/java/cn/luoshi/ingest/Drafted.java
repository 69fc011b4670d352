package cn.luoshi.ingest;

import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.assertj.core.groups.Tuple;

/**
 * Drafts of short texts for the phrasing tests, all on one date (10 February 2025): a text as given, a plan section
 * (二、2025年工作安排 › （一）) or a review section (一、2024年工作回顾) around a body of sentences.
 */
final class Drafted {

    private static final DirectiveDrafter DRAFTER = DirectiveDrafter.create();

    private Drafted() {}

    static DirectiveDraft draft(String text) {
        return DRAFTER.draft("t.txt", text, LocalDate.of(2025, 2, 10));
    }

    static DirectiveDraft plan(String body) {
        return draft("二、2025年工作安排\n（一）抓项目促投资\n" + body + "\n");
    }

    static DirectiveDraft review(String body) {
        return draft("一、2024年工作回顾\n" + body + "\n");
    }

    /** 86.50 → "86.5": a value as a clerk reads it. */
    static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    /** The units a draft names, as (name as written, role). */
    static List<Tuple> units(DirectiveDraft d) {
        return d.units().stream().map(u -> tuple(u.name(), u.role())).toList();
    }
}
