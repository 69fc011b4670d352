package cn.luoshi.reminders;

import cn.luoshi.ledger.WorkflowSettings;
import cn.luoshi.ledger.DueWork;
import cn.luoshi.ledger.DueWorkQuery;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The ledger's causes (签收、报送、完成时限、逾期): one bulk read of open work, then {@link LedgerReminderRules}. */
@Component
class LedgerReminderSource implements ReminderSource {

    private final DueWorkQuery query;
    private final LedgerReminderRules.Settings settings;

    LedgerReminderSource(DueWorkQuery query, ReminderProperties props,
            WorkflowSettings workflow) {
        this.query = query;
        this.settings = new LedgerReminderRules.Settings(workflow.acceptanceWorkingDays(), props.reportDueWorkingDays(),
                props.deadlineSoonWorkingDays(), props.deadlineImminentWorkingDays(), props.overdueRepeatWorkingDays());
    }

    @Override
    public String name() {
        return "台账";
    }

    @Override
    public List<DueItem> dueItems(ReminderContext context) {
        LedgerReminderRules rules = new LedgerReminderRules(settings, context);
        List<DueItem> out = new ArrayList<>();
        for (DueWork w : query.openWork(rules.periodKeys())) {
            out.addAll(rules.evaluate(w));
        }
        return out;
    }

    /** The tasks and measures still waiting on their unit: 待签收 or 办理中 (the work this source reminds about). */
    @Override
    public Map<String, Set<Long>> openSubjects(ReminderContext context) {
        Set<Long> ids = new HashSet<>();
        for (DueWork w : query.openWork(new LedgerReminderRules(settings, context).periodKeys())) {
            ids.add(w.taskId());
        }
        return Map.of(LedgerReminderRules.TASK, ids);
    }
}
