package cn.luoshi.ledger.internal;

import java.time.Instant;

/** 领导批示 on a task, and the lead unit's reply. */
public record Instruction(long id, long taskId, String body, String writtenBy, Instant writtenAt, String reply,
        String repliedBy, Instant repliedAt, int version) {
}
