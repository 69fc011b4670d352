package cn.luoshi.supervision;

import cn.luoshi.ledger.light.Light;
import java.time.LocalDate;

/**
 * 督办单: a numbered order (督办〔2026〕第N号) to a lagging task's lead unit (承办单位), with the task as it was when
 * issued (督办事项, its light and reason), 督办依据, 督办要求, 办复时限 (working days and the date), 签发; then the
 * unit's answer (办复) and the 督查室's decision.
 */
public record SupervisionOrder(long id, String number, int year, int seq, long taskId, long directiveId,
        String taskTitle, long unitId, String unitName, Light light, String lightReason, String basis,
        String requirement, int responseDays, LocalDate issuedOn, LocalDate responseDue, String signer,
        OrderStatus status, String response, LocalDate respondedOn, String respondedBy, String returnReason,
        int returnedCount, LocalDate decidedOn, String decidedBy, String decisionComment, int version,
        String issuedBy) {
}
