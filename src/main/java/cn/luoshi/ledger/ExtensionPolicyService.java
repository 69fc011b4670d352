package cn.luoshi.ledger;

import cn.luoshi.audit.AuditAction;
import cn.luoshi.audit.AuditLog;
import cn.luoshi.common.ConflictException;
import cn.luoshi.common.Violations;
import cn.luoshi.ledger.internal.ExtensionPolicy;
import cn.luoshi.org.CurrentUser;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 流程设置 — the district's {@link ExtensionPolicy}: read by the workflow, changed by the admin or the 督查室. */
@Service
public class ExtensionPolicyService {

    private final JdbcClient jdbc;
    private final AuditLog audit;

    ExtensionPolicyService(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    public ExtensionPolicy current() {
        return jdbc.sql("select * from extension_policy where id = 1")
                .query((rs, i) -> new ExtensionPolicy(
                        ExtensionPolicy.LeaderApproval.valueOf(rs.getString("leader_approval")),
                        rs.getInt("threshold_working_days"), rs.getInt("version")))
                .optional().orElse(ExtensionPolicy.none());
    }

    /** Form data of the settings page. */
    public static class PolicyForm {
        public ExtensionPolicy.LeaderApproval leaderApproval;
        public Integer thresholdWorkingDays;
        public Integer version;
    }

    @Transactional
    public ExtensionPolicy update(PolicyForm f, CurrentUser me) {
        LedgerPermissions.require(me.managesLedger(), "只有督查室或系统管理员可以修改流程设置");
        ExtensionPolicy before = current();
        if (f.version != null && f.version != before.version()) {
            throw ConflictException.staleEdit();
        }
        var v = new Violations();
        if (f.leaderApproval == null) {
            v.add("leaderApproval", "请选择延期申请的审批方式");
        }
        int threshold = f.thresholdWorkingDays == null ? before.thresholdWorkingDays() : f.thresholdWorkingDays;
        if (f.leaderApproval == ExtensionPolicy.LeaderApproval.LONGER_THAN && f.thresholdWorkingDays == null) {
            v.add("thresholdWorkingDays", "请填写超过多少个工作日需报领导审批");
        } else if (threshold < ExtensionPolicy.THRESHOLD_MIN || threshold > ExtensionPolicy.THRESHOLD_MAX) {
            v.add("thresholdWorkingDays", "工作日数应在" + ExtensionPolicy.THRESHOLD_MIN + "到"
                    + ExtensionPolicy.THRESHOLD_MAX + "之间");
        }
        v.throwIfAny();
        int n = jdbc.sql("""
                update extension_policy set leader_approval = :mode, threshold_working_days = :threshold,
                  version = version + 1, updated_by = :by, updated_at = luoshi_now()
                where id = 1 and version = :version""")
                .param("mode", f.leaderApproval.name()).param("threshold", threshold)
                .param("by", me.auditName()).param("version", before.version()).update();
        if (n == 0) {
            throw ConflictException.staleEdit();
        }
        ExtensionPolicy after = current();
        audit.record(me.auditName(), AuditAction.UPDATE, new AuditLog.Subject("流程设置", 1, null, null), "修改延期审批方式",
                Map.of("延期审批", before.describe()), Map.of("延期审批", after.describe()));
        return after;
    }
}
