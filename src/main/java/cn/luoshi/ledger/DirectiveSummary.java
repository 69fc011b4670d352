package cn.luoshi.ledger;

import java.time.LocalDate;

/** A directive in the list, with how many tasks it has and how many are done. */
public record DirectiveSummary(long id, String title, LocalDate issuedOn, String issuer, DirectiveLevel level,
        DirectiveKind kind, int taskCount, int completedCount) {
}
