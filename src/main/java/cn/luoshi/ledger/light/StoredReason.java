package cn.luoshi.ledger.light;

import java.util.List;

/**
 * A light's reason (亮灯原因) as it is stored. The deadline finding — 已逾期N个工作日, 距完成时限还剩N个工作日,
 * 今日到期 — counts days that change every working day while the light does not, so it is kept as a flag and
 * counted afresh from the deadline when the light is shown; the other findings are kept in words.
 *
 * @param deadlineFinding whether the reason opens with the deadline finding (the rule always puts it first)
 * @param otherFindings   the remaining findings joined with "；", possibly empty
 */
public record StoredReason(boolean deadlineFinding, String otherFindings) {

    public StoredReason {
        otherFindings = otherFindings == null ? "" : otherFindings;
    }

    /** Splits a verdict's findings; {@code countdown} is the one the verdict was judged with (null if none). */
    public static StoredReason of(List<String> reasons, Countdown countdown) {
        boolean first = countdown != null && !reasons.isEmpty() && reasons.get(0).equals(countdown.reasonText());
        return new StoredReason(first, String.join("；", first ? reasons.subList(1, reasons.size()) : reasons));
    }

    /** The reason in words for the day of {@code today}'s countdown (null when the task has none). */
    public String shown(Countdown today) {
        if (!deadlineFinding || today == null) {
            return otherFindings;
        }
        return otherFindings.isEmpty() ? today.reasonText() : today.reasonText() + "；" + otherFindings;
    }
}
