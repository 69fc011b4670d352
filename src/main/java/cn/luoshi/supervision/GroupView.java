package cn.luoshi.supervision;

import cn.luoshi.org.Person;
import cn.luoshi.org.Unit;
import java.util.List;

/** A 督查组 with names: leader, members, covered units and tasks (those the viewer may see), recent inspections. */
public record GroupView(SupervisionGroup group, Person leader, List<Person> members, List<Unit> units,
        List<TaskRef> tasks, List<Inspection> inspections, boolean canEdit) {
}
