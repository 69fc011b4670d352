package cn.luoshi.supervision;

import java.util.ArrayList;
import java.util.List;

/** 督查组 as a form and a JSON body: name, leader, members, covered units and tasks, focus. */
public class GroupForm {
    public String name;
    public Long unitId;
    public Long leaderPersonId;
    public List<Long> memberIds = new ArrayList<>();
    public List<Long> unitIds = new ArrayList<>();
    public List<Long> taskIds = new ArrayList<>();
    public String focus;
    public Integer version;

    public static GroupForm of(SupervisionGroup g) {
        GroupForm f = new GroupForm();
        f.name = g.name();
        f.unitId = g.unitId();
        f.leaderPersonId = g.leaderPersonId();
        f.memberIds = new ArrayList<>(g.memberIds());
        f.unitIds = new ArrayList<>(g.unitIds());
        f.taskIds = new ArrayList<>(g.taskIds());
        f.focus = g.focus();
        f.version = g.version();
        return f;
    }
}
