package cn.luoshi.common;

import java.util.Objects;
import java.util.Set;

/**
 * 到达通知: work has just landed on somebody — 交办, 重新交办, 退回, 督办单, 批示 and its 回复, a 延期/办结 request and
 * the decision on it, 办复, 整改, a problem to solve, a 通报 that names a unit. Published (a plain Spring event, in the
 * changing transaction) by the module where the work lands; the reminders module listens and, after commit, puts a
 * notice in each recipient's bell at once (and e-mail / group robot per their settings). Events go outward: the
 * publisher does not know who listens.
 *
 * @param kind        stable code of what arrived, e.g. {@code TASK_ASSIGNED} (at most 40 characters)
 * @param label       its Chinese label, e.g. 新交办
 * @param subjectType the record's kind ({@code TASK}, {@code ORDER} …)
 * @param subjectId   the record's id
 * @param occurrence  which occurrence (the same kind, subject and occurrence is noticed once), at most 60 characters
 * @param unitIds     units whose users are told (and whose group robot)
 * @param personIds   people (e.g. a 牵头区领导) whose accounts are told
 * @param userIds     accounts told directly (e.g. the author of a 批示)
 * @param supervisors whether the 督查室's users are told
 * @param title       the subject's name
 * @param text        one or two Chinese sentences
 * @param link        path inside Luoshi, or null
 */
public record WorkArrived(String kind, String label, String subjectType, long subjectId, String occurrence,
        Set<Long> unitIds, Set<Long> personIds, Set<Long> userIds, boolean supervisors, String title, String text,
        String link) {

    public WorkArrived {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(subjectType, "subjectType");
        Objects.requireNonNull(occurrence, "occurrence");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        unitIds = unitIds == null ? Set.of() : Set.copyOf(unitIds);
        personIds = personIds == null ? Set.of() : Set.copyOf(personIds);
        userIds = userIds == null ? Set.of() : Set.copyOf(userIds);
        occurrence = occurrence.length() > 60 ? occurrence.substring(0, 60) : occurrence;
    }

    /** To one unit's users. */
    public static WorkArrived toUnit(String kind, String label, String subjectType, long subjectId, String occurrence,
            long unitId, String title, String text, String link) {
        return new WorkArrived(kind, label, subjectType, subjectId, occurrence, Set.of(unitId), null, null, false,
                title, text, link);
    }

    /** To the 督查室's users. */
    public static WorkArrived toSupervisors(String kind, String label, String subjectType, long subjectId,
            String occurrence, String title, String text, String link) {
        return new WorkArrived(kind, label, subjectType, subjectId, occurrence, null, null, null, true, title, text,
                link);
    }

    /** The same notice also to these people's accounts. */
    public WorkArrived andPeople(Set<Long> people) {
        return new WorkArrived(kind, label, subjectType, subjectId, occurrence, unitIds, people, userIds,
                supervisors, title, text, link);
    }

    /** The same notice also to these accounts. */
    public WorkArrived andUsers(Set<Long> users) {
        return new WorkArrived(kind, label, subjectType, subjectId, occurrence, unitIds, personIds, users,
                supervisors, title, text, link);
    }

    /** Whether anybody at all is to be told. */
    public boolean hasRecipients() {
        return supervisors || !unitIds.isEmpty() || !personIds.isEmpty() || !userIds.isEmpty();
    }
}
