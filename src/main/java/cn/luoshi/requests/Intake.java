package cn.luoshi.requests;

import java.util.List;

/** The outcome of an intake: {@code created} false when the same report had arrived before (idempotent repeat). */
public record Intake(long id, String number, boolean created, List<DuplicateRule.Match> possibleDuplicates) {
}
