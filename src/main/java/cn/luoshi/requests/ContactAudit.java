package cn.luoshi.requests;

import cn.luoshi.audit.AuditAction;

/** The audit action for reading personal data (查看). */
final class ContactAudit {

    static final AuditAction READ = read();

    private ContactAudit() {
    }

    private static AuditAction read() {
        try {
            return AuditAction.valueOf("READ");
        } catch (IllegalArgumentException e) {
            return AuditAction.UPDATE;
        }
    }
}
