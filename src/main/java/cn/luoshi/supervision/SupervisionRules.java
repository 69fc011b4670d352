package cn.luoshi.supervision;

import cn.luoshi.common.Violations;
import cn.luoshi.ledger.EvidenceFile;
import cn.luoshi.ledger.EvidenceType;
import cn.luoshi.ledger.WorkflowRules;
import cn.luoshi.org.CurrentUser;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.LongPredicate;

/**
 * 督查督办规则 — who keeps groups and inspections, and what makes each input acceptable. Plain Java: the service
 * passes in what it looked up (today, which units and people exist); messages are Chinese, per field. Evidence
 * files are checked as the ledger checks 办结 evidence: PDF, images, Office documents, each at most 20 MB, the type
 * recognised by content and agreeing with the name.
 */
public final class SupervisionRules {

    static final int TEXT_MAX = 2000;
    static final int LONG_TEXT_MAX = 4000;
    static final int NOTE_MAX = 500;
    static final int FILES_MAX = 10;
    /** A 督办单's 办复时限: 1 to 60 working days. */
    static final int RESPONSE_DAYS_MAX = 60;

    private SupervisionRules() {
    }

    /** 督查组, 督导检查 and 整改事项 are opened by the 督查室 (and admin). */
    public static boolean mayManage(CurrentUser me) {
        return me.managesLedger();
    }

    public static Violations group(GroupForm f, LongPredicate personExists, LongPredicate unitExists) {
        Violations v = new Violations();
        v.requireText(f.name, "name", "督查组名称", 40);
        if (f.leaderPersonId == null) {
            v.add("leaderPersonId", "请选择组长");
        } else if (!personExists.test(f.leaderPersonId)) {
            v.add("leaderPersonId", "组长不存在");
        }
        if (f.unitId != null && !unitExists.test(f.unitId)) {
            v.add("unitId", "督查组所属单位不存在");
        }
        if (f.memberIds != null && f.memberIds.stream().anyMatch(id -> id == null || !personExists.test(id))) {
            v.add("memberIds", "成员中有不存在的人员");
        }
        if (f.unitIds != null && f.unitIds.stream().anyMatch(id -> id == null || !unitExists.test(id))) {
            v.add("unitIds", "联系单位中有不存在的单位");
        }
        v.optionalText(f.focus, "focus", "督查重点", TEXT_MAX);
        return v;
    }

    /** 督导检查: a group, a unit or a task, a day not in the future (nor more than a year back), findings, a rating. */
    public static Violations inspection(InspectionForm f, LocalDate today, List<EvidenceFile> files) {
        Violations v = new Violations();
        v.check(f.groupId != null, "groupId", "请选择督查组");
        v.check(f.unitId != null || f.taskId != null, "unitId", "请选择检查的单位或任务");
        if (f.inspectedOn == null) {
            v.add("inspectedOn", "请填写检查日期");
        } else if (f.inspectedOn.isAfter(today)) {
            v.add("inspectedOn", "检查日期不能晚于今天（" + today + "）");
        } else if (f.inspectedOn.isBefore(today.minusYears(1))) {
            v.add("inspectedOn", "检查日期不能早于一年前");
        }
        v.requireText(f.findings, "findings", "发现的问题与情况", LONG_TEXT_MAX);
        v.check(f.rating != null, "rating", "请选择进展评价");
        files(v, files);
        return v;
    }

    /** 整改事项: what, an owner unit (a person of that unit if named), a deadline from today up to a year ahead. */
    public static Violations rectification(RectificationForm f, LocalDate today, LongPredicate unitExists,
            LongPredicate personInOwnerUnit) {
        Violations v = new Violations();
        v.requireText(f.title, "title", "整改事项", 200);
        v.optionalText(f.requirement, "requirement", "整改要求", TEXT_MAX);
        if (f.ownerUnitId == null) {
            v.add("ownerUnitId", "请选择整改责任单位");
        } else if (!unitExists.test(f.ownerUnitId)) {
            v.add("ownerUnitId", "整改责任单位不存在");
        } else if (f.ownerPersonId != null && !personInOwnerUnit.test(f.ownerPersonId)) {
            v.add("ownerPersonId", "整改责任人须为责任单位的人员");
        }
        if (f.deadline == null) {
            v.add("deadline", "请填写整改时限");
        } else if (f.deadline.isBefore(today)) {
            v.add("deadline", "整改时限不能早于今天（" + today + "）");
        } else if (f.deadline.isAfter(today.plusYears(1))) {
            v.add("deadline", "整改时限不能超过一年");
        }
        return v;
    }

