package cn.luoshi.supervision;

import java.util.List;

/** 督查组: name, its org unit if any, the leader (组长), members, and the units and tasks it covers (联系单位/任务). */
public record SupervisionGroup(long id, String name, Long unitId, long leaderPersonId, String focus,
        List<Long> memberIds, List<Long> unitIds, List<Long> taskIds, int version) {

    public SupervisionGroup {
        memberIds = List.copyOf(memberIds);
        unitIds = List.copyOf(unitIds);
        taskIds = List.copyOf(taskIds);
    }
}
