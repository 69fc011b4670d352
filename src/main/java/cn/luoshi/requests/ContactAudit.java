package cn.luoshi.requests;

import cn.luoshi.audit.AuditAction;

/** The audit action for reading personal data (查看). */
final class ContactAudit {

    static final AuditAction READ = AuditAction.READ;

    private ContactAudit() {
    }
}