    public static Violations progress(ProgressForm f) {
        Violations v = new Violations();
        if (f.progressPercent == null) {
            v.add("progressPercent", "请填写整改进度（0—100）");
        } else if (f.progressPercent.signum() < 0 || f.progressPercent.compareTo(BigDecimal.valueOf(100)) > 0) {
            v.add("progressPercent", "整改进度须在0—100之间");
        }
        v.requireText(f.note, "note", "整改进展", TEXT_MAX);
        return v;
    }

    /**
     * 整改佐证 — an item is reported done or closed only with evidence: the result in words (整改情况) and at least
     * one file, or — when no file can be given — a 佐证说明 saying where the evidence can be checked (e.g.
     * 经第二督查组11月20日现场核查). Files already stored with the item count.
     */
    public static Violations evidence(EvidenceForm f, List<EvidenceFile> files, int storedFiles) {
        Violations v = new Violations();
        v.requireText(f.summary, "summary", "整改情况", LONG_TEXT_MAX);
        v.optionalText(f.evidenceNote, "evidenceNote", "佐证说明", NOTE_MAX);
        v.optionalText(f.comment, "comment", "销号意见", TEXT_MAX);
        boolean note = f.evidenceNote != null && !f.evidenceNote.isBlank();
        if (present(files).isEmpty() && storedFiles == 0 && !note) {
            v.add("files", "销号须有佐证：请上传至少一个佐证材料（" + EvidenceType.ALLOWED
                    + "），或填写佐证说明（如：经督查组现场核查）");
        }
        files(v, files);
        return v;
    }

    public static Violations order(OrderForm f) {
        Violations v = new Violations();
        v.check(f.taskId != null, "taskId", "请选择督办的任务");
        v.requireText(f.basis, "basis", "督办依据", TEXT_MAX);
        v.requireText(f.requirement, "requirement", "督办要求", TEXT_MAX);
        responseDays(v, f.responseDays, true);
        v.requireText(f.signer, "signer", "签发人", 40);
        return v;
    }

    public static Violations response(ResponseForm f, List<EvidenceFile> files) {
        Violations v = new Violations();
        v.requireText(f.response, "response", "办复内容", LONG_TEXT_MAX);
        files(v, files);
        return v;
    }

    /** A decision that needs a reason (退回, 撤销); {@code responseDays}, if given, within 1—60. */
    public static Violations reason(DecisionForm f, String label) {
        Violations v = new Violations().requireText(f.reason, "reason", label, TEXT_MAX);
        responseDays(v, f.responseDays, false);
        return v;
    }

    /** A decision whose comment may be empty (确认办复). */
    public static Violations comment(DecisionForm f) {
        return new Violations().optionalText(f.reason, "reason", "意见", TEXT_MAX);
    }

    private static void responseDays(Violations v, Integer days, boolean required) {
        if (days == null) {
            v.check(!required, "responseDays", "请填写办复时限（工作日）");
        } else if (days < 1 || days > RESPONSE_DAYS_MAX) {
            v.add("responseDays", "办复时限须为1—" + RESPONSE_DAYS_MAX + "个工作日");
        }
    }

    static List<EvidenceFile> present(List<EvidenceFile> files) {
        return files == null ? List.of() : files.stream().filter(f -> f != null && f.size() > 0).toList();
    }

    /** Each file: a name, at most 20 MB, a type we accept, and content that is what its name says. */
    static void files(Violations v, List<EvidenceFile> files) {
        List<EvidenceFile> present = present(files);
        if (present.size() > FILES_MAX) {
            v.add("files", "佐证材料最多" + FILES_MAX + "个文件");
            return;
        }
        for (EvidenceFile f : present) {
            String name = f.name() == null || f.name().isBlank() ? "（未命名）" : f.name();
            if (name.length() > 255) {
                v.add("files", "文件名过长（最多255个字符）：" + name.substring(0, 40) + "…");
            } else if (f.size() > WorkflowRules.FILE_MAX) {
                v.add("files", "文件「" + name + "」大小为" + String.format("%.1f", f.size() / 1048576.0)
                        + " MB，超过20 MB的上限");
            } else {
                var claimed = EvidenceType.byName(name);
                if (claimed.isEmpty()) {
                    v.add("files", "文件「" + name + "」的类型不支持；可上传" + EvidenceType.ALLOWED);
                } else if (!claimed.get().matches(f.content())) {
                    String actual = EvidenceType.sniff(f.content()).map(t -> "实为" + t.label()).orElse("无法识别");
                    v.add("files", "文件「" + name + "」的内容与扩展名不符（扩展名为" + claimed.get().label() + "，内容"
                            + actual + "），未接收；请上传原始文件");
                }
            }
        }
    }
}
